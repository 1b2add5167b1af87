import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasEventEnded } from '../../../shared/eventState.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { formatInstant } from '../../ui/time.js';

/**
 * Once the event is over, a public page says so at its top, and where what remains of it is:
 * the outcome document, the commitments tracker, and (from pages other than the programme)
 * the programme with each session's page. Nothing while the event is to come or running.
 */
export function EndedBanner(props: {
  event: { slug: string; startsAt: string; endsAt: string; timeZone: string };
  isOnProgramme?: boolean;
}) {
  const { event, isOnProgramme = false } = props;
  const { t } = useTranslation();
  if (!hasEventEnded(event)) return null;
  const locale = INTL_LOCALES[currentLanguage()];
  const date = new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, dateStyle: 'long' }).format(
    new Date(event.startsAt),
  );
  return (
    <section className="alert alert-info event-ended" aria-labelledby="event-ended-title">
      <h2 id="event-ended-title">{t('event.ended.title')}</h2>
      <p>
        {t('event.ended.tookPlace', { date })}{' '}
        <span className="muted">
          ({t('event.ended.endedAt')} {formatInstant(event.endsAt, event.timeZone, locale)})
        </span>
      </p>
      <p>{t('event.ended.remains')}</p>
      <ul>
        <li>
          <Link to={pagePath('outcome', { slug: event.slug })}>{t('event.ended.outcome')}</Link>
        </li>
        <li>
          <Link to={pagePath('commitments', { slug: event.slug })}>{t('event.ended.tracker')}</Link>
        </li>
        {!isOnProgramme && (
          <li>
            <Link to={pagePath('programme', { slug: event.slug })}>{t('event.ended.programme')}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}
