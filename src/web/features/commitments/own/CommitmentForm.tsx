import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import { SubmitButton } from '../../../ui/Field.js';
import { fieldId } from '../../../ui/FormParts.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import type { FocusArea } from './adoptedText.js';
import { DeliverablesEditor } from './DeliverablesEditor.js';
import { type CommitmentValues, checkValues, emptyValues, inputOf, valuesOf } from './formValues.js';
import { useEditCommitment, useRegisterCommitment } from './mutations.js';
import { Measure, WhenAndWho } from './PlanSections.js';
import { ReviewNotice } from './ReviewNotice.js';
import type { Level } from './sectionParts.js';
import { UnderTheText, WhatItIs } from './WhatSections.js';

interface Props {
  slug: string;
  delegationId: string;
  areas: FocusArea[];
  ownCountry: string | null;
  /** The commitment to edit; none: a new one. */
  commitment?: CommitmentDetail;
  level: Level;
  onDone: (message: string, commitmentId: string) => void;
  onCancel: () => void;
}

/** The names of the fields, for the alert's list: "Deliverable 2: weight", "Title in English". */
function useLabels() {
  const { t } = useTranslation();
  const inLanguage = (field: string, language: string) => t(`form.in.${language}`, { field });
  const plain: Record<string, string> = {
    focusAreaId: t('commitmentsOwn.form.focusArea'),
    paragraphIds: t('commitmentsOwn.form.paragraphs'),
    type: t('commitmentsOwn.form.type'),
    priority: t('commitmentsOwn.form.priority'),
    startsOn: t('commitmentsOwn.form.startsOn'),
    endsOn: t('commitmentsOwn.form.endsOn'),
    lead: t('commitmentsOwn.form.lead'),
    baseline: t('commitmentsOwn.form.baseline'),
    target: t('commitmentsOwn.form.target'),
    beganBefore: t('commitmentsOwn.form.beganBefore'),
    partnerCountries: t('commitmentsOwn.form.partnerCountries.legend', { count: 2 }),
    deliverables: t('commitmentsOwn.deliverables.legend', { count: 2 }),
  };
  return {
    get(field: string) {
      if (plain[field]) return plain[field];
      const text = /^(title|description)\.(\w+)$/.exec(field);
      if (text?.[1] && text[2]) return inLanguage(t(`commitmentsOwn.form.${text[1]}`), text[2]);
      const organisation = /^partnerOrganisations\.(\d+)$/.exec(field);
      if (organisation) return t('commitmentsOwn.form.organisations.item', { number: Number(organisation[1]) + 1 });
      const deliverable = /^deliverables\.(\d+)\.(\w+)(?:\.(\w+))?$/.exec(field);
      if (!deliverable?.[2]) return undefined;
      const item = t('commitmentsOwn.deliverables.item', { number: Number(deliverable[1]) + 1 });
      const part = t(`commitmentsOwn.deliverables.${deliverable[2] === 'title' ? 'title' : deliverable[2]}`);
      return `${item}: ${deliverable[3] ? inLanguage(part, deliverable[3]) : part}`;
    },
  };
}

/** A field the server names that the form has no input for (a deliverable's id): the alert points at its item. */
const fieldIdOf = (field: string) => fieldId(field.replace(/^(deliverables\.\d+)\.id$/, '$1.title.en'));

/** Registers a commitment, or edits one, in parts: under the text, what, when and who, measures, deliverables. */
export function CommitmentForm(props: Props) {
  const { t } = useTranslation();
  const { slug, delegationId, commitment, level } = props;
  const formId = commitment ? `edit-${commitment.id}` : 'new-commitment';
  const register = useRegisterCommitment(slug, delegationId);
  const edit = useEditCommitment(slug, delegationId, commitment?.id ?? '');
  const mutation = commitment ? edit : register;
  const errors = useFormErrors(mutation.error);
  const labels = useLabels();
  const [values, setValues] = useState<CommitmentValues>(() => (commitment ? valuesOf(commitment) : emptyValues()));
  const set = <K extends keyof CommitmentValues>(key: K, value: CommitmentValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending || !errors.check(checkValues(values))) return;
    try {
      const { id } = await mutation.mutateAsync(inputOf(values, commitment));
      const title = values.title.en.trim();
      props.onDone(
        commitment ? t('commitmentsOwn.form.saved', { title }) : t('commitmentsOwn.form.registered', { title }),
        id,
      );
    } catch {
      // The alert and the fields show what the server said.
    }
  };

  const Heading = level === 2 ? 'h2' : 'h3';
  const parts = { formId, level, values, set, errorFor: errors.errorFor };
  return (
    <form id={formId} className="card commitment-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <Heading id={`${formId}-title`} ref={heading} tabIndex={-1}>
        {commitment
          ? t('commitmentsOwn.form.editTitle', { title: values.title.en || commitment.title.en })
          : t('commitmentsOwn.form.newTitle')}
      </Heading>
      {commitment?.reviewState === 'returned' && <ReviewNotice review={commitment.review} level={level} />}
      <p className="hint">{t('commitmentsOwn.form.intro')}</p>
      <ProblemAlert error={errors.shown} labels={labels} fieldIdOf={fieldIdOf} isFocused />
      <UnderTheText {...parts} areas={props.areas} />
      <WhatItIs {...parts} />
      <WhenAndWho {...parts} ownCountry={props.ownCountry} />
      <Measure {...parts} />
      <DeliverablesEditor
        items={values.deliverables}
        onChange={(deliverables) => set('deliverables', deliverables)}
        errorFor={errors.errorFor}
      />
      <div className="form-actions">
        <SubmitButton isBusy={mutation.isPending}>
          {mutation.isPending
            ? t('common.saving')
            : commitment && commitment.reviewState !== 'draft'
              ? t('commitmentsOwn.form.saveChanges')
              : t('commitmentsOwn.form.saveDraft')}
        </SubmitButton>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('commitmentsOwn.form.cancel')}
        </button>
      </div>
      <p className="hint">{t('commitmentsOwn.form.afterSave')}</p>
    </form>
  );
}
