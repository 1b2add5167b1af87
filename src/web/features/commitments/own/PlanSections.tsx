import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { ChoiceGroup } from '../../../ui/Choices.js';
import { COUNTRY_CODES, countriesByName } from '../../../ui/countries.js';
import { TextAreaField, TextField } from '../../../ui/Field.js';
import { fieldId } from '../../../ui/FormParts.js';
import type { ErrorFor } from '../../../ui/formErrors.js';
import { CountryPicker } from '../../../ui/ListEditors.js';
import type { CommitmentValues } from './formValues.js';
import { FormSection, type Level } from './sectionParts.js';
import { TextListEditor } from './TextListEditor.js';

interface SectionProps {
  formId: string;
  level: Level;
  values: CommitmentValues;
  set: <K extends keyof CommitmentValues>(key: K, value: CommitmentValues[K]) => void;
  errorFor: ErrorFor;
}

/** When it runs, who leads it (an office), and who joins in. */
export function WhenAndWho(props: SectionProps & { ownCountry: string | null }) {
  const { t } = useTranslation();
  const { values, set, errorFor, ownCountry } = props;
  const locale = INTL_LOCALES[currentLanguage()];
  // A country is not its own partner.
  const countries = useMemo(
    () => countriesByName(COUNTRY_CODES, locale).filter((c) => c.code !== ownCountry),
    [locale, ownCountry],
  );
  return (
    <FormSection id={`${props.formId}-when`} level={props.level} title={t('commitmentsOwn.form.sections.when')}>
      <div className="date-pair">
        <TextField
          id={fieldId('startsOn')}
          label={t('commitmentsOwn.form.startsOn')}
          type="date"
          aria-required
          value={values.startsOn}
          onChange={(e) => set('startsOn', e.target.value)}
          {...errorFor('startsOn')}
        />
        <TextField
          id={fieldId('endsOn')}
          label={t('commitmentsOwn.form.endsOn')}
          hint={t('commitmentsOwn.form.endsOnHint')}
          type="date"
          value={values.endsOn}
          onChange={(e) => set('endsOn', e.target.value)}
          {...errorFor('endsOn')}
        />
      </div>
      <TextField
        id={fieldId('lead')}
        label={t('commitmentsOwn.form.lead')}
        hint={t('commitmentsOwn.form.leadHint')}
        aria-required
        value={values.lead}
        onChange={(e) => set('lead', e.target.value)}
        {...errorFor('lead')}
      />
      <CountryPicker
        id={fieldId('partnerCountries')}
        texts="commitmentsOwn.form.partnerCountries"
        value={values.partnerCountries}
        onChange={(codes) => set('partnerCountries', codes)}
        countries={countries}
        error={errorFor('partnerCountries').error}
      />
      <TextListEditor
        path="partnerOrganisations"
        legend={t('commitmentsOwn.form.organisations.legend', { count: values.partnerOrganisations.length })}
        hint={t('commitmentsOwn.form.organisations.hint')}
        itemLabel={(number) => t('commitmentsOwn.form.organisations.item', { number })}
        removeLabel={(number) => t('commitmentsOwn.form.organisations.remove', { number })}
        addLabel={t('commitmentsOwn.form.organisations.add')}
        emptyText={t('commitmentsOwn.form.organisations.none')}
        items={values.partnerOrganisations}
        onChange={(items) => set('partnerOrganisations', items)}
        errorFor={errorFor}
        max={50}
      />
    </FormSection>
  );
}

/** Where things stand and where they will stand: what progress is measured against. */
export function Measure(props: SectionProps) {
  const { t } = useTranslation();
  const { values, set, errorFor } = props;
  return (
    <FormSection id={`${props.formId}-measure`} level={props.level} title={t('commitmentsOwn.form.sections.measure')}>
      <TextAreaField
        id={fieldId('baseline')}
        label={t('commitmentsOwn.form.baseline')}
        hint={t('commitmentsOwn.form.baselineHint')}
        rows={3}
        value={values.baseline}
        onChange={(e) => set('baseline', e.target.value)}
        {...errorFor('baseline')}
      />
      <TextAreaField
        id={fieldId('target')}
        label={t('commitmentsOwn.form.target')}
        hint={t('commitmentsOwn.form.targetHint')}
        rows={3}
        value={values.target}
        onChange={(e) => set('target', e.target.value)}
        {...errorFor('target')}
      />
      <ChoiceGroup
        id={fieldId('beganBefore')}
        type="radio"
        legend={t('commitmentsOwn.form.beganBefore')}
        hint={t('commitmentsOwn.form.beganBeforeHint')}
        value={values.beganBefore ? [values.beganBefore] : []}
        onChange={([answer]) => set('beganBefore', (answer ?? '') as CommitmentValues['beganBefore'])}
        choices={[
          { value: 'yes', label: t('commitmentsOwn.form.beganBeforeYes') },
          { value: 'no', label: t('commitmentsOwn.form.beganBeforeNo') },
        ]}
        {...errorFor('beganBefore')}
      />
    </FormSection>
  );
}
