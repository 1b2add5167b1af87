import { useTranslation } from 'react-i18next';

export const PAGE_SIZE = 25;

/** Previous and next page of a list the host works through; nothing when it fits on one page. */
export function Pager(props: { label: string; page: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(props.total / PAGE_SIZE));
  if (pages === 1) return null;
  return (
    <nav aria-label={props.label} className="pager">
      {props.page > 1 && (
        <button type="button" className="secondary small" onClick={() => props.onPage(props.page - 1)}>
          {t('commitmentsHost.pager.previous')}
        </button>
      )}
      <span>{t('commitmentsHost.pager.pageOf', { page: props.page, pages })}</span>
      {props.page < pages && (
        <button type="button" className="secondary small" onClick={() => props.onPage(props.page + 1)}>
          {t('commitmentsHost.pager.next')}
        </button>
      )}
    </nav>
  );
}

/** The staff list's query for one page of a filter. */
export const listQuery = (filters: Record<string, string>, page: number) =>
  new URLSearchParams({ ...filters, page: String(page), pageSize: String(PAGE_SIZE) }).toString();
