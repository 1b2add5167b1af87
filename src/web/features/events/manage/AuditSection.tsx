import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AuditEntryView } from '../../../../shared/admin.js';
import type { EventView } from '../../../../shared/events.js';
import { useAuditSentence } from '../../../ui/auditSentence.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { Loading } from '../../../ui/States.js';
import { AuditFiltersForm } from './AuditFiltersForm.js';
import { AuditSummary } from './AuditSummary.js';
import { readAuditFilters, useAuditLog, writeAuditFilters } from './auditApi.js';
import { auditRecordPath } from './auditLinks.js';

function Act({ entry, slug, timeZone }: { entry: AuditEntryView; slug: string; timeZone: string }) {
  const { t } = useTranslation();
  const sentence = useAuditSentence();
  const path = auditRecordPath(slug, entry);
  return (
    <li className="audit-act">
      <p className="audit-sentence">{sentence(entry)}</p>
      <p className="muted audit-when">
        <InstantTimes at={entry.createdAt} eventTimeZone={timeZone} />
      </p>
      {path && (
        <p className="audit-record">
          <Link to={path}>{t(`audit.open.${entry.entityType}`, { count: entry.count })}</Link>
        </p>
      )}
      <AuditSummary summary={entry.summary} />
    </li>
  );
}

export function AuditSection({ event }: { event: Pick<EventView, 'slug' | 'timeZone'> }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readAuditFilters(params);
  const isFiltered = Object.keys(filters).length > 0;
  const audit = useAuditLog(event.slug, filters);
  const entries = audit.data?.pages.flat() ?? [];
  const filterKey = writeAuditFilters(filters).toString();

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('manage.sections.audit')}</h2>
      <p>{t('audit.intro')}</p>
      <AuditFiltersForm
        key={filterKey}
        slug={event.slug}
        filters={filters}
        onApply={(next) => setParams(writeAuditFilters(next))}
      />
      {isFiltered && (
        <p>
          <Link to="?">{t('audit.filters.clear')}</Link>
        </p>
      )}
      {audit.isPending && <Loading />}
      {audit.isError && (
        <ProblemAlert
          error={audit.error}
          labels={{
            actor: t('audit.filters.person'),
            action: t('audit.filters.action'),
            from: t('audit.filters.from'),
            to: t('audit.filters.to'),
          }}
        />
      )}
      {audit.isSuccess && entries.length === 0 && (
        <p role="status">{isFiltered ? t('audit.filters.noMatch') : t('audit.empty')}</p>
      )}
      {entries.length > 0 && (
        <ol className="audit-acts" aria-label={t('audit.caption')}>
          {entries.map((entry) => (
            <Act key={entry.id} entry={entry} slug={event.slug} timeZone={event.timeZone} />
          ))}
        </ol>
      )}
      {audit.hasNextPage && (
        <button type="button" className="secondary" onClick={() => void audit.fetchNextPage()}>
          {audit.isFetchingNextPage ? t('common.loading') : t('audit.older')}
        </button>
      )}
    </section>
  );
}
