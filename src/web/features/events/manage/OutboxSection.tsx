import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../shared/events.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { MailTable } from '../../mail/index.js';
import { useEventOutbox } from './manageApi.js';

export function OutboxSection({ event }: { event: Pick<EventView, 'slug' | 'timeZone'> }) {
  const { t } = useTranslation();
  const outbox = useEventOutbox(event.slug);
  return (
    <section aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('manage.sections.outbox')}</h2>
      <p>{t('outbox.eventIntro')}</p>
      {outbox.isPending && <Loading />}
      {outbox.isError && <LoadError error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.data && <MailTable mails={outbox.data} timeZone={event.timeZone} captionId="outbox-caption" />}
    </section>
  );
}
