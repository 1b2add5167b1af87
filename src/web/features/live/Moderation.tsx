import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LiveSnapshot, ModerationAction, QuestionStatus, QuestionView } from '../../../shared/live.js';
import { ProblemAlert } from '../../ui/ProblemAlert.js';
import { ServerText } from '../../ui/text.js';
import { livePaths, useLiveSettings, useModerate } from './api.js';
import { PollManager } from './PollManager.js';

/** The moves each status allows, in the order a moderator reaches for them. */
const ACTIONS: Record<QuestionStatus, ModerationAction[]> = {
  pending: ['approve', 'reject'],
  approved: ['show', 'answer', 'reject'],
  rejected: ['approve'],
  answered: [],
};

function ModeratedQuestion({ question, view, slug }: { question: QuestionView; view: LiveSnapshot; slug: string }) {
  const { t } = useTranslation();
  const moderate = useModerate(slug);
  const isOnScreen = view.onScreen === question.id;
  const actions = ACTIONS[question.status].map((action) => (action === 'show' && isOnScreen ? 'hide' : action));
  return (
    <li className={`question${isOnScreen ? ' on-screen' : ''}`}>
      <p className="question-text">
        <ServerText>{question.text}</ServerText>
      </p>
      <p className="question-meta">
        <span className="asker">
          {question.author ? <ServerText>{question.author}</ServerText> : t('live.erased')}
          {question.anonymous && ` (${t('live.nameHidden')})`}
        </span>
        <span className="votes">{t('live.votes', { count: question.votes })}</span>
        {isOnScreen && <span className="badge">{t('live.onScreen')}</span>}
      </p>
      {actions.length > 0 && (
        <div className="moderation-actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              aria-disabled={moderate.isPending || undefined}
              onClick={() => moderate.isPending || moderate.mutate({ questionId: question.id, action })}
            >
              {t(`live.actions.${action}`)}
            </button>
          ))}
        </div>
      )}
      {moderate.error && <ProblemAlert error={moderate.error} />}
    </li>
  );
}

function Settings({ view, slug, sessionId }: { view: LiveSnapshot; slug: string; sessionId: string }) {
  const { t } = useTranslation();
  const settings = useLiveSettings(slug, sessionId);
  const { moderation, questionsOpen, override } = view.settings;
  return (
    <div className="live-settings">
      <label className="check">
        <input
          type="checkbox"
          checked={moderation}
          onChange={(e) => settings.mutate({ moderation: e.target.checked })}
        />
        {t('live.settings.moderation')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={questionsOpen}
          onChange={(e) => settings.mutate({ questionsOpen: e.target.checked })}
        />
        {t('live.settings.questionsOpen')}
      </label>
      <label htmlFor="live-override">{t('live.settings.override')}</label>
      <select
        id="live-override"
        value={override ?? ''}
        onChange={(e) =>
          settings.mutate({ override: e.target.value === '' ? null : (e.target.value as 'live' | 'ended') })
        }
      >
        <option value="">{t('live.settings.followClock')}</option>
        <option value="live">{t('live.settings.live')}</option>
        <option value="ended">{t('live.settings.ended')}</option>
      </select>
      <ProblemAlert error={settings.error} />
    </div>
  );
}

/** The moderators' list, phone-sized: every question by status, the session's settings, the presenter screen's link. */
export function ModerationPanel({ view, slug, sessionId }: { view: LiveSnapshot; slug: string; sessionId: string }) {
  const { t } = useTranslation();
  const groups = (['pending', 'approved', 'rejected', 'answered'] as const).map((status) => ({
    status,
    questions: view.questions.filter((q) => q.status === status),
  }));
  return (
    <section aria-labelledby="moderation" className="moderation">
      <h2 id="moderation">{t('live.moderation')}</h2>
      <p>
        <Link to={livePaths.presenter(slug, sessionId)}>{t('live.presenterLink')}</Link>
      </p>
      <Settings view={view} slug={slug} sessionId={sessionId} />
      <PollManager slug={slug} sessionId={sessionId} current={view.poll} />
      {groups.map(({ status, questions }) => (
        <section key={status} aria-labelledby={`moderation-${status}`}>
          <h3 id={`moderation-${status}`}>{t(`live.groups.${status}`, { count: questions.length })}</h3>
          {questions.length > 0 && (
            <ul className="question-list">
              {questions.map((question) => (
                <ModeratedQuestion key={question.id} question={question} view={view} slug={slug} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
