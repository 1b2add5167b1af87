import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistrationListItem } from '../../../../shared/registrationList.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { countryName } from '../../../ui/countries.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { formatInstant, viewerTimeZone } from '../../../ui/time.js';
import { attendedAs } from './attended.js';
import { type ListState, type Sort, writeListState } from './listState.js';

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

export function ListTable(props: {
  items: RegistrationListItem[];
  state: ListState;
  categoryName: (key: string) => string;
  timeZone: string;
  selected: Set<string>;
  onSelect: (ids: string[], isOn: boolean) => void;
  onSort: (sort: Sort) => void;
}) {
  const { t } = useTranslation();
  const attended = (item: { checkedInAt: string | null; followedOnlineAt: string | null }) => {
    const how = attendedAs(item);
    return how ? t(`registrationList.attendedKinds.${how}`) : '';
  };
  const locale = INTL_LOCALES[currentLanguage()];
  const { items, state, selected } = props;
  const isAllSelected = items.length > 0 && items.every((item) => selected.has(item.id));
  const detailHref = (id: string) => `?${writeListState({ ...state, id })}`;
  const sortHeader = (sort: Sort) => (
    <SortHeader sort={sort} label={t(`registrationList.columns.${sort}`)} state={state} onSort={props.onSort} />
  );
  return (
    <TableScroll captionId="list-caption">
      <table className="registration-list">
        <caption id="list-caption" className="visually-hidden">
          {t('registrationList.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">
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
            {sortHeader('name')}
            <th scope="col">{t('registrationList.columns.organization')}</th>
            {sortHeader('country')}
            <th scope="col">{t('registrationList.columns.category')}</th>
            <th scope="col">{t('registrationList.columns.attendance')}</th>
            <th scope="col">{t('registrationList.columns.attended')}</th>
            {sortHeader('status')}
            {sortHeader('created')}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const name = item.isErased ? t('registrationList.erased') : item.name;
            return (
              <tr key={item.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('registrationList.select', { name })}
                    checked={selected.has(item.id)}
                    onChange={(e) => props.onSelect([item.id], e.target.checked)}
                  />
                </td>
                <td>
                  <Link to={detailHref(item.id)} className={item.isErased ? 'erased' : undefined}>
                    {name}
                  </Link>
                  {!item.isErased && <div className="muted">{item.email}</div>}
                </td>
                <td>{item.organization}</td>
                <td>{countryName(item.country, locale)}</td>
                <td>{props.categoryName(item.category)}</td>
                <td>{t(`registrationList.attendances.${item.attendance}`)}</td>
                <td>{attended(item)}</td>
                <td>
                  {t(`registrationList.statuses.${item.status}`)}
                  {item.waitlistPosition !== null && (
                    <div className="muted">{t('registrationList.inLine', { position: item.waitlistPosition })}</div>
                  )}
                </td>
                <td>
                  <time dateTime={item.createdAt}>{formatInstant(item.createdAt, props.timeZone, locale)}</time>
                  <div className="muted">{formatInstant(item.createdAt, viewerTimeZone(), locale)}</div>
                  <div className="muted">{formatInstant(item.createdAt, 'UTC', locale)}</div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
