import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { formatClockSpan } from '../../ui/time.js';
import { useViewerTimeZone } from '../../ui/viewerZone.js';

/**
 * A session's span in event time, the reader's time and UTC (each zone once), as a
 * timetable shows it: "14:00–15:30 WITA · 08:00–09:30 EET · 06:00–07:30 UTC".
 * `day` is the event day the reader is looking at; another zone's other day is named.
 */
export function SessionTimes(props: { startsAt: string; endsAt: string; eventTimeZone: string; day: string }) {
  const { startsAt, endsAt, eventTimeZone, day } = props;
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  // Until the browser says (a first visit's server rendering), the zones that need no telling.
  const viewerZone = useViewerTimeZone() ?? 'UTC';
  const all = [
    { zone: eventTimeZone, label: t('event.time.event') },
    { zone: viewerZone, label: t('event.time.viewer') },
    { zone: 'UTC', label: t('event.time.utc') },
  ];
  const zones = all.filter((entry, index) => all.findIndex((other) => other.zone === entry.zone) === index);
  return (
    <p className="session-times">
      {zones.map(({ zone, label }, index) => (
        <Fragment key={zone}>
          {index > 0 && (
            <span aria-hidden="true" className="session-time-separator">
              {' · '}
            </span>
          )}
          <span className="session-time">
            <span className="visually-hidden">{label}: </span>
            <time dateTime={startsAt} suppressHydrationWarning>
              {formatClockSpan(startsAt, endsAt, zone, locale, day)}
            </time>
          </span>
        </Fragment>
      ))}
    </p>
  );
}
