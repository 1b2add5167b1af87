import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../lib/api.js';
import { explicitNext, landingOf, useAfterSignIn } from '../../lib/session.js';
import { Loading, signInPath } from '../../ui/States.js';
import { useDocumentTitle } from '../../ui/text.js';
import { useConsumeMagicLink } from './api.js';

const KNOWN_LINK_ERRORS = ['auth.link_used', 'auth.link_expired', 'auth.link_invalid'];

/**
 * Opens a mailed sign-in link. The token is exchanged by a POST from here, never
 * by the GET that opened the page: mail scanners that follow links must not use it up.
 */
export function MagicLinkPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const afterSignIn = useAfterSignIn();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const consumed = useRef<string | null>(null);
  const consume = useConsumeMagicLink().mutateAsync;
  const token = params.get('token') ?? '';
  const next = explicitNext(params.get('next'));
  useDocumentTitle(t('magicLink.title'));

  useEffect(() => {
    // Once per token: React runs effects twice in development, and a token works once.
    if (consumed.current === token) return;
    consumed.current = token;
    if (token.length < 20) {
      setErrorCode('auth.link_invalid');
      return;
    }
    consume(token)
      .then(async () => {
        const session = await afterSignIn();
        await navigate(next ?? landingOf(session), { replace: true });
      })
      .catch((error: unknown) => {
        const code = isApiError(error) ? error.code : 'unknown';
        setErrorCode(KNOWN_LINK_ERRORS.includes(code) || code === 'request.rate_limited' ? code : 'unknown');
      });
  }, [token, next, navigate, afterSignIn, consume]);

  if (!errorCode) {
    return (
      <>
        <h1>{t('magicLink.title')}</h1>
        <Loading />
      </>
    );
  }
  return (
    <section className="page-message">
      <h1>{t('magicLink.failedTitle')}</h1>
      <div role="alert" className="alert alert-error">
        <p>{errorCode === 'unknown' ? t('problem.unknown') : t(`problem.${errorCode}`)}</p>
      </div>
      <p>
        <Link to={next ? signInPath(next) : '/sign-in'}>{t('magicLink.askAgain')}</Link>
      </p>
    </section>
  );
}
