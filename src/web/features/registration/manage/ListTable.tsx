import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistrationListItem } from '../../../../shared/registrationList.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { countryName } from '../../../ui/countries.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { attendedAs } from './attended.js';
import type { OptionalColumn } from './columns.js';
import { type ListState, type Sort, writeListState } from './listState.js';

const SORTABLE: ReadonlySet<string> = new Set<Sort>(['name', 'country', 'status', 'created']);

/** A column header that sorts: a button inside, and aria-sort on the header says the current order. */
function SortHeader(props: { sort: Sort; label: string; state: ListState; onSort: (sort: Sort) => void }) {
  const { t } = useTranslation();
  const isSorted = props.state.sort === props.sort;
  const direction = props.state.order === 'asc' ? 'ascending' : 'descending';
  return (
    <th scope="col" aria-sort={isSorted ? direction : undefined}>
      <button type="button" className="sort-button" onClick={() => props.onSort(props.sort)}>
        {props.label}
        <span aria-hidden="true">{isSorted ? (props.state.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        <span className="visually-hidden">{t('registrationList.sortBy')}</span>
      </button>
    </th>
  );
}

/** A short date for a row, in the event's zone: the detail panel shows it in three zones. */
const shortDate = (at: string, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short', year: '2-digit' }).format(new Date(at));

/** One line a registration; the organizer chooses the columns, the name always shows and opens the detail. */
export function ListTable(props: {
  items: RegistrationListItem[];
  state: ListState;
  columns: readonly OptionalColumn[];
  categoryName: (key: string) => string;
  timeZone: string;
  selected: Set<string>;
  onSelect: (ids: string[], isOn: boolean) => void;
  onSort: (sort: Sort) => void;
}) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const { items, state, selected } = props;
  const isAllSelected = items.length > 0 && items.every((item) => selected.has(item.id));
  const detailHref = (id: string) => `?${writeListState({ ...state, id })}`;
  const header = (column: Sort | OptionalColumn) =>
    SORTABLE.has(column) ? (
      <SortHeader
        key={column}
        sort={column as Sort}
        label={t(`registrationList.columns.${column}`)}
        state={state}
        onSort={props.onSort}
      />
    ) : (
      <th key={column} scope="col">
        {t(`registrationList.columns.${column}`)}
      </th>
    );
  const cell = (item: RegistrationListItem, column: OptionalColumn): ReactNode => {
    switch (column) {
      case 'email':
        return item.email;
      case 'organization':
        return item.organization;
      case 'position':
        return item.position ?? '';
      case 'country':
        return countryName(item.country, locale);
      case 'sector':
        return t(`registration.sectors.${item.sector}`);
      case 'category':
        return props.categoryName(item.category);
      case 'attendance':
        return t(`registrationList.attendances.${item.attendance}`);
      case 'attended': {
        const how = attendedAs(item);
        return how ? t(`registrationList.attendedKinds.${how}`) : '';
      }
      case 'status':
        return item.waitlistPosition !== null
          ? t('registrationList.statusInLine', {
              status: t(`registrationList.statuses.${item.status}`),
              position: item.waitlistPosition,
            })
          : t(`registrationList.statuses.${item.status}`);
      case 'created':
        return (
          <time dateTime={item.createdAt} suppressHydrationWarning>
            {shortDate(item.createdAt, props.timeZone, locale)}
          </time>
        );
    }
  };
  return (
    <TableScroll captionId="list-caption">
      <table className="registration-list">
        <caption id="list-caption" className="visually-hidden">
          {t('registrationList.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              <input
                type="checkbox"
                aria-label={t('registrationList.selectPage')}
                checked={isAllSelected}
                onChange={(e) =>
                  props.onSelect(
                    items.map((item) => item.id),
                    e.target.checked,
                  )
                }
              />
            </th>
            {header('name')}
            {props.columns.map(header)}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const name = item.isErased ? t('registrationList.erased') : item.name;
            return (
              <tr key={item.id} className={item.id === state.id ? 'is-open' : undefined}>
                <td className="select-cell">
                  <input
                    type="checkbox"
                    aria-label={t('registrationList.select', { name })}
                    checked={selected.has(item.id)}
                    onChange={(e) => props.onSelect([item.id], e.target.checked)}
                  />
                </td>
                <th scope="row" className="name-cell">
                  <Link
                    to={detailHref(item.id)}
                    data-registration={item.id}
                    className={item.isErased ? 'erased' : undefined}
                  >
                    {name}
                  </Link>
                </th>
                {props.columns.map((column) => (
                  <td key={column} className={`cell-${column}`}>
                    {cell(item, column)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
