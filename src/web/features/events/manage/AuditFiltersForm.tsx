import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS } from '../../../../shared/audit.js';
import { SelectField, SubmitButton, TextField } from '../../../ui/Field.js';
import { type AuditFilters, useAuditActors } from './auditApi.js';

/** The filters by person, action and days; applied on "Show", so each change does not refetch. */
export function AuditFiltersForm({
  slug,
  filters,
  onApply,
}: {
  slug: string;
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const actors = useAuditActors(slug);
  const [draft, setDraft] = useState(filters);
  const set = (name: keyof AuditFilters) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [name]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  // An action reads as its sentence about someone: "Someone approved a registration".
  const someone = t('audit.someone');
  const actions = AUDIT_ACTIONS.map((action) => ({
    value: action,
    label: t(`audit.actions.${action}`, { actor: someone, count: 1 }),
  })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <form className="audit-filters" onSubmit={submit} aria-labelledby="audit-filters-title">
      <h3 id="audit-filters-title">{t('audit.filters.title')}</h3>
      <div className="audit-filter-fields">
        <SelectField
          id="audit-actor"
          label={t('audit.filters.person')}
          value={draft.actor ?? ''}
          onChange={set('actor')}
          options={[
            { value: '', label: t('audit.filters.anyone') },
            ...(actors.data ?? []).map((actor) => ({ value: actor.id, label: actor.name })),
          ]}
        />
        <SelectField
          id="audit-action"
          label={t('audit.filters.action')}
          value={draft.action ?? ''}
          onChange={set('action')}
          options={[{ value: '', label: t('audit.filters.anyAction') }, ...actions]}
        />
        <TextField
          id="audit-from"
          type="date"
          label={t('audit.filters.from')}
          value={draft.from ?? ''}
          onChange={set('from')}
        />
        <TextField
          id="audit-to"
          type="date"
          label={t('audit.filters.to')}
          value={draft.to ?? ''}
          onChange={set('to')}
        />
      </div>
      <SubmitButton isBusy={false}>{t('audit.filters.apply')}</SubmitButton>
    </form>
  );
}
