import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublishedProgramme, SessionView } from '../../../shared/programme.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { Localized } from '../../ui/text.js';
import { AgendaToggle } from './AgendaToggle.js';
import { pagePaths, useAgenda } from './api.js';
import type { ProgrammeLookup } from './lookup.js';
import { SessionTimes } from './SessionTimes.js';

/** Who is on the session, each linked to their page: "Speakers: A, B. Moderator: C." */
function People({ slug, session, find }: { slug: string; session: SessionView; find: ProgrammeLookup }) {
  const { t } = useTranslation();
  const speakers = session.speakerIds.map((id) => find.speaker(id)).filter((s) => s !== undefined);
  const moderator = find.speaker(session.moderatorId);
  const linked = (person: { id: string; name: string }) => (
    <Link key={person.id} to={pagePaths.speaker(slug, person.id)}>
      {person.name}
    </Link>
  );
  const joined = (items: ReactNode[]) => items.flatMap((item, i) => (i === 0 ? [item] : [', ', item]));
  return (
    <>
      {speakers.length > 0 && (
        <p className="session-people">
          <span className="label">{t('programme.speakers', { count: speakers.length })}: </span>
          {joined(speakers.map(linked))}
        </p>
      )}
      {moderator && (
        <p className="session-people">
          <span className="label">{t('programme.moderator')}: </span>
          {linked(moderator)}
        </p>
      )}
    </>
  );
}

/** One session in the timetable or a list: what, when in three zones, where, who, and the agenda button. */
export function SessionCard(props: {
  programme: PublishedProgramme;
  find: ProgrammeLookup;
  session: SessionView;
  day: string;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
}) {
  const { programme, find, session, day, headingLevel = 3, actions } = props;
  const { t } = useTranslation();
  const slug = programme.event.slug;
  const room = find.room(session.roomId);
  const theme = find.theme(session.themeId);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const isInAgenda = useAgenda(slug).data?.sessionIds.includes(session.id) === true;
  return (
    <article className={`session-card session-${session.type}${isInAgenda ? ' in-agenda' : ''}`}>
      <p className="session-type">
        {t(`programme.types.${session.type}`)}
        {isInAgenda && <span className="agenda-mark">{t('programme.agenda.inAgenda')}</span>}
      </p>
      <Heading className="session-title">
        <Link to={pagePaths.session(slug, session.id)}>
          <Localized text={session.title} />
        </Link>
      </Heading>
      <SessionTimes
        startsAt={session.startsAt}
        endsAt={session.endsAt}
        eventTimeZone={programme.event.timeZone}
        day={day}
      />
      {room && (
        <p className="session-room">
          <span className="label">{t('programme.room')}: </span>
          <Localized text={room.name} />
        </p>
      )}
      {theme && (
        <p className="session-theme">
          <span className="label">{t('programme.theme')}: </span>
          <Localized text={theme.title} />
        </p>
      )}
      <People slug={slug} session={session} find={find} />
      {session.type !== 'break' && (
        <p className="session-live">
          <Link
            to={pagePath('live', { slug, id: session.id })}
            aria-label={t('live.followTitle', { title: pickText(session.title, currentLanguage()) })}
          >
            {t('live.followShort')}
          </Link>
        </p>
      )}
      {actions ?? (
        <AgendaToggle slug={slug} sessionId={session.id} title={pickText(session.title, currentLanguage())} />
      )}
    </article>
  );
}
