import './programme.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublishedProgramme, SessionView } from '../../../shared/programme.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { pickText, watchable } from '../../lib/contract.js';
import { channelName } from '../../ui/channelName.js';
import { LoadError, Loading, NotFound } from '../../ui/States.js';
import { Localized, LocalizedParagraphs, useDocumentTitle } from '../../ui/text.js';
import { PlenarySpeakers } from '../delegations/index.js';
import { EventTimes } from '../events/index.js';
import { AgendaSignInLink, AgendaToggle } from './AgendaToggle.js';
import { exportPaths, pagePaths, useProgramme } from './api.js';
import { lookup, type ProgrammeLookup } from './lookup.js';
import { ProgrammeHeading } from './ProgrammeParts.js';
import { SpeakerItem } from './SpeakerItem.js';

function People({
  programme,
  session,
  find,
}: {
  programme: PublishedProgramme;
  session: SessionView;
  find: ProgrammeLookup;
}) {
  const { t } = useTranslation();
  const speakers = session.speakerIds.map((id) => find.speaker(id)).filter((s) => s !== undefined);
  const moderator = find.speaker(session.moderatorId);
  if (speakers.length === 0 && !moderator) return null;
  return (
    <section aria-labelledby="people">
      <h2 id="people">{t('programme.people')}</h2>
      {speakers.length > 0 && (
        <>
          <h3>{t('programme.speakers', { count: speakers.length })}</h3>
          <ul className="speaker-list">
            {speakers.map((speaker) => (
              <SpeakerItem key={speaker.id} slug={programme.event.slug} speaker={speaker} />
            ))}
          </ul>
        </>
      )}
      {moderator && (
        <>
          <h3>{t('programme.moderator')}</h3>
          <ul className="speaker-list">
            <SpeakerItem slug={programme.event.slug} speaker={moderator} />
          </ul>
        </>
      )}
    </section>
  );
}

function SessionDetails({ programme, session }: { programme: PublishedProgramme; session: SessionView }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const number = new Intl.NumberFormat(INTL_LOCALES[language]);
  const find = lookup(programme);
  const room = find.room(session.roomId);
  const theme = find.theme(session.themeId);
  const slug = programme.event.slug;
  const title = pickText(session.title, language);
  return (
    <article className="programme">
      <ProgrammeHeading programme={programme} title={title} />
      <p>
        <Link to={pagePaths.programme(slug)}>{t('programme.backToProgramme')}</Link>
      </p>
      <dl className="details">
        <div>
          <dt>{t('programme.type')}</dt>
          <dd>{t(`programme.types.${session.type}`)}</dd>
        </div>
        {room && (
          <div>
            <dt>{t('programme.room')}</dt>
            <dd>
              <Localized text={room.name} />
            </dd>
          </div>
        )}
        {theme && (
          <div>
            <dt>{t('programme.theme')}</dt>
            <dd>
              <Localized text={theme.title} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('programme.capacity')}</dt>
          <dd>{t('event.capacity', { count: session.capacity, formatted: number.format(session.capacity) })}</dd>
        </div>
      </dl>
      <section aria-labelledby="when">
        <h2 id="when">{t('event.when')}</h2>
        <EventTimes startsAt={session.startsAt} endsAt={session.endsAt} timeZone={programme.event.timeZone} />
      </section>
      <p>
        <Link to={pagePath('live', { slug, id: session.id })}>{t('live.follow')}</Link>
      </p>
      <AgendaToggle slug={slug} sessionId={session.id} title={title} />
      <AgendaSignInLink />
      <p>
        <a href={exportPaths.session(slug, session.id)} download>
          {t('programme.downloads.session')}
        </a>
      </p>
      {pickText(session.description, language) && (
        <section aria-labelledby="about">
          <h2 id="about">{t('programme.about')}</h2>
          <LocalizedParagraphs text={session.description} />
        </section>
      )}
      <People programme={programme} session={session} find={find} />
      {session.type === 'plenary' && session.themeId && <PlenarySpeakers slug={slug} themeId={session.themeId} />}
      {session.type === 'plenary' && !session.themeId && (
        <p>
          <Link to={pagePaths.delegations(slug)}>{t('programme.speakingOrder')}</Link>
        </p>
      )}
      {watchable(session.streams).length > 0 && (
        <section aria-labelledby="streams">
          <h2 id="streams">{t('programme.streams')}</h2>
          <ul>
            {watchable(session.streams).map((stream) => (
              <li key={stream.url}>
                <a href={stream.url} rel="noopener">
                  {t('programme.watchIn', { language: channelName(stream.language, t) })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** One session of the published programme. */
export function SessionPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const programme = useProgramme(slug);
  const session = programme.data?.sessions.find((s) => s.id === id);
  useDocumentTitle(
    programme.isError || (programme.data && !session)
      ? null
      : session
        ? pickText(session.title, currentLanguage())
        : t('common.loading'),
  );
  if (programme.isPending) return <Loading />;
  if (programme.isError) return <LoadError error={programme.error} onRetry={() => void programme.refetch()} />;
  if (!session) return <NotFound />;
  return <SessionDetails programme={programme.data} session={session} />;
}
