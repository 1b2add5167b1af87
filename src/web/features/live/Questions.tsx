import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveSnapshot, QuestionView } from '../../../shared/live.js';
import { ProblemAlert } from '../../ui/ProblemAlert.js';
import { ServerText } from '../../ui/text.js';
import { useVote } from './api.js';

type Order = 'votes' | 'time';

const byOrder = (order: Order) => (a: QuestionView, b: QuestionView) =>
  order === 'votes' && a.votes !== b.votes ? b.votes - a.votes : b.askedAt.localeCompare(a.askedAt);

/** Who asked, as the public sees it. */
export function Asker({ question }: { question: QuestionView }) {
  const { t } = useTranslation();
  return (
    <span className="asker">{question.author ? <ServerText>{question.author}</ServerText> : t('live.anonymous')}</span>
  );
}

function QuestionItem(props: { question: QuestionView; view: LiveSnapshot; slug: string; sessionId: string }) {
  const { question, view, slug, sessionId } = props;
  const { t } = useTranslation();
  const vote = useVote(slug, sessionId);
  const hasVoted = view.voted.includes(question.id);
  const canVote = view.mayVote && question.status === 'approved';
  return (
    <li className={`question${view.onScreen === question.id ? ' on-screen' : ''}`}>
      <p className="question-text">
        <ServerText>{question.text}</ServerText>
      </p>
      <p className="question-meta">
        <Asker question={question} />
        {view.onScreen === question.id && <span className="badge">{t('live.onScreen')}</span>}
        <span className="votes">{t('live.votes', { count: question.votes })}</span>
        {canVote && (
          <button
            type="button"
            aria-pressed={hasVoted}
            aria-label={t(hasVoted ? 'live.unvoteFor' : 'live.voteFor', { text: question.text.slice(0, 80) })}
            onClick={() => vote.mutate({ questionId: question.id, isAdding: !hasVoted })}
          >
            {t(hasVoted ? 'live.voted' : 'live.vote')}
          </button>
        )}
      </p>
      {vote.error && <ProblemAlert error={vote.error} />}
    </li>
  );
}

/** The public's questions: open ones by votes or by time, answered ones archived below. */
export function QuestionList({ view, slug, sessionId }: { view: LiveSnapshot; slug: string; sessionId: string }) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<Order>('votes');
  const open = view.questions.filter((q) => q.status === 'approved').sort(byOrder(order));
  const answered = view.questions.filter((q) => q.status === 'answered').sort(byOrder('time'));
  const item = (question: QuestionView) => (
    <QuestionItem key={question.id} question={question} view={view} slug={slug} sessionId={sessionId} />
  );
  return (
    <section aria-labelledby="questions" className="questions">
      <h2 id="questions">{t('live.questions')}</h2>
      <fieldset className="order">
        <legend>{t('live.order')}</legend>
        {(['votes', 'time'] as const).map((each) => (
          <label key={each}>
            <input type="radio" name="order" checked={order === each} onChange={() => setOrder(each)} />
            {t(`live.orders.${each}`)}
          </label>
        ))}
      </fieldset>
      {open.length === 0 ? <p>{t('live.noQuestions')}</p> : <ol className="question-list">{open.map(item)}</ol>}
      {answered.length > 0 && (
        <>
          <h3>{t('live.answered')}</h3>
          <ol className="question-list answered">{answered.map(item)}</ol>
        </>
      )}
    </section>
  );
}
