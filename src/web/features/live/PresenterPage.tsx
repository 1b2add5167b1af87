import './live.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { LoadError, Loading, NotFound } from '../../ui/States.js';
import { Localized, ServerText, useDocumentTitle } from '../../ui/text.js';
import { useProgramme } from '../programme/index.js';
import { useLiveSnapshot } from './api.js';
import { PollResults } from './Poll.js';
import { Asker } from './Questions.js';
import { useLiveStream } from './useLiveStream.js';

/** The room's screen: the question the moderators put on it, in large type, high contrast, no controls. */
export function PresenterPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const programme = useProgramme(slug);
  const session = programme.data?.sessions.find((s) => s.id === id);
  const live = useLiveSnapshot(slug, id, 'public', session !== undefined);
  useLiveStream(slug, id, 'public', live.isSuccess);
  const title = session ? pickText(session.title, currentLanguage()) : null;
  useDocumentTitle(title && t('live.presenterTitle', { title }));
  if (programme.isPending || (session && live.isPending)) return <Loading />;
  if (programme.isError) return <LoadError error={programme.error} onRetry={() => void programme.refetch()} />;
  if (!session) return <NotFound />;
  if (live.isError) return <LoadError error={live.error} onRetry={() => void live.refetch()} />;
  const onScreen = live.data?.questions.find((q) => q.id === live.data?.onScreen);
  return (
    <main className="presenter">
      <h1 className="presenter-session">{title}</h1>
      {/* The room hears the moderator; a screen reader here hears the new question. */}
      <div aria-live="polite">
        {onScreen ? (
          <figure className="presenter-question">
            <blockquote>
              <p>
                <ServerText>{onScreen.text}</ServerText>
              </p>
            </blockquote>
            <figcaption>
              <Asker question={onScreen} /> · {t('live.votes', { count: onScreen.votes })}
            </figcaption>
          </figure>
        ) : (
          <p className="presenter-waiting">{t('live.presenterWaiting')}</p>
        )}
      </div>
      {live.data?.poll?.status === 'open' && (
        <section aria-labelledby="presenter-poll" className="presenter-poll">
          <h2 id="presenter-poll">
            <Localized text={live.data.poll.question} />
          </h2>
          <PollResults poll={live.data.poll} />
        </section>
      )}
    </main>
  );
}
