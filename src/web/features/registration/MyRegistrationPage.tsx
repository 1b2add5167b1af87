import './registration.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { EventView } from '../../../shared/events.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { isApiError } from '../../lib/api.js';
import { pickText } from '../../lib/contract.js';
import { useAfterSignIn, useSession } from '../../lib/session.js';
import { ProblemAlert } from '../../ui/ProblemAlert.js';
import { LoadError, Loading, signInPath } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { useMyRegistration, useRegistrationForm, useRegistrationLink } from './api.js';
import { RegistrationDetails } from './RegistrationDetails.js';
import { SelfService } from './SelfService.js';
import { StatusText } from './StatusPanel.js';

/**
 * The personal link of the confirmation mail opens this page with a token. It is
 * exchanged for a session by a POST from here, never by the GET that opened the
 * page: a mail scanner that follows links must not use it up.
 */
function useExchangeToken(slug: string) {
  const [params, setParams] = useSearchParams();
  const token = params.get('token');
  const link = useRegistrationLink(slug);
  const afterSignIn = useAfterSignIn();
  const exchanged = useRef<string | null>(null);
  useEffect(() => {
    // Once per token: React runs effects twice in development.
    if (!token || exchanged.current === token) return;
    exchanged.current = token;
    link.mutate(token, {
      onSuccess: async () => {
        await afterSignIn();
        // The token stays out of the history and of anything the reader copies from the address bar.
        setParams({}, { replace: true });
      },
    });
  }, [token, link, afterSignIn, setParams]);
  return { isExchanging: Boolean(token) && !link.isError, error: link.error };
}

export function MyRegistrationPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(slug);
  const { isExchanging, error: linkError } = useExchangeToken(slug);
  // Signed-out visitors are expected here: the session says so, and no registration is asked for.
  const session = useSession();
  const hasSession = Boolean(session.data?.account ?? session.data?.registration);
  const isSignedOut = session.isSuccess && !hasSession && !isExchanging;
  const mine = useMyRegistration(slug, !isExchanging && hasSession);
  const [isErased, setIsErased] = useState(false);
  const eventName = event.data ? pickText(event.data.name, currentLanguage()) : null;
  useDocumentTitle(event.isError ? null : eventName ? t('registration.mine.title', { event: eventName }) : '');

  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (!event.data) return <Loading />;
  return (
    <div className="registration">
      <h1>
        {t('registration.mine.heading')}
        <span className="subtitle">
          <Localized text={event.data.name} />
        </span>
      </h1>
      {linkError ? <LinkFailed error={linkError} /> : null}
      {isErased ? (
        <Erased event={event.data} />
      ) : isSignedOut ? (
        <SignInPrompt event={event.data} />
      ) : isExchanging || mine.isPending ? (
        linkError ? null : (
          <Loading />
        )
      ) : mine.isError ? (
        <Missing event={event.data} error={mine.error} onRetry={() => void mine.refetch()} />
      ) : (
        <Registration event={event.data} registration={mine.data} onErased={() => setIsErased(true)} />
      )}
      <p>
        <Link to={pagePath('event', { slug })}>{t('registration.backToEvent')}</Link>
      </p>
    </div>
  );
}

function LinkFailed({ error }: { error: unknown }) {
  return <ProblemAlert error={error} isFocused />;
}

/** Not signed in, or signed in without a registration for this event. */
function SignInPrompt({ event }: { event: EventView }) {
  const { t } = useTranslation();
  return (
    <section className="page-message">
      <h2>{t('registration.mine.signInTitle')}</h2>
      <p>{t('registration.mine.signInBody')}</p>
      <p>
        <Link to={signInPath(pagePath('myRegistration', { slug: event.slug }))}>{t('access.signInLink')}</Link>
      </p>
    </section>
  );
}

function Missing({ event, error, onRetry }: { event: EventView; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 401) return <SignInPrompt event={event} />;
  if (isApiError(error) && error.status === 404) {
    return (
      <section className="page-message">
        <h2>{t('registration.mine.noneTitle')}</h2>
        <p>{t('registration.mine.noneBody')}</p>
        <p>
          <Link className="button-link" to={pagePath('register', { slug: event.slug })}>
            {t('registration.register')}
          </Link>
        </p>
      </section>
    );
  }
  return <LoadError error={error} onRetry={onRetry} />;
}

function Erased({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="alert alert-success" aria-labelledby="erased-title">
      <h2 id="erased-title" ref={heading} tabIndex={-1}>
        {t('registration.mine.erasedTitle')}
      </h2>
      <p>{t('registration.mine.erasedBody')}</p>
      <p>
        <Link to={pagePath('event', { slug: event.slug })}>
          {t('registration.mine.backTo', { event: pickText(event.name, currentLanguage()) })}
        </Link>
      </p>
    </section>
  );
}

function Registration(props: {
  event: EventView;
  registration: NonNullable<ReturnType<typeof useMyRegistration>['data']>;
  onErased: () => void;
}) {
  const { t } = useTranslation();
  const { event, registration } = props;
  const form = useRegistrationForm(event.slug);
  if (form.isError) return <LoadError error={form.error} onRetry={() => void form.refetch()} />;
  if (!form.data) return <Loading />;
  return (
    <>
      <section aria-labelledby="status-title" className="card">
        <h2 id="status-title" tabIndex={-1}>
          {t('registration.mine.statusTitle')}
        </h2>
        <StatusText
          status={registration.status}
          attendance={registration.attendance}
          waitlistPosition={registration.waitlistPosition}
          reason={registration.decisionReason}
        />
      </section>
      <RegistrationDetails registration={registration} form={form.data} timeZone={event.timeZone} />
      <SelfService slug={event.slug} registration={registration} form={form.data} onErased={props.onErased} />
    </>
  );
}
