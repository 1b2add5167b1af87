import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { ATTENDANCES, ATTENDED_KINDS, REGISTRATION_STATUSES, SECTORS } from '../../../lib/contract.js';
import { COUNTRY_CODES, countriesByName, countryName } from '../../../ui/countries.js';
import { type ListState, MULTI_FILTERS, type MultiFilter } from './listState.js';

interface Choice {
  value: string;
  label: string;
}

/** A filter as a compact disclosure: its name and how many values are chosen; the checkboxes open below. */
function FilterMenu(props: {
  name: MultiFilter;
  legend: string;
  choices: Choice[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  const { name, legend, choices, chosen, onChange } = props;
  const toggle = (value: string, isOn: boolean) =>
    onChange(isOn ? [...chosen, value] : chosen.filter((v) => v !== value));
  return (
    <details className="filter-menu">
      <summary>
        {legend}
        {chosen.length > 0 && <span className="filter-count"> ({chosen.length})</span>}
      </summary>
      <fieldset className="filter-group">
        <legend className="visually-hidden">{legend}</legend>
        {choices.map((choice) => {
          const id = `filter-${name}-${choice.value}`;
          return (
            <div key={choice.value} className="checkbox">
              <input
                type="checkbox"
                id={id}
                checked={chosen.includes(choice.value)}
                onChange={(e) => toggle(choice.value, e.target.checked)}
              />
              <label htmlFor={id}>{choice.label}</label>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}

function RemoveMark() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true"> ×</span>
      <span className="visually-hidden"> {t('registrationList.removeFilter')}</span>
    </>
  );
}

/** The filters whose choices are fixed: each with its values and where their labels are. */
const FIXED_GROUPS: [MultiFilter, readonly string[], string][] = [
  ['status', REGISTRATION_STATUSES, 'registrationList.statuses'],
  ['attendance', ATTENDANCES, 'registrationList.attendances'],
  ['attended', ATTENDED_KINDS, 'registrationList.attendedKinds'],
  ['sector', SECTORS, 'registration.sectors'],
];

/**
 * Search and filters in one line; applied on submit, so that a keyboard user is not moved by
 * every tick. The active ones show as chips below, each removable on its own.
 */
export function ListFilters(props: {
  state: ListState;
  categories: Choice[];
  onApply: (next: Pick<ListState, 'q' | 'filters'>) => void;
}) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const [q, setQ] = useState(props.state.q);
  const [filters, setFilters] = useState(props.state.filters);
  const set = (name: MultiFilter) => (chosen: string[]) => setFilters((f) => ({ ...f, [name]: chosen }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onApply({ q, filters });
  };
  const label = (group: string) => (value: string) => ({ value, label: t(`${group}.${value}`) });
  const groups: [MultiFilter, Choice[]][] = [
    ...FIXED_GROUPS.map(([name, values, labels]): [MultiFilter, Choice[]] => [name, values.map(label(labels))]),
    ...(props.categories.length > 0 ? [['category', props.categories] as [MultiFilter, Choice[]]] : []),
  ];
  const labelOf = (name: MultiFilter, value: string) =>
    name === 'country'
      ? countryName(value, locale)
      : (groups.find(([n]) => n === name)?.[1].find((c) => c.value === value)?.label ?? value);
  const active = MULTI_FILTERS.flatMap((name) => props.state.filters[name].map((value) => ({ name, value })));
  const remove = (name: MultiFilter, value: string) =>
    props.onApply({
      q: props.state.q,
      filters: { ...props.state.filters, [name]: props.state.filters[name].filter((v) => v !== value) },
    });
  return (
    <search aria-label={t('registrationList.filtersTitle')} className="list-filters">
      <form onSubmit={submit} className="filter-bar">
        <div className="filter-search">
          <label htmlFor="list-q">{t('registrationList.search')}</label>
          <input
            id="list-q"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            aria-describedby="list-q-hint"
          />
          <span id="list-q-hint" className="visually-hidden">
            {t('registrationList.searchHint')}
          </span>
        </div>
        {groups.map(([name, choices]) => (
          <FilterMenu
            key={name}
            name={name}
            legend={t(`registrationList.columns.${name}`)}
            choices={choices}
            chosen={filters[name]}
            onChange={set(name)}
          />
        ))}
        <div className="filter-country">
          <label htmlFor="list-country" className="visually-hidden">
            {t('registrationList.columns.country')}
          </label>
          <select
            id="list-country"
            value={filters.country[0] ?? ''}
            onChange={(e) => set('country')(e.target.value ? [e.target.value] : [])}
          >
            <option value="">{t('registrationList.anyCountry')}</option>
            {countriesByName(COUNTRY_CODES, locale).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('registrationList.apply')}</button>
      </form>
      {(active.length > 0 || props.state.q) && (
        <ul className="filter-chips" aria-label={t('registrationList.activeFilters')}>
          {props.state.q && (
            <li>
              <button
                type="button"
                className="chip"
                onClick={() => props.onApply({ q: '', filters: props.state.filters })}
              >
                {t('registrationList.chip', { name: t('registrationList.search'), value: props.state.q })}
                <RemoveMark />
              </button>
            </li>
          )}
          {active.map(({ name, value }) => (
            <li key={`${name}-${value}`}>
              <button type="button" className="chip" onClick={() => remove(name, value)}>
                {t('registrationList.chip', {
                  name: t(`registrationList.columns.${name}`),
                  value: labelOf(name, value),
                })}
                <RemoveMark />
              </button>
            </li>
          ))}
        </ul>
      )}
    </search>
  );
}
