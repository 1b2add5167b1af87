import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitmentSummary, CommitmentList as List, TrackerSummary } from '../../../../shared/commitmentViews.js';
import { pagePath } from '../../../../shared/routes.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { delegationName } from '../../../ui/countries.js';
import { Localized } from '../../../ui/text.js';
import { type ListFilters, listLocation } from './filters.js';
import { ProgressBar, StatusName } from './parts.js';
import { readerLocale } from './words.js';

function Item({ slug, item, areaTitle }: { slug: string; item: CommitmentSummary; areaTitle: Record<string, string> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const locale = readerLocale();
  return (
    <li className="commitment-item">
      <h3>
        <Link to={pagePath('commitment', { slug, id: item.id })}>
          <Localized text={item.title} />
        </Link>
      </h3>
      <dl className="commitment-meta">
        <div>
          <dt>{t('tracker.item.country')}</dt>
          <dd>{delegationName({ country: item.country, name: item.delegationName }, language, locale)}</dd>
        </div>
        <div>
          <dt>{t('tracker.item.area')}</dt>
          <dd>
            <Localized text={areaTitle} />
          </dd>
        </div>
        <div>
          <dt>{t('tracker.item.type')}</dt>
          <dd>{t(`tracker.type.${item.type}`)}</dd>
        </div>
        <div>
          <dt>{t('tracker.item.status')}</dt>
          <dd>
            <StatusName status={item.standing.status} />
            {item.standing.isLate && <span className="tag tag-late">{t('tracker.late')}</span>}
          </dd>
        </div>
      </dl>
      <div className="commitment-progress">
        <ProgressBar value={item.progress} label={t('tracker.item.progress')} />
        {item.beganBefore && <span className="tag tag-before">{t('tracker.beganBefore')}</span>}
      </div>
    </li>
  );
}

/** The first page, the last, and two either side of this one. */
const shownPages = (page: number, count: number) =>
  Array.from({ length: count }, (_, i) => i + 1).filter((p) => p === 1 || p === count || Math.abs(p - page) <= 2);

function Pages({ list, filters, onFollow }: { list: List; filters: ListFilters; onFollow: () => void }) {
  const { t } = useTranslation();
  const count = Math.ceil(list.total / list.pageSize);
  if (count <= 1) return null;
  const link = (page: number, label: string, rel?: string) => (
    <Link to={listLocation({ ...filters, page })} preventScrollReset onClick={onFollow} rel={rel}>
      {label}
    </Link>
  );
  return (
    <nav aria-label={t('tracker.pages.title')} className="tracker-pages">
      <p>{t('tracker.pages.of', { page: list.page, count })}</p>
      <ul>
        {list.page > 1 && <li>{link(list.page - 1, t('tracker.pages.previous'), 'prev')}</li>}
        {shownPages(list.page, count).map((page, i, pages) => (
          <li key={page}>
            {i > 0 && page - (pages[i - 1] ?? 0) > 1 && <span aria-hidden="true">… </span>}
            {page === list.page ? (
              <span aria-current="page" className="current-page">
                {page}
              </span>
            ) : (
              link(page, String(page))
            )}
          </li>
        ))}
        {list.page < count && <li>{link(list.page + 1, t('tracker.pages.next'), 'next')}</li>}
      </ul>
    </nav>
  );
}

/** A page of the list: each commitment with its country, focus area, type, status in words and progress. */
export function CommitmentList(props: {
  slug: string;
  summary: TrackerSummary;
  list: List;
  filters: ListFilters;
  onFollow: () => void;
}) {
  const { slug, summary, list, filters, onFollow } = props;
  const { t } = useTranslation();
  const titles = new Map(summary.areas.map((a) => [a.focusAreaId, a.title]));
  return (
    <>
      <p role="status" className="list-count">
        {t('tracker.list.found', { count: list.total })}
      </p>
      {list.items.length > 0 ? (
        <ol className="commitment-list">
          {list.items.map((item) => (
            <Item key={item.id} slug={slug} item={item} areaTitle={titles.get(item.focusAreaId) ?? {}} />
          ))}
        </ol>
      ) : (
        <p>{t('tracker.list.none')}</p>
      )}
      <Pages list={list} filters={filters} onFollow={onFollow} />
    </>
  );
}
