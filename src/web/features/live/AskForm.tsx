import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { LiveSnapshot } from '../../../shared/live.js';
import { pagePath } from '../../../shared/routes.js';
import { QUESTION_MAX_LENGTH } from '../../lib/contract.js';
import { useAccount } from '../../lib/session.js';
import { SubmitButton, TextAreaField } from '../../ui/Field.js';
import { ProblemAlert } from '../../ui/ProblemAlert.js';
import { signInPath } from '../../ui/States.js';
import { ServerText } from '../../ui/text.js';
import { useAsk } from './api.js';

/** Why the reader cannot ask, and what to do about it. */
function CannotAsk({ view, slug }: { view: LiveSnapshot; slug: string }) {
  const { t } = useTranslation();
  const account = useAccount();
  const location = useLocation();
  if (!view.settings.questionsOpen || view.settings.status === 'ended') return <p>{t('live.closed')}</p>;
  if (view.mayVote) return null;
  return (
    <p>
      {account ? t('live.registerToAsk') : t('live.signInToAsk')}{' '}
      {account ? (
        <Link to={pagePath('register', { slug })}>{t('live.register')}</Link>
      ) : (
        <Link to={signInPath(location.pathname)}>{t('live.signIn')}</Link>
      )}
    </p>
  );
}

/** A registrant's question, with the choice to hide their name; and their own questions with where each stands. */
export function AskForm({ view, slug, sessionId }: { view: LiveSnapshot; slug: string; sessionId: string }) {
  const { t } = useTranslation();
  const ask = useAsk(slug, sessionId);
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ask.isPending || text.trim() === '') return;
    ask.mutate(
      { text, anonymous },
      {
        onSuccess: (answer) => {
          setText('');
          setSent(answer.status === 'pending' ? t('live.sentForReview') : t('live.sentShown'));
        },
      },
    );
  };

  return (
    <section aria-labelledby="ask" className="ask">
      <h2 id="ask">{t('live.ask')}</h2>
      {view.mayAsk ? (
        <form onSubmit={submit} noValidate>
          <TextAreaField
            id="question-text"
            label={t('live.yourQuestion')}
            hint={t('live.questionHint', { count: QUESTION_MAX_LENGTH - text.length })}
            value={text}
            maxLength={QUESTION_MAX_LENGTH}
            rows={3}
            onChange={(e) => setText(e.target.value)}
          />
          <label className="check">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
            {t('live.hideName')}
          </label>
          <SubmitButton isBusy={ask.isPending}>{t('live.send')}</SubmitButton>
          <ProblemAlert error={ask.error} />
          <p role="status">{sent}</p>
        </form>
      ) : (
        <CannotAsk view={view} slug={slug} />
      )}
      {view.mine.length > 0 && (
        <>
          <h3>{t('live.mine')}</h3>
          <ul className="question-list mine">
            {view.mine.map((question) => (
              <li key={question.id} className="question">
                <p className="question-text">
                  <ServerText>{question.text}</ServerText>
                </p>
                <p className="question-meta">
                  <span className={`status status-${question.status}`}>{t(`live.statuses.${question.status}`)}</span>
                  {question.anonymous && <span>{t('live.nameHidden')}</span>}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
