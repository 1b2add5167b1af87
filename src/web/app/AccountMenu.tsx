import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession, useSignOut } from '../lib/session.js';
import { signInPath } from '../ui/States.js';

/**
 * The sign-in link, or who is signed in and the sign-out button. A registration's
 * personal link opens a session for that registration only: its registrant's name shows, with no account.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const { data, isPending } = useSession();
  const signOut = useSignOut();
  const location = useLocation();
  const signInLink = useRef<HTMLAnchorElement>(null);
  const [hasSignedOut, setHasSignedOut] = useState(false);
  const account = data?.account ?? null;
  const registration = data?.registration ?? null;
  const name = account?.name ?? registration?.name ?? null;

  // The button the reader pressed is gone; keep their focus in the same place, on its successor.
  useEffect(() => {
    if (hasSignedOut && name === null) signInLink.current?.focus();
  }, [hasSignedOut, name]);

  if (isPending) return null;
  if (name === null) {
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
        <span className="visually-hidden">{account ? t('shell.signedInAs') : t('shell.personalLinkOf')} </span>
        {name}
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
