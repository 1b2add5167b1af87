import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { signInPath } from '../ui/States.js';
import { useSession, useSignOut } from './session.js';

/** The sign-in link, or who is signed in and the sign-out button. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { data, isPending } = useSession();
  const signOut = useSignOut();
  const location = useLocation();
  const signInLink = useRef<HTMLAnchorElement>(null);
  const [hasSignedOut, setHasSignedOut] = useState(false);
  const account = data?.account ?? null;

  // The button the reader pressed is gone; keep their focus in the same place, on its successor.
  useEffect(() => {
    if (hasSignedOut && !account) signInLink.current?.focus();
  }, [hasSignedOut, account]);

  if (isPending) return null;
  if (!account) {
    const isOnSignIn = location.pathname.startsWith('/sign-in');
    return (
      <div className="account">
        <Link ref={signInLink} to={isOnSignIn ? '/sign-in' : signInPath(location.pathname)}>
          {t('shell.signIn')}
        </Link>
      </div>
    );
  }
  return (
    <div className="account">
      <span className="account-name">
        <span className="visually-hidden">{t('shell.signedInAs')} </span>
        {account.name}
      </span>
      <button
        type="button"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSuccess: () => setHasSignedOut(true) })}
      >
        {t('shell.signOut')}
      </button>
    </div>
  );
}
