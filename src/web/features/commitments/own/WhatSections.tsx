import { useTranslation } from 'react-i18next';
import { pickText } from '../../../lib/contract.js';
import { ChoiceGroup } from '../../../ui/Choices.js';
import { SelectField } from '../../../ui/Field.js';
import { fieldId, LocalizedFields } from '../../../ui/FormParts.js';
import type { ErrorFor } from '../../../ui/formErrors.js';
import { pickedLanguage } from '../../../ui/text.js';
import { type FocusArea, firstWords } from './adoptedText.js';
import { COMMITMENT_TYPES, PRIORITIES } from './enums.js';
import type { CommitmentValues } from './formValues.js';
import { FormSection, type Level } from './sectionParts.js';

interface SectionProps {
  formId: string;
  level: Level;
  values: CommitmentValues;
  set: <K extends keyof CommitmentValues>(key: K, value: CommitmentValues[K]) => void;
  errorFor: ErrorFor;
}

/** The adopted text's part it implements: one focus area, and any of that area's paragraphs. */
export function UnderTheText(props: SectionProps & { areas: FocusArea[] }) {
  const { t, i18n } = useTranslation();
  const { values, set, errorFor, areas } = props;
  const language = i18n.language;
  const area = areas.find((a) => a.id === values.focusAreaId);
  return (
    <FormSection id={`${props.formId}-text`} level={props.level} title={t('commitmentsOwn.form.sections.text')}>
      <SelectField
        id={fieldId('focusAreaId')}
        label={t('commitmentsOwn.form.focusArea')}
        hint={t('commitmentsOwn.form.focusAreaHint')}
        aria-required
        value={values.focusAreaId}
        // Another area's paragraphs are not this one's to cite.
        onChange={(e) => {
          set('focusAreaId', e.target.value);
          set('paragraphIds', []);
        }}
        options={[
          { value: '', label: t('commitmentsOwn.form.chooseFocusArea') },
          ...areas.map((a, index) => ({ value: a.id, label: `${index + 1}. ${pickText(a.heading, language)}` })),
        ]}
        {...errorFor('focusAreaId')}
      />
      {area ? (
        <ChoiceGroup
          id={fieldId('paragraphIds')}
          type="checkbox"
          legend={t('commitmentsOwn.form.paragraphs')}
          hint={t('commitmentsOwn.form.paragraphsHint')}
          value={values.paragraphIds}
          onChange={(ids) => set('paragraphIds', ids)}
          choices={area.paragraphs.map((p) => {
            const used = pickedLanguage(p.text, language);
            return {
              value: p.id,
              label: (
                <>
                  <strong>{t('commitmentsOwn.form.paragraphNumber', { number: p.number })}</strong>{' '}
                  <span lang={used === language ? undefined : used}>{firstWords(pickText(p.text, language))}</span>
                </>
              ),
            };
          })}
          {...errorFor('paragraphIds')}
        />
      ) : (
        <p className="hint">{t('commitmentsOwn.form.paragraphsFirst')}</p>
      )}
    </FormSection>
  );
}

/** What the country commits to, in its words, and how it ranks it. */
export function WhatItIs(props: SectionProps) {
  const { t } = useTranslation();
  const { values, set, errorFor } = props;
  return (
    <FormSection id={`${props.formId}-what`} level={props.level} title={t('commitmentsOwn.form.sections.what')}>
      <LocalizedFields
        path="title"
        label={t('commitmentsOwn.form.title')}
        value={values.title}
        onChange={(title) => set('title', title)}
        errorFor={errorFor}
      />
      <LocalizedFields
        path="description"
        label={t('commitmentsOwn.form.description')}
        value={values.description}
        onChange={(description) => set('description', description)}
        errorFor={errorFor}
        isMultiline
      />
      <SelectField
        id={fieldId('type')}
        label={t('commitmentsOwn.form.type')}
        aria-required
        value={values.type}
        onChange={(e) => set('type', e.target.value as CommitmentValues['type'])}
        options={[
          { value: '', label: t('commitmentsOwn.form.chooseType') },
          ...COMMITMENT_TYPES.map((type) => ({ value: type, label: t(`commitmentsOwn.types.${type}`) })),
        ]}
        {...errorFor('type')}
      />
      <ChoiceGroup
        id={fieldId('priority')}
        type="radio"
        legend={t('commitmentsOwn.form.priority')}
        hint={t('commitmentsOwn.form.priorityHint')}
        value={values.priority ? [values.priority] : []}
        onChange={([priority]) => set('priority', (priority ?? '') as CommitmentValues['priority'])}
        choices={PRIORITIES.map((p) => ({ value: p, label: t(`commitmentsOwn.priorities.${p}`) }))}
        {...errorFor('priority')}
      />
    </FormSection>
  );
}
