import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdoptionBoard, WorkingDocument } from '../../../../shared/outcome.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { StatusMessage } from '../../../ui/ProblemAlert.js';
import { BreakSilence } from './BreakSilence.js';
import { ConsensusForm } from './ConsensusForm.js';
import { listOf } from './paragraphs.js';

type Answer = AdoptionBoard['delegations'][number];

interface Props {
  slug: string;
  delegationId: string;
  working: WorkingDocument;
  board: AdoptionBoard;
  numbers: Record<string, string>;
}

/** The answer the delegation gave: its choice in words, what a reservation concerns, its explanation. */
function GivenAnswer(props: { answer: Answer | undefined; board: AdoptionBoard; numbers: Record<string, string> }) {
  const { t } = useTranslation();
  const { answer, numbers } = props;
  // Under the silence procedure, saying nothing is agreeing.
  if (!answer?.choice && props.board.method === 'silence') return <p>{t('outcomeDelegation.silence.kept')}</p>;
  if (!answer?.choice) return <p>{t('outcomeDelegation.adoption.none')}</p>;
  const list = listOf(
    answer.paragraphIds.map((id) => numbers[id] ?? '?'),
    INTL_LOCALES[currentLanguage()],
  );
  return (
    <div className="given-answer">
      <p>
        <strong>{t(`outcomeDelegation.choices.${answer.choice}`)}</strong>
      </p>
      {answer.choice === 'join_with_reservation' && (
        <p>
          {answer.paragraphIds.length === 0
            ? t('outcomeDelegation.adoption.onWhole')
            : t('outcomeDelegation.adoption.onParagraphs', { count: answer.paragraphIds.length, list })}
          : {answer.text}
        </p>
      )}
      {answer.choice === 'break_silence' && (
        <p>
          {t('outcomeDelegation.silence.reason')}: {answer.text}
        </p>
      )}
      {answer.explanation && (
        <p>
          {t('outcomeDelegation.adoption.explanationGiven')}: {answer.explanation}
        </p>
      )}
    </div>
  );
}

/** What the delegation may do now: answer (or change its answer), or why it cannot. */
function Answering(props: Props & { given: Answer | undefined; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const { board, delegationId } = props;
  if (board.deadline && new Date(board.deadline).getTime() <= Date.now())
    return <p className="alert alert-info">{t('outcomeDelegation.adoption.deadlinePassed')}</p>;
  if (board.method === 'silence')
    return <BreakSilence slug={props.slug} delegationId={delegationId} onDone={props.onDone} />;
  return <ConsensusForm {...props} />;
}

/** The delegation's answer at the adoption: how it is done, by when, what the delegation said, and its form. */
export function AdoptionAnswer(props: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const { working, board, delegationId } = props;
  const given = board.delegations.find((d) => d.id === delegationId);
  const isOpen = working.stage === 'adoption';
  const isTakingPart = working.delegations.find((d) => d.id === delegationId)?.isTakingPart ?? false;
  const hasBroken = working.stage === 'negotiation' && given?.choice === 'break_silence';
  const onDone = (message: string) => {
    setStatus(message);
    document.getElementById('adoption-title')?.focus();
  };
  return (
    <section aria-labelledby="adoption-title" className="adoption-answer">
      <h2 id="adoption-title" tabIndex={-1}>
        {t('outcomeDelegation.adoption.title')}
      </h2>
      <StatusMessage>{status}</StatusMessage>
      {!isOpen && working.stage !== 'adopted' && !hasBroken && <p>{t('outcomeDelegation.adoption.notYet')}</p>}
      {hasBroken && <p className="alert alert-info">{t('outcomeDelegation.silence.brokeBefore')}</p>}
      {(isOpen || working.stage === 'adopted') && board.method && (
        <dl className="amendment-facts">
          <dt>{t('outcomeDelegation.adoption.method')}</dt>
          <dd>{t(`outcomeDelegation.methods.${board.method}`)}</dd>
        </dl>
      )}
      {!isTakingPart && <p className="alert alert-info">{t('outcomeDelegation.adoption.notTakingPart')}</p>}
      {isTakingPart && (isOpen || working.stage === 'adopted' || hasBroken) && (
        <>
          <h3>{t('outcomeDelegation.adoption.givenTitle')}</h3>
          <GivenAnswer answer={given} board={board} numbers={props.numbers} />
        </>
      )}
      {isTakingPart && isOpen && <Answering {...props} given={given} onDone={onDone} />}
    </section>
  );
}
