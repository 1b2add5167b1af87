import { useTranslation } from 'react-i18next';
import { OPTIONAL_COLUMNS, type OptionalColumn } from './columns.js';
import { PAGE_SIZES, type PageSize } from './listState.js';

/** Which columns show (remembered in this browser) and how many rows a page holds (in the address). */
export function ListControls(props: {
  columns: readonly OptionalColumn[];
  onToggleColumn: (column: OptionalColumn, isOn: boolean) => void;
  pageSize: PageSize;
  onPageSize: (size: PageSize) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="list-controls">
      <details className="filter-menu">
        <summary>{t('registrationList.chooseColumns')}</summary>
        <fieldset className="filter-group">
          <legend className="visually-hidden">{t('registrationList.chooseColumns')}</legend>
          {OPTIONAL_COLUMNS.map((column) => (
            <div key={column} className="checkbox">
              <input
                type="checkbox"
                id={`column-${column}`}
                checked={props.columns.includes(column)}
                onChange={(e) => props.onToggleColumn(column, e.target.checked)}
              />
              <label htmlFor={`column-${column}`}>{t(`registrationList.columns.${column}`)}</label>
            </div>
          ))}
        </fieldset>
      </details>
      <div className="page-size">
        <label htmlFor="list-page-size">{t('registrationList.pageSize')}</label>
        <select
          id="list-page-size"
          value={props.pageSize}
          onChange={(e) => props.onPageSize(Number(e.target.value) as PageSize)}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
