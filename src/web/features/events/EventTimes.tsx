import './events.css';
import { useTranslation } from 'react-i18next';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { formatSpan, type SpanText } from '../../ui/time.js';
import { useViewerTimeZone } from '../../ui/viewerZone.js';

function Span({ startsAt, endsAt, text }: { startsAt: string; endsAt: string; text: SpanText }) {
  return (
    <>
      <time dateTime={startsAt} suppressHydrationWarning>
        {text.start}
      </time>
      {' – '}
      <time dateTime={endsAt} suppressHydrationWarning>
        {text.end}
      </time>{' '}
      <span suppressHydrationWarning>{text.zone}</span>
    </>
  );
}

/** When the event happens: in event time, in the reader's own zone, and in UTC. */
export function EventTimes({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const viewerZone = useViewerTimeZone();
  const rows = [
    { key: 'event', label: t('event.time.event'), zone: timeZone, detail: timeZone },
    { key: 'viewer', label: t('event.time.viewer'), zone: viewerZone, detail: viewerZone },
    { key: 'utc', label: t('event.time.utc'), zone: 'UTC', detail: null },
  ];
  // The reader's row keeps its line while the browser has not said its zone (a first visit's server rendering).
  return (
    <dl className="event-times">
      {rows.map((row) => (
        <div key={row.key}>
          <dt>
            {row.label}
            {row.detail && <span className="zone-id"> ({row.detail})</span>}
          </dt>
          <dd>
            {row.zone ? (
              <Span startsAt={startsAt} endsAt={endsAt} text={formatSpan(startsAt, endsAt, row.zone, locale)} />
            ) : (
              <span className="muted">{t('event.time.viewerUnknown')}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
