import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { TrackerSummary } from '../../../../shared/commitmentViews.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { countriesByName } from '../../../ui/countries.js';
import { isFiltered, LIST_ID, type ListFilters, listLocation, NO_FILTERS } from './filters.js';
import { readerLocale, STATUSES, TYPES } from './words.js';

interface Choice {
  value: string;
  label: string;
}

function Filter(props: { name: keyof ListFilters; label: string; all: string; choices: Choice[]; value: string }) {
  const { name, label, all, choices, value } = props;
  const [chosen, setChosen] = useState(value);
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The list's filters as a form that asks for this page again with them (so it works without
 * JavaScript too); with JavaScript the address changes in place. "Clear" is a link to the page bare.
 */
export function CommitmentFilters(props: {
  summary: TrackerSummary;
  filters: ListFilters;
  onApply: (filters: ListFilters) => void;
}) {
  const { summary, filters, onApply } = props;
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const language = currentLanguage();
  const locale = readerLocale();
  const codes = [...new Set([...summary.countries.flatMap((c) => (c.country ? [c.country] : [])), filters.country])];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '');
    onApply({
      ...NO_FILTERS,
      area: value('area'),
      country: value('country'),
      status: value('status') as ListFilters['status'],
      type: value('type') as ListFilters['type'],
      late: value('late') as ListFilters['late'],
    });
  };
  return (
    <search aria-label={t('tracker.filters.title')}>
      <form method="get" action={`${pathname}#${LIST_ID}`} className="tracker-filters" onSubmit={submit}>
        <Filter
          // Each select starts again from the address when that changes (a map's link, "clear").
          key={`area:${filters.area}`}
          name="area"
          label={t('tracker.filters.area')}
          all={t('tracker.filters.allAreas')}
          choices={summary.areas.map((a) => ({ value: a.focusAreaId, label: pickText(a.title, language) }))}
          value={filters.area}
        />
        <Filter
          key={`country:${filters.country}`}
          name="country"
          label={t('tracker.filters.country')}
          all={t('tracker.filters.allCountries')}
          choices={countriesByName(
            codes.filter((c) => c),
            locale,
          ).map((c) => ({ value: c.code, label: c.name }))}
          value={filters.country}
        />
        <Filter
          key={`status:${filters.status}`}
          name="status"
          label={t('tracker.filters.status')}
          all={t('tracker.filters.allStatuses')}
          choices={STATUSES.map((s) => ({ value: s, label: t(`tracker.status.${s}`) }))}
          value={filters.status}
        />
        <Filter
          key={`type:${filters.type}`}
          name="type"
          label={t('tracker.filters.type')}
          all={t('tracker.filters.allTypes')}
          choices={TYPES.map((type) => ({ value: type, label: t(`tracker.type.${type}`) }))}
          value={filters.type}
        />
        <Filter
          key={`late:${filters.late}`}
          name="late"
          label={t('tracker.filters.late')}
          all={t('tracker.filters.lateAny')}
          choices={[
            { value: 'true', label: t('tracker.filters.lateOnly') },
            { value: 'false', label: t('tracker.filters.notLate') },
          ]}
          value={filters.late}
        />
        <p className="filter-actions">
          <button type="submit">{t('tracker.filters.apply')}</button>
          {isFiltered(filters) && (
            <Link to={listLocation({})} preventScrollReset className="clear-filters">
              {t('tracker.filters.clear')}
            </Link>
          )}
        </p>
      </form>
    </search>
  );
}
