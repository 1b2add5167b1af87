import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { type CountryColumn, type CountryRow, type CountrySort, FIRST_SORT, sortCountries } from './hostRules.js';
import { countryLabel } from './names.js';

type Row = CountryRow;
type Column = CountryColumn;
type Sort = CountrySort;

const COLUMNS: Column[] = ['country', 'commitments', 'reported', 'late', 'inactive', 'awaitingReview'];

function SortHeader(props: { column: Column; sort: Sort; onSort: (column: Column) => void }) {
  const { t } = useTranslation();
  const isSorted = props.sort.column === props.column;
  return (
    <th scope="col" aria-sort={isSorted ? (props.sort.isDescending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="sort-button" onClick={() => props.onSort(props.column)}>
        {t(`commitmentsHost.period.columns.${props.column}`)}
        <span aria-hidden="true">{isSorted ? (props.sort.isDescending ? ' ▼' : ' ▲') : ''}</span>
        <span className="visually-hidden">{t('commitmentsHost.period.sortBy')}</span>
      </button>
    </th>
  );
}

/** Per country: its commitments, who reported this period, who is late or inactive, and the reminders it got. */
export function CountryTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const [sort, setSort] = useState<Sort>(FIRST_SORT);
  const onSort = (column: Column) =>
    setSort((current) =>
      current.column === column
        ? { column, isDescending: !current.isDescending }
        : { column, isDescending: column !== 'country' },
    );
  const reminded = (row: Row) =>
    row.reminded.length === 0
      ? t('commitmentsHost.period.remindedNone')
      : row.reminded.map((kind) => t(`commitmentsHost.period.remindedKinds.${kind}`)).join(', ');
  return (
    <TableScroll captionId="host-countries-caption">
      <table className="host-countries">
        <caption id="host-countries-caption">
          <span>{t('commitmentsHost.period.caption')}</span>
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader key={column} column={column} sort={sort} onSort={onSort} />
            ))}
            <th scope="col">{t('commitmentsHost.period.columns.reminded')}</th>
          </tr>
        </thead>
        <tbody>
          {sortCountries(rows, sort, countryLabel, locale).map((row) => (
            <tr key={row.delegationId} className={row.late > 0 ? 'is-late' : undefined}>
              <th scope="row">
                {countryLabel(row)}
                {row.late > 0 && <span className="tag tag-late">{t('commitmentsHost.period.lateTag')}</span>}
                {row.inactive > 0 && (
                  <span className="tag tag-inactive">{t('commitmentsHost.period.inactiveTag')}</span>
                )}
              </th>
              <td>{row.commitments}</td>
              <td>{row.reported}</td>
              <td>{row.late}</td>
              <td>{row.inactive}</td>
              <td>{row.awaitingReview}</td>
              <td>{reminded(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
