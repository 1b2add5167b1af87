import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveSnapshot } from '../../../shared/live.js';
import type { PollView } from '../../../shared/polls.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { ProblemAlert } from '../../ui/ProblemAlert.js';
import { Localized } from '../../ui/text.js';
import { usePollVote } from './api.js';

/** Each option's votes and share of the voters, as text and as a bar. */
export function PollResults({ poll }: { poll: PollView }) {
  const { t } = useTranslation();
  if (!poll.tally) return <p>{t('live.poll.resultsLater')}</p>;
  const { counts, voters } = poll.tally;
  const percent = new Intl.NumberFormat(INTL_LOCALES[currentLanguage()], {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return (
    <>
      <ul className="poll-results">
        {poll.options.map((option) => {
          const votes = counts[option.id] ?? 0;
          const share = voters === 0 ? 0 : votes / voters;
          return (
            <li key={option.id}>
              <span className="poll-option">
                <Localized text={option.text} />
              </span>
              <span className="poll-count">
                {t('live.votes', { count: votes })} ({percent.format(share)})
              </span>
              <span className="poll-bar" aria-hidden="true">
                <span style={{ inlineSize: `${Math.round(share * 100)}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
      <p>{t('live.poll.voters', { count: voters })}</p>
    </>
  );
}

function PollForm({
  poll,
  view,
  slug,
  sessionId,
}: {
  poll: PollView;
  view: LiveSnapshot;
  slug: string;
  sessionId: string;
}) {
  const { t } = useTranslation();
  const vote = usePollVote(slug, sessionId);
  const [chosen, setChosen] = useState<string[]>(view.pollVote);
  const isSingle = poll.kind === 'single';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!vote.isPending && chosen.length > 0) vote.mutate({ pollId: poll.id, optionIds: chosen });
  };
  const toggle = (id: string, isOn: boolean) =>
    setChosen(isSingle ? [id] : isOn ? [...chosen, id] : chosen.filter((each) => each !== id));
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t(isSingle ? 'live.poll.chooseOne' : 'live.poll.chooseAny')}</legend>
        {poll.options.map((option) => (
          <label key={option.id} className="check">
            <input
              type={isSingle ? 'radio' : 'checkbox'}
              name={`poll-${poll.id}`}
              checked={chosen.includes(option.id)}
              onChange={(e) => toggle(option.id, e.target.checked)}
            />
            <Localized text={option.text} />
          </label>
        ))}
      </fieldset>
      <button type="submit" aria-disabled={vote.isPending || undefined}>
        {t(view.pollVote.length > 0 ? 'live.poll.change' : 'live.poll.vote')}
      </button>
      <ProblemAlert error={vote.error} />
      <p role="status">{view.pollVote.length > 0 ? t('live.poll.counted') : ''}</p>
    </form>
  );
}

/** The session's open poll (or the last closed one): the registrant's vote and the results they may see. */
export function PollPanel({ view, slug, sessionId }: { view: LiveSnapshot; slug: string; sessionId: string }) {
  const { t } = useTranslation();
  const { poll } = view;
  if (!poll) return null;
  return (
    <section aria-labelledby="poll" className="poll">
      <h2 id="poll">{t(poll.status === 'open' ? 'live.poll.open' : 'live.poll.closed')}</h2>
      <p className="poll-question">
        <Localized text={poll.question} />
      </p>
      {poll.status === 'open' && view.mayVote && (
        <PollForm key={poll.id} poll={poll} view={view} slug={slug} sessionId={sessionId} />
      )}
      <PollResults poll={poll} />
    </section>
  );
}
