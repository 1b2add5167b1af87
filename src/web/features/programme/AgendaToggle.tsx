import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAccount } from '../../lib/session.js';
import { ProblemAlert } from '../../ui/ProblemAlert.js';
import { signInPath } from '../../ui/States.js';
import { useAgenda, useToggleAgenda } from './api.js';

/** The way to one's agenda for somebody not signed in: sign in, then come back here. */
export function AgendaSignInLink() {
  const { t } = useTranslation();
  const location = useLocation();
  const account = useAccount();
  if (account) return null;
  return (
    <p className="agenda-sign-in">
      <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('programme.agenda.signIn')}</Link>
    </p>
  );
}

/**
 * Adds the session to the signed-in person's agenda or takes it off. The button says
 * what it will do; its name (the visible words, then the session's title) tells one button from the next.
 */
export function AgendaToggle({ slug, sessionId, title }: { slug: string; sessionId: string; title: string }) {
  const { t } = useTranslation();
  const agenda = useAgenda(slug);
  const toggle = useToggleAgenda(slug);
  const [said, setSaid] = useState<string | null>(null);
  if (!agenda.data) return null;
  const isIn = agenda.data.sessionIds.includes(sessionId);
  const label = isIn ? t('programme.agenda.remove') : t('programme.agenda.add');
  const click = () => {
    if (toggle.isPending) return;
    toggle.mutate(
      { sessionId, isAdding: !isIn },
      { onSuccess: () => setSaid(t(isIn ? 'programme.agenda.removed' : 'programme.agenda.added', { title })) },
    );
  };
  return (
    <div className="agenda-toggle">
      <button
        type="button"
        className={isIn ? 'secondary small' : 'small'}
        onClick={click}
        aria-disabled={toggle.isPending || undefined}
        aria-label={`${label}: ${title}`}
      >
        {label}
      </button>
      <span role="status" className="visually-hidden">
        {said}
      </span>
      <ProblemAlert error={toggle.error} />
    </div>
  );
}
