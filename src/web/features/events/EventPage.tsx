import './events.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { eventRoles } from '../../../shared/access.js';
import type { EventView } from '../../../shared/events.js';
import { EVENT_POLICY } from '../../../shared/policies.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { may, useAccount } from '../../lib/session.js';
import { countriesByName, countryName } from '../../ui/countries.js';
import { LoadError, Loading } from '../../ui/States.js';
import { Localized, LocalizedParagraphs, useDocumentTitle } from '../../ui/text.js';
import { LiveStrip } from '../live/index.js';
import { useRegistrationForm } from '../registration/index.js';
import { useEvent } from './api.js';
import { EndedBanner } from './EndedBanner.js';
import { EventTimes } from './EventTimes.js';

/** The link to one's own delegation, for whoever is a focal point in the event. */
const FOCAL_POINTS = eventRoles(['focal_point']);

export function EventPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(slug);
  const name = event.data ? pickText(event.data.name, currentLanguage()) : null;
  useDocumentTitle(event.isError ? null : (name ?? t('common.loading')));

  if (event.isPending) return <Loading />;
  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  return <EventDetails event={event.data} />;
}

/** The way in while the form is open, and the way back to one's registration. */
function RegisterLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const form = useRegistrationForm(slug);
  if (!form.data) return null;
  return (
    <div className="register-links">
      {form.data.isOpen && (
        <p>
          <Link className="button-link register-link" to={pagePath('register', { slug })}>
            {t('registration.register')}
          </Link>
        </p>
      )}
      <p>
        <Link to={pagePath('myRegistration', { slug })}>{t('registration.mineLink')}</Link>
      </p>
    </div>
  );
}

function EventDetails({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const account = useAccount();
  const locale = INTL_LOCALES[currentLanguage()];
  const number = new Intl.NumberFormat(locale);
  const canManage = may(account, EVENT_POLICY.update, event);

  return (
    <article className="event">
      <header className="event-header">
        <h1>
          <Localized text={event.name} />
        </h1>
        <p className="theme">
          <span className="label">{t('event.theme')}: </span>
          <Localized text={event.theme} />
        </p>
        <p>
          <Link to={pagePath('programme', { slug: event.slug })}>{t('programme.link')}</Link>
          {' · '}
          <Link to={pagePath('delegations', { slug: event.slug })}>{t('delegations.title')}</Link>
          {' · '}
          <Link to={pagePath('outcome', { slug: event.slug })}>{t('outcome.link')}</Link>
          {' · '}
          <Link to={pagePath('commitments', { slug: event.slug })}>{t('tracker.link')}</Link>
          {may(account, FOCAL_POINTS, event) && !account?.isAdmin && (
            <>
              {' · '}
              <Link to={pagePath('focalPoint', { slug: event.slug })}>{t('delegations.mine.title')}</Link>
            </>
          )}
        </p>
        <RegisterLinks slug={event.slug} />
        {canManage && (
          <p>
            <Link className="button-link" to={pagePath('manage', { slug: event.slug })}>
              {t('event.manage')}
            </Link>
          </p>
        )}
      </header>

      <EndedBanner event={event} />

      <LiveStrip slug={event.slug} />

      <section aria-labelledby="when">
        <h2 id="when">{t('event.when')}</h2>
        <EventTimes startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
      </section>

      <section aria-labelledby="where">
        <h2 id="where">{t('event.where')}</h2>
        <p>
          {[event.venue.name, event.venue.city, countryName(event.venue.country, locale)].filter(Boolean).join(', ')}
        </p>
        <p>
          <span className="label">{t('event.modeLabel')}: </span>
          {t(`event.mode.${event.mode}`)}
        </p>
      </section>

      {pickText(event.description, currentLanguage()) && (
        <section aria-labelledby="about">
          <h2 id="about">{t('event.about')}</h2>
          <LocalizedParagraphs text={event.description} />
        </section>
      )}

      {event.statementThemes.length > 0 && (
        <section aria-labelledby="statement-themes">
          <h2 id="statement-themes">{t('event.statementThemes')}</h2>
          <ol>
            {event.statementThemes.map((theme) => (
              <li key={theme.id}>
                <Localized text={theme.title} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {event.focusAreas.length > 0 && (
        <section aria-labelledby="focus-areas">
          <h2 id="focus-areas">{t('event.focusAreas')}</h2>
          <ol>
            {event.focusAreas.map((area) => (
              <li key={area.id}>
                <Localized text={area.title} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {event.rooms.length > 0 && (
        <section aria-labelledby="rooms">
          <h2 id="rooms">{t('event.rooms')}</h2>
          <ul>
            {event.rooms.map((room) => (
              <li key={room.id}>
                <Localized text={room.name} />
                {': '}
                {t('event.capacity', { count: room.capacity, formatted: number.format(room.capacity) })}
              </li>
            ))}
          </ul>
        </section>
      )}

      {event.invitedCountries.length > 0 && (
        <section aria-labelledby="invited">
          <h2 id="invited">{t('event.invitedCountries', { count: event.invitedCountries.length })}</h2>
          <ul className="country-list">
            {countriesByName(event.invitedCountries, locale).map((country) => (
              <li key={country.code}>{country.name}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
