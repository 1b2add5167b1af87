import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isApiError } from '../lib/api.js';
import { useServerPage } from '../lib/serverPage.js';
import { useProblemMessage } from './ProblemAlert.js';
import { ServerText, useDocumentTitle } from './text.js';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  const serverPage = useServerPage();
  if (serverPage) serverPage.status = 404;
  return (
    <section className="page-message">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}

/** The link back here after signing in: where the reader was going. */
export function signInPath(next: string): string {
  return `/sign-in?${new URLSearchParams({ next })}`;
}

export function SignInRequired() {
  const { t } = useTranslation();
  const location = useLocation();
  useDocumentTitle(t('access.signInTitle'));
  return (
    <section className="page-message">
      <h1>{t('access.signInTitle')}</h1>
      <p>{t('access.signInBody')}</p>
      <p>
        <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('access.signInLink')}</Link>
      </p>
    </section>
  );
}

export function NotAllowed() {
  const { t } = useTranslation();
  useDocumentTitle(t('access.notAllowedTitle'));
  return (
    <section className="page-message">
      <h1>{t('access.notAllowedTitle')}</h1>
      <p>{t('access.notAllowedBody')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}

/** The page for a failed load: 404, sign in, not allowed, or try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error) && error.status === 404) return <NotFound />;
  if (isApiError(error) && error.status === 401) return <SignInRequired />;
  if (isApiError(error) && error.status === 403) return <NotAllowed />;
  return <FailedLoad error={error} onRetry={onRetry} />;
}

function FailedLoad({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const messageFor = useProblemMessage();
  useDocumentTitle(t('problem.loadTitle'));
  const isOffline = isApiError(error) && error.status === 0;
  // Ours in the reader's language for a code we know; the server's words only for one we do not.
  const own = isApiError(error) ? messageFor(error) : null;
  return (
    <section className="page-message">
      <h1>{t('problem.loadTitle')}</h1>
      <div role="alert" className="alert alert-error">
        <p>{isOffline ? t('problem.network.offline') : t('problem.unknown')}</p>
        {isApiError(error) && !isOffline && <p>{own ?? <ServerText>{error.message}</ServerText>}</p>}
      </div>
      <button type="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </section>
  );
}
