import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../../lib/api.js';
import { ProblemAlert, useProblemMessage } from '../../../ui/ProblemAlert.js';
import { Localized } from '../../../ui/text.js';
import { outcomePath, useOutcomeMutation, workKeys } from '../work/api.js';
import { type BoardDelegation, countAnswers, notAnswered } from './answers.js';

/** The refusal of a declaration made too early, with the delegations still to join named. */
function Refusal({ error, delegations }: { error: unknown; delegations: BoardDelegation[] }) {
  const { t } = useTranslation();
  const messageFor = useProblemMessage();
  const missing = notAnswered(delegations);
  if (!isApiError(error) || error.code !== 'outcome.not_all_joined') return <ProblemAlert error={error} />;
  return (
    <div role="alert" className="alert alert-error">
      <p>{messageFor(error) ?? error.message}</p>
      {missing.length > 0 && (
        <p>
          {t('outcomeAdoption.declare.missing', { count: missing.length })}{' '}
          {missing.map((d, index) => (
            <span key={d.id}>
              {index > 0 && ', '}
              <strong>
                <Localized text={d.name} />
              </strong>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/**
 * The chair declares the text adopted by consensus, in two steps: the question says that it freezes
 * the text for good; the focus goes to it, and back to the first button when it is dismissed.
 */
export function DeclareAdopted(props: {
  slug: string;
  version: number;
  delegations: BoardDelegation[];
  onDone: (message: string) => void;
}) {
  const { slug, version, delegations, onDone } = props;
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
  const question = useRef<HTMLHeadingElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const queryClient = useQueryClient();
  const adopt = useOutcomeMutation(slug, () => api.post<{ sha256: string }>(outcomePath(slug, '/adopt')));
  const counts = countAnswers(delegations);
  useEffect(() => {
    if (isAsking) question.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);
  const confirm = () => {
    if (adopt.isPending) return;
    adopt.mutate(undefined, {
      onSuccess: () => onDone(t('outcomeAdoption.declare.done', { version })),
      // Who is still missing is read again, so that the refusal names them as they are now.
      onError: () => void queryClient.invalidateQueries({ queryKey: workKeys.board(slug) }),
    });
  };
  return (
    <section aria-labelledby="adoption-declare" className="card adoption-declare">
      <h2 id="adoption-declare">{t('outcomeAdoption.declare.title')}</h2>
      <p>{t('outcomeAdoption.declare.intro', { joined: counts.joined, total: counts.total })}</p>
      {isAsking ? (
        <div className="confirm-step">
          <h3 ref={question} tabIndex={-1}>
            {t('outcomeAdoption.declare.question', { version })}
          </h3>
          <p>{t('outcomeAdoption.declare.explain')}</p>
          {adopt.error ? <Refusal error={adopt.error} delegations={delegations} /> : null}
          <div className="form-actions">
            <button type="button" aria-disabled={adopt.isPending || undefined} onClick={confirm}>
              {t('outcomeAdoption.declare.confirm')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                adopt.reset();
                setIsAsking(false);
              }}
            >
              {t('outcomeAdoption.declare.keep')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={start} type="button" onClick={() => setIsAsking(true)}>
          {t('outcomeAdoption.declare.start')}
        </button>
      )}
    </section>
  );
}
