import './programme.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublishedProgramme, SpeakerView } from '../../../shared/programme.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { countryName } from '../../ui/countries.js';
import { LoadError, Loading, NotFound } from '../../ui/States.js';
import { LocalizedParagraphs, useDocumentTitle } from '../../ui/text.js';
import { pagePaths, useProgramme } from './api.js';
import { lookup } from './lookup.js';
import { SessionCard } from './SessionCard.js';
import { SpeakerPhoto } from './SpeakerItem.js';

function SpeakerDetails({ programme, speaker }: { programme: PublishedProgramme; speaker: SpeakerView }) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const find = lookup(programme);
  const sessions = find.sessionsOf(speaker.id);
  const slug = programme.event.slug;
  return (
    <article className="programme">
      <div className="speaker-card">
        <SpeakerPhoto speaker={speaker} size={160} />
        <div>
          <h1>{speaker.name}</h1>
          {speaker.title && <p className="lead">{speaker.title}</p>}
          {speaker.organization && <p>{speaker.organization}</p>}
          {speaker.country && (
            <p>
              <span className="label">{t('programme.country')}: </span>
              {countryName(speaker.country, locale)}
            </p>
          )}
        </div>
      </div>
      <p>
        <Link to={pagePaths.programme(slug)}>{t('programme.backToProgramme')}</Link>
      </p>
      <LocalizedParagraphs text={speaker.bio} />
      {sessions.length > 0 && (
        <section aria-labelledby="sessions">
          <h2 id="sessions">{t('programme.speakerSessions')}</h2>
          <ul className="session-list">
            {sessions.map((session) => (
              <li key={session.id}>
                <SessionCard programme={programme} find={find} session={session} day="" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** A speaker of the published programme. */
export function SpeakerPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const programme = useProgramme(slug);
  const speaker = programme.data?.speakers.find((s) => s.id === id);
  useDocumentTitle(programme.isError || (programme.data && !speaker) ? null : (speaker?.name ?? t('common.loading')));
  if (programme.isPending) return <Loading />;
  if (programme.isError) return <LoadError error={programme.error} onRetry={() => void programme.refetch()} />;
  if (!speaker) return <NotFound />;
  return <SpeakerDetails programme={programme.data} speaker={speaker} />;
}
