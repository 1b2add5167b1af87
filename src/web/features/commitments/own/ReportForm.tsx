import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../../shared/commitments.js';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import { progressOf } from '../../../../shared/tracker.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import type { FieldError } from '../../../lib/api.js';
import { pickText } from '../../../lib/contract.js';
import { ChoiceGroup } from '../../../ui/Choices.js';
import { SubmitButton, TextField } from '../../../ui/Field.js';
import { fieldId, LocalizedFields } from '../../../ui/FormParts.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { isReportStatus, REPORT_STATUSES } from './enums.js';
import { formatDay, formatPercent } from './format.js';
import type { TextItem } from './formValues.js';
import { useReportProgress } from './mutations.js';
import { FormSection, type Level } from './sectionParts.js';
import { TextListEditor } from './TextListEditor.js';

interface Props {
  slug: string;
  delegationId: string;
  commitment: CommitmentDetail;
  level: Level;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const isPercent = (text: string) => /^\d{1,3}$/.test(text.trim()) && Number(text) <= 100;
const isLink = (text: string) => /^https?:\/\/\S+$/i.test(text.trim());

/** A progress report: the status, each deliverable's percent done (from the last report on), the story, the evidence. */
export function ReportForm({ slug, delegationId, commitment, level, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const locale = INTL_LOCALES[language];
  const formId = `report-${commitment.id}`;
  const report = useReportProgress(slug, delegationId, commitment.id);
  const errors = useFormErrors(report.error);
  const last = commitment.reports.at(-1);
  const [status, setStatus] = useState<ReportStatus | ''>('');
  const [percents, setPercents] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      commitment.deliverables.map((d) => [d.id, last?.progress[d.id] === undefined ? '' : String(last.progress[d.id])]),
    ),
  );
  const [narrative, setNarrative] = useState({ en: '', id: '' });
  const [evidence, setEvidence] = useState<TextItem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const titleOf = (id: string) => {
    const deliverable = commitment.deliverables.find((d) => d.id === id);
    return deliverable ? pickText(deliverable.title, language) : id;
  };
  const labels = {
    get: (field: string) => {
      if (field.startsWith('progress.'))
        return t('commitmentsOwn.report.percentOf', { title: titleOf(field.slice(9)) });
      if (field.startsWith('narrative.'))
        return t(`form.in.${field.slice(10)}`, { field: t('commitmentsOwn.report.narrative') });
      if (/^evidence\.\d+$/.test(field))
        return t('commitmentsOwn.report.evidence.item', { number: Number(field.slice(9)) + 1 });
      return field === 'status' ? t('commitmentsOwn.report.status') : undefined;
    },
  };
  const numbers = Object.fromEntries(
    Object.entries(percents)
      .filter(([, text]) => isPercent(text))
      .map(([id, text]) => [id, Number(text)]),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (report.isPending) return;
    const m = (key: string) => `commitmentsOwn.report.errors.${key}`;
    const own: (FieldError | null)[] = [
      status ? null : { field: 'status', message: m('status') },
      ...commitment.deliverables.map((d) =>
        isPercent(percents[d.id] ?? '') ? null : { field: `progress.${d.id}`, message: m('percent') },
      ),
      narrative.en.trim() ? null : { field: 'narrative.en', message: m('narrative') },
      ...evidence.map((e, i) =>
        isLink(e.value) || !e.value.trim() ? null : { field: `evidence.${i}`, message: m('link') },
      ),
    ];
    if (!errors.check(own) || !status) return;
    try {
      await report.mutateAsync({
        status,
        progress: numbers,
        narrative: narrative.id.trim()
          ? { en: narrative.en.trim(), id: narrative.id.trim() }
          : { en: narrative.en.trim() },
        evidence: evidence.map((e) => e.value.trim()).filter(Boolean),
      });
      onDone(t('commitmentsOwn.report.done', { title: pickText(commitment.title, language) }));
    } catch {
      // The alert and the fields show what the server said.
    }
  };

  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <form id={formId} className="card report-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <Heading id={`${formId}-title`} ref={heading} tabIndex={-1}>
        {t('commitmentsOwn.report.title', { title: pickText(commitment.title, language) })}
      </Heading>
      <ProblemAlert error={errors.shown} labels={labels} fieldIdOf={fieldId} isFocused />
      <ChoiceGroup
        id={fieldId('status')}
        type="radio"
        legend={t('commitmentsOwn.report.status')}
        value={status ? [status] : []}
        onChange={([value]) => setStatus(value && isReportStatus(value) ? value : '')}
        choices={REPORT_STATUSES.map((s) => ({
          value: s,
          label: t(`commitmentsOwn.statuses.${s}`),
          note: t(`commitmentsOwn.report.statusHints.${s}`),
        }))}
        {...errors.errorFor('status')}
      />
      <FormSection id={`${formId}-progress`} level={level} title={t('commitmentsOwn.report.progressTitle')}>
        <p className="hint">
          {last ? t('commitmentsOwn.report.progressHintLast') : t('commitmentsOwn.report.progressHintFirst')}
        </p>
        <div className="percent-grid">
          {commitment.deliverables.map((d) => (
            <TextField
              key={d.id}
              id={fieldId(`progress.${d.id}`)}
              label={t('commitmentsOwn.report.percentOf', { title: pickText(d.title, language) })}
              hint={t('commitmentsOwn.report.percentHint', { weight: d.weight, due: formatDay(d.dueOn, locale) })}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              aria-required
              value={percents[d.id] ?? ''}
              onChange={(e) => setPercents({ ...percents, [d.id]: e.target.value })}
              {...errors.errorFor(`progress.${d.id}`)}
            />
          ))}
        </div>
        <p className="overall">
          {t('commitmentsOwn.report.overall', {
            value: formatPercent(progressOf(commitment.deliverables, numbers), locale),
          })}
        </p>
      </FormSection>
      <FormSection id={`${formId}-story`} level={level} title={t('commitmentsOwn.report.storyTitle')}>
        <LocalizedFields
          path="narrative"
          label={t('commitmentsOwn.report.narrative')}
          value={narrative}
          onChange={setNarrative}
          errorFor={errors.errorFor}
          isMultiline
        />
        <TextListEditor
          path="evidence"
          type="url"
          legend={t('commitmentsOwn.report.evidence.legend', { count: evidence.length })}
          hint={t('commitmentsOwn.report.evidence.hint')}
          itemLabel={(number) => t('commitmentsOwn.report.evidence.item', { number })}
          removeLabel={(number) => t('commitmentsOwn.report.evidence.remove', { number })}
          addLabel={t('commitmentsOwn.report.evidence.add')}
          emptyText={t('commitmentsOwn.report.evidence.none')}
          items={evidence}
          onChange={setEvidence}
          errorFor={errors.errorFor}
          max={20}
        />
      </FormSection>
      <div className="form-actions">
        <SubmitButton isBusy={report.isPending}>
          {report.isPending ? t('common.saving') : t('commitmentsOwn.report.submit')}
        </SubmitButton>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('commitmentsOwn.report.cancel')}
        </button>
      </div>
    </form>
  );
}
