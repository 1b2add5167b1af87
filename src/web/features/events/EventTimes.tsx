import './events.css';
import { useTranslation } from 'react-i18next';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { formatSpan, type SpanText, viewerTimeZone } from '../../ui/time.js';

function Span({ startsAt, endsAt, text }: { startsAt: string; endsAt: string; text: SpanText }) {
  return (
    <>
      <time dateTime={startsAt}>{text.start}</time>
      {' – '}
      <time dateTime={endsAt}>{text.end}</time> {text.zone}
    </>
  );
}

/** When the event happens: in event time, in the reader's own zone, and in UTC. */
export function EventTimes({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const viewerZone = viewerTimeZone();
  const rows = [
    { key: 'event', label: t('event.time.event'), zone: timeZone, detail: timeZone },
    { key: 'viewer', label: t('event.time.viewer'), zone: viewerZone, detail: viewerZone },
    { key: 'utc', label: t('event.time.utc'), zone: 'UTC', detail: null },
  ];
  return (
    <dl className="event-times">
      {rows.map((row) => (
        <div key={row.key}>
          <dt>
            {row.label}
            {row.detail && <span className="zone-id"> ({row.detail})</span>}
          </dt>
          <dd>
            <Span startsAt={startsAt} endsAt={endsAt} text={formatSpan(startsAt, endsAt, row.zone, locale)} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
