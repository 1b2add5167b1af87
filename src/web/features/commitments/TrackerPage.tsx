import './tracker/tracker.css';
import './tracker/figures.css';
import './tracker/list.css';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CommitmentList as List, TrackerSummary } from '../../../shared/commitmentViews.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { useFeedLink } from '../../ui/feedLink.js';
import { useNearViewport } from '../../ui/nearViewport.js';
import { LoadError, Loading } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { useCommitmentList, useTrackerSummary } from './api.js';
import { AreaFigures } from './tracker/AreaFigures.js';
import { CommitmentFilters } from './tracker/CommitmentFilters.js';
import { CommitmentList } from './tracker/CommitmentList.js';
import { CountryTable } from './tracker/CountryTable.js';
import { filterQuery, LIST_ID, type ListFilters, readFilters } from './tracker/filters.js';
import { useWorldMap } from './tracker/mapData.js';
import { Overview } from './tracker/Overview.js';
import { ProgressChart } from './tracker/ProgressChart.js';
import { WorldMapFigure } from './tracker/WorldMapFigure.js';

/** After a link to the list (a country, a focus area, a page): the reader is taken to its heading. */
const focusList = () => requestAnimationFrame(() => document.getElementById(LIST_ID)?.focus());

function Empty({ summary }: { summary: TrackerSummary }) {
  const { t } = useTranslation();
  const isAdopted = summary.settings.reportingFrom !== null;
  return (
    <div className="alert alert-info tracker-empty">
      <p>{isAdopted ? t('tracker.empty.none') : t('tracker.empty.notAdopted')}</p>
      {isAdopted && (
        <p>{summary.settings.isReviewRequired ? t('tracker.empty.afterReview') : t('tracker.empty.afterSubmit')}</p>
      )}
    </div>
  );
}

function ByCountry({ slug, summary }: { slug: string; summary: TrackerSummary }) {
  const { t } = useTranslation();
  // The map lies below the fold: its shapes (a fifth of the page's weight) come as the reader nears it.
  const section = useRef<HTMLElement>(null);
  const map = useWorldMap(slug, useNearViewport(section));
  const counts = new Map(summary.countries.flatMap((c) => (c.country ? [[c.country, c.count] as const] : [])));
  return (
    <section ref={section} aria-labelledby="tracker-countries" className="tracker-section">
      <h2 id="tracker-countries">{t('tracker.countries.title')}</h2>
      <WorldMapFigure map={map.data} counts={counts} onFollow={focusList} />
      <CountryTable countries={summary.countries} onFollow={focusList} />
    </section>
  );
}

function Commitments({ slug, summary }: { slug: string; summary: TrackerSummary }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const list = useCommitmentList(slug, filterQuery(filters));
  // The page shown stays while the next one loads, so the list does not jump.
  const last = useRef<List | undefined>(undefined);
  if (list.data) last.current = list.data;
  const shown = list.data ?? last.current;
  const apply = (next: ListFilters) => setParams(filterQuery(next), { preventScrollReset: true });
  return (
    <section aria-labelledby={LIST_ID} className="tracker-section">
      <h2 id={LIST_ID} tabIndex={-1}>
        {t('tracker.list.title')}
      </h2>
      <CommitmentFilters summary={summary} filters={filters} onApply={apply} />
      {list.isError && !shown ? (
        <div className="alert alert-error" role="alert">
          <p>{t('tracker.list.failed')}</p>
          <button type="button" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : shown ? (
        <CommitmentList slug={slug} summary={summary} list={shown} filters={filters} onFollow={focusList} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

/** The public tracker: the focus areas' progress with its method, progress over time, countries on a map and in a table, the list. */
export function TrackerPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(slug);
  const summary = useTrackerSummary(slug);
  const failed = event.isError || summary.isError;
  const name = event.data ? pickText(event.data.name, currentLanguage()) : '';
  useDocumentTitle(failed ? null : `${t('tracker.title')}: ${name}`);
  // The feed's title as the feed itself gives it, in the page's language (tracker/atom.ts).
  const language = currentLanguage();
  useFeedLink(
    failed || !event.data
      ? null
      : {
          title: `${name}: ${t('tracker.feed')}`,
          href: `/events/${encodeURIComponent(slug)}/commitments.atom?lang=${language}`,
        },
  );

  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (summary.isError) return <LoadError error={summary.error} onRetry={() => void summary.refetch()} />;
  if (event.isPending || summary.isPending) return <Loading />;
  const data = summary.data;
  const timeZone = event.data.timeZone;
  return (
    <article className="tracker" aria-labelledby="tracker-title">
      <h1 id="tracker-title">
        {t('tracker.title')}
        <span className="subtitle">
          <Link to={pagePath('event', { slug })}>
            <Localized text={event.data.name} />
          </Link>
        </span>
      </h1>
      <p className="lead">{t('tracker.intro')}</p>
      {data.settings.reportingFrom && (
        <p>
          <Link to={pagePath('outcome', { slug })}>{t('tracker.outcomeLink')}</Link>
        </p>
      )}
      {data.totals.commitments === 0 ? (
        <Empty summary={data} />
      ) : (
        <>
          <Overview summary={data} timeZone={timeZone} />
          <AreaFigures summary={data} onFollow={focusList} />
          <ProgressChart summary={data} timeZone={timeZone} />
          <ByCountry slug={slug} summary={data} />
          <Commitments slug={slug} summary={data} />
        </>
      )}
    </article>
  );
}
