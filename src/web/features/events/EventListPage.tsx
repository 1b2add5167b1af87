import './events.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { LoadError, Loading } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { formatInstant } from '../../ui/time.js';
import { useEvents } from './api.js';

export function EventListPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const events = useEvents();
  useDocumentTitle(t('home.title'));

  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {events.isPending && <Loading />}
      {events.isError && <LoadError error={events.error} onRetry={() => void events.refetch()} />}
      {events.data?.length === 0 && <p>{t('home.empty')}</p>}
      {events.data && events.data.length > 0 && (
        <ul className="event-list">
          {events.data.map((event) => (
            <li key={event.id}>
              <h2>
                <Link to={pagePath('event', { slug: event.slug })}>
                  <Localized text={event.name} />
                </Link>
              </h2>
              <p>
                <Localized text={event.theme} />
              </p>
              <p className="meta">
                <time dateTime={event.startsAt} suppressHydrationWarning>
                  {formatInstant(event.startsAt, event.timeZone, INTL_LOCALES[language])}
                </time>
                {' · '}
                {t(`event.mode.${event.mode}`)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
