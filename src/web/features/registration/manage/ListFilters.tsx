import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { ATTENDANCES, ATTENDED_KINDS, REGISTRATION_STATUSES, SECTORS } from '../../../lib/contract.js';
import { COUNTRY_CODES, countriesByName } from '../../../ui/countries.js';
import type { ListState, MultiFilter } from './listState.js';

interface Choice {
  value: string;
  label: string;
}

function CheckboxGroup(props: {
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
    <fieldset className="filter-group">
      <legend>{legend}</legend>
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
  );
}

/** The filters whose choices are fixed: each with its values and where their labels are. */
const FIXED_GROUPS: [MultiFilter, readonly string[], string][] = [
  ['status', REGISTRATION_STATUSES, 'registrationList.statuses'],
  ['attendance', ATTENDANCES, 'registrationList.attendances'],
  ['attended', ATTENDED_KINDS, 'registrationList.attendedKinds'],
  ['sector', SECTORS, 'registration.sectors'],
];

/** Search and filters; applied on submit, so that a keyboard user is not moved by every tick. */
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
  return (
    <search aria-label={t('registrationList.filtersTitle')}>
      <form onSubmit={submit} className="card list-filters">
        <div className="field">
          <label htmlFor="list-q">{t('registrationList.search')}</label>
          <p id="list-q-hint" className="hint">
            {t('registrationList.searchHint')}
          </p>
          <input
            id="list-q"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            aria-describedby="list-q-hint"
          />
        </div>
        <div className="filter-groups">
          {FIXED_GROUPS.map(([name, values, labels]) => (
            <CheckboxGroup
              key={name}
              name={name}
              legend={t(`registrationList.columns.${name}`)}
              choices={values.map(label(labels))}
              chosen={filters[name]}
              onChange={set(name)}
            />
          ))}
          {props.categories.length > 0 && (
            <CheckboxGroup
              name="category"
              legend={t('registrationList.columns.category')}
              choices={props.categories}
              chosen={filters.category}
              onChange={set('category')}
            />
          )}
        </div>
        <div className="field">
          <label htmlFor="list-country">{t('registrationList.columns.country')}</label>
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
    </search>
  );
}
