import './programme.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Agenda, PublishedProgramme } from '../../../shared/programme.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { useSession } from '../../lib/session.js';
import { ProblemAlert, StatusMessage } from '../../ui/ProblemAlert.js';
import { LoadError, Loading, signInPath } from '../../ui/States.js';
import { useDocumentTitle } from '../../ui/text.js';
import { pagePaths, useAgenda, useProgramme, useRenewFeed } from './api.js';
import { lookup } from './lookup.js';
import { ProgrammeHeading } from './ProgrammeParts.js';
import { SessionCard } from './SessionCard.js';
import { dayTitle, groupByDay } from './timetable.js';

/** The secret address of the agenda's calendar feed: copy it, or make a new one that retires the old. */
function Feed({ slug, agenda }: { slug: string; agenda: Agenda }) {
  const { t } = useTranslation();
  const renew = useRenewFeed(slug);
  const [said, setSaid] = useState<string | null>(null);
  const address = agenda.feedUrl ? new URL(agenda.feedUrl, window.location.origin).href : null;
  const copy = async () => {
    if (!address) return;
    try {
      await navigator.clipboard.writeText(address);
      setSaid(t('programme.feed.copied'));
    } catch {
      setSaid(t('programme.feed.copyFailed'));
    }
  };
  return (
    <section aria-labelledby="feed">
      <h2 id="feed">{t('programme.feed.title')}</h2>
      <p>{t('programme.feed.intro')}</p>
      <p className="alert alert-warning">{t('programme.feed.private')}</p>
      {address ? (
        <>
          <div className="field">
            <label htmlFor="feed-address">{t('programme.feed.address')}</label>
            <div className="feed-address">
              <input id="feed-address" type="text" readOnly value={address} onFocus={(e) => e.target.select()} />
              <button type="button" onClick={() => void copy()}>
                {t('programme.feed.copy')}
              </button>
            </div>
          </div>
          <p>
            <a href={address} download>
              {t('programme.feed.download')}
            </a>
          </p>
        </>
      ) : (
        <p>{t('programme.feed.none')}</p>
      )}
      <p>
        <button
          type="button"
          className="secondary"
          aria-disabled={renew.isPending || undefined}
          onClick={() => {
            if (renew.isPending) return;
            setSaid(null);
            renew.mutate(undefined, { onSuccess: () => setSaid(t('programme.feed.renewed')) });
          }}
        >
          {t('programme.feed.renew')}
        </button>
      </p>
      <p className="hint">{t('programme.feed.renewHint')}</p>
      <ProblemAlert error={renew.error} />
      <StatusMessage>{said}</StatusMessage>
    </section>
  );
}

function AgendaDetails({ programme, agenda }: { programme: PublishedProgramme; agenda: Agenda }) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const slug = programme.event.slug;
  const find = lookup(programme);
  // A session taken off stays in view until the reader leaves, its button then offering to add it back:
  // the focus stays where it was, and a slip of the finger is undone in place.
  const [shown, setShown] = useState(() => new Set(agenda.sessionIds));
  const unseen = agenda.sessionIds.filter((id) => !shown.has(id));
  if (unseen.length > 0) setShown(new Set([...shown, ...unseen]));
  // In the programme's order (time, then room), whatever order they were added in.
  const mine = programme.sessions.filter((session) => shown.has(session.id));
  const count = agenda.sessionIds.length;
  const days = groupByDay(mine, programme.event.timeZone);
  return (
    <div className="programme">
      <ProgrammeHeading programme={programme} title={t('programme.agenda.title')} />
      <p>
        <Link to={pagePaths.programme(slug)}>{t('programme.backToProgramme')}</Link>
      </p>
      <p>{count === 0 ? t('programme.agenda.empty') : t('programme.agenda.count', { count })}</p>
      {days.map((day) => (
        <section key={day.key} aria-labelledby={`day-${day.key}`}>
          <h2 id={`day-${day.key}`}>{dayTitle(day.key, locale)}</h2>
          <ul className="session-list">
            {day.sessions.map((session) => (
              <li key={session.id}>
                <SessionCard programme={programme} find={find} session={session} day={day.key} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Feed slug={slug} agenda={agenda} />
    </div>
  );
}

/** The signed-in person's own agenda for the event, with its calendar feed. */
export function AgendaPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const programme = useProgramme(slug);
  const agenda = useAgenda(slug);
  useDocumentTitle(t('programme.agenda.title'));
  if (session.isPending) return <Loading />;
  if (!session.data?.account) {
    return (
      <section className="page-message">
        <h1>{t('programme.agenda.title')}</h1>
        <p>{t('programme.agenda.signInBody')}</p>
        <p>
          <Link to={signInPath(location.pathname)}>{t('access.signInLink')}</Link>
        </p>
      </section>
    );
  }
  if (programme.isPending || agenda.isPending) return <Loading />;
  if (programme.isError) return <LoadError error={programme.error} onRetry={() => void programme.refetch()} />;
  if (agenda.isError) return <LoadError error={agenda.error} onRetry={() => void agenda.refetch()} />;
  return <AgendaDetails programme={programme.data} agenda={agenda.data} />;
}
