import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../shared/admin.js';
import type { EventView } from '../../../../shared/events.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { formatInstant } from '../../../ui/time.js';
import { AuditSummary } from './AuditSummary.js';
import { useAudit } from './manageApi.js';

function Row({ entry, timeZone }: { entry: AuditEntryView; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const actionKey = `audit.actions.${entry.action}`;
  const entityKey = `audit.entities.${entry.entityType}`;
  return (
    <tr>
      <td>
        <time dateTime={entry.createdAt}>{formatInstant(entry.createdAt, timeZone, locale)}</time>
        <br />
        <span className="muted">{formatInstant(entry.createdAt, 'UTC', locale)}</span>
      </td>
      <td>{entry.actorName ?? t('audit.system')}</td>
      <td>{i18n.exists(actionKey) ? t(actionKey) : <code>{entry.action}</code>}</td>
      <td>
        {i18n.exists(entityKey) ? t(entityKey) : entry.entityType}{' '}
        <code className="id">{entry.entityId.slice(0, 8)}</code>
      </td>
      <td>
        <AuditSummary summary={entry.summary} />
      </td>
    </tr>
  );
}

export function AuditSection({ event }: { event: Pick<EventView, 'slug' | 'timeZone'> }) {
  const { t } = useTranslation();
  const audit = useAudit(event.slug);
  const entries = audit.data?.pages.flat() ?? [];

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('manage.sections.audit')}</h2>
      <p>{t('audit.intro')}</p>
      {audit.isPending && <Loading />}
      {audit.isError && <LoadError error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.isSuccess && entries.length === 0 && <p>{t('audit.empty')}</p>}
      {entries.length > 0 && (
        <TableScroll captionId="audit-caption">
          <table>
            <caption id="audit-caption" className="visually-hidden">
              {t('audit.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.time')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entity')}</th>
                <th scope="col">{t('audit.summary')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <Row key={entry.id} entry={entry} timeZone={event.timeZone} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {audit.hasNextPage && (
        <button type="button" className="secondary" onClick={() => void audit.fetchNextPage()}>
          {audit.isFetchingNextPage ? t('common.loading') : t('audit.older')}
        </button>
      )}
    </section>
  );
}
