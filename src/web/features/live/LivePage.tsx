import './live.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LiveSnapshot } from '../../../shared/live.js';
import type { PublishedProgramme, SessionView } from '../../../shared/programme.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { LoadError, Loading, NotFound } from '../../ui/States.js';
import { useDocumentTitle } from '../../ui/text.js';
import { EventTimes } from '../events/index.js';
import { ProgrammeHeading, pagePaths, useProgramme } from '../programme/index.js';
import { AskForm } from './AskForm.js';
import { useLiveSnapshot } from './api.js';
import { ModerationPanel } from './Moderation.js';
import { PollPanel } from './Poll.js';
import { QuestionList } from './Questions.js';
import { type StreamState, useLiveStream } from './useLiveStream.js';
import { Watch } from './Watch.js';

function StatusLine({ view, stream }: { view: LiveSnapshot; stream: StreamState }) {
  const { t } = useTranslation();
  const open = view.questions.filter((q) => q.status === 'approved').length;
  return (
    <div className="live-status">
      <p className={`status status-${view.settings.status}`}>{t(`live.status.${view.settings.status}`)}</p>
      {/* Announced politely as it changes, without taking the reader's focus. */}
      <p role="status" className="stream-state">
        {t(`live.stream.${stream}`)} · {t('live.openQuestions', { count: open })}
      </p>
    </div>
  );
}

function Live({ programme, session }: { programme: PublishedProgramme; session: SessionView }) {
  const { t } = useTranslation();
  const slug = programme.event.slug;
  const live = useLiveSnapshot(slug, session.id, 'public');
  const mayModerate = live.data?.mayModerate ?? false;
  const moderation = useLiveSnapshot(slug, session.id, 'moderation', mayModerate);
  const stream = useLiveStream(slug, session.id, 'public', live.isSuccess);
  useLiveStream(slug, session.id, 'moderation', moderation.isSuccess);
  const title = pickText(session.title, currentLanguage());
  return (
    <article className="live">
      <ProgrammeHeading programme={programme} title={t('live.title', { title })} />
      <p>
        <Link to={pagePaths.session(slug, session.id)}>{t('live.backToSession')}</Link>
      </p>
      <EventTimes startsAt={session.startsAt} endsAt={session.endsAt} timeZone={programme.event.timeZone} />
      {live.isPending ? (
        <Loading />
      ) : live.isError ? (
        <LoadError error={live.error} onRetry={() => void live.refetch()} />
      ) : (
        <>
          <StatusLine view={live.data} stream={stream} />
          <Watch streams={session.streams} />
          <div className="live-columns">
            <QuestionList view={live.data} slug={slug} sessionId={session.id} />
            <div>
              <PollPanel view={live.data} slug={slug} sessionId={session.id} />
              <AskForm view={live.data} slug={slug} sessionId={session.id} />
            </div>
          </div>
          {moderation.data && <ModerationPanel view={moderation.data} slug={slug} sessionId={session.id} />}
        </>
      )}
    </article>
  );
}

/** A session as it happens: its questions and, for its moderators, their list. */
export function LivePage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const programme = useProgramme(slug);
  const session = programme.data?.sessions.find((s) => s.id === id);
  const title = session ? t('live.title', { title: pickText(session.title, currentLanguage()) }) : t('common.loading');
  useDocumentTitle(programme.isError || (programme.data && !session) ? null : title);
  if (programme.isPending) return <Loading />;
  if (programme.isError) return <LoadError error={programme.error} onRetry={() => void programme.refetch()} />;
  if (!session) return <NotFound />;
  return <Live programme={programme.data} session={session} />;
}
