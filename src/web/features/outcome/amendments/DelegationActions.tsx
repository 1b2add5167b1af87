import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmendmentView, Position } from '../../../../shared/outcome.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { isOpenStage, positionOf } from './model.js';
import { useTakePosition, useWithdraw } from './mutations.js';
import { type Queue, useQueueNames } from './queue.js';

const A = 'outcomeAmendments.act';
const POSITIONS: Position[] = ['support', 'object'];

interface Props {
  amendment: AmendmentView;
  queue: Queue;
  /** The message to say; `isFocusLost` when the control that had the focus goes away. */
  onDone: (message: string, isFocusLost?: boolean) => void;
}

/**
 * What the delegation the reader acts for may do with an open amendment: withdraw its own,
 * support or object to another's (and change its mind while it is open).
 */
export function DelegationActions({ amendment, queue, onDone }: Props) {
  const actingFor = queue.actingFor;
  if (!actingFor || amendment.status !== 'proposed' || queue.doc.stage === 'adopted') return null;
  if (amendment.delegationId === actingFor)
    return <Withdraw amendment={amendment} queue={queue} delegationId={actingFor} onDone={onDone} />;
  if (!isOpenStage(queue.doc.stage)) return null;
  return <PositionButtons amendment={amendment} queue={queue} delegationId={actingFor} onDone={onDone} />;
}

type ActProps = Props & { delegationId: string };

function PositionButtons({ amendment, queue, delegationId, onDone }: ActProps) {
  const { t } = useTranslation();
  const names = useQueueNames(queue);
  const take = useTakePosition(queue.slug, amendment.id);
  const current = positionOf(amendment, delegationId);
  const values = { delegation: names.delegation(delegationId), amendment: names.amendment(amendment) };
  const choose = (position: Position) => {
    if (take.isPending || position === current) return;
    take.mutate({ delegationId, position }, { onSuccess: () => onDone(t(`${A}.taken.${position}`, values)) });
  };
  return (
    // The group is named by where the delegation stands now; its buttons change it.
    <fieldset className="amendment-position">
      <legend>{current ? t(`${A}.now.${current}`, values) : t(`${A}.now.none`, values)}</legend>
      <div className="amendment-position-buttons">
        {POSITIONS.map((position) => (
          <button
            key={position}
            type="button"
            className={position === current ? 'toggle' : 'toggle secondary'}
            aria-pressed={position === current}
            aria-disabled={take.isPending || undefined}
            onClick={() => choose(position)}
          >
            <span aria-hidden="true" className="toggle-mark">
              {position === current ? '✓ ' : ''}
            </span>
            {t(`${A}.${position}`)}
            <span className="visually-hidden"> {t(`${A}.${position}Name`, values)}</span>
          </button>
        ))}
      </div>
      <ProblemAlert error={take.error} />
    </fieldset>
  );
}

/** Withdrawing in two steps: the question takes the focus, and gives it back when dismissed. */
function Withdraw({ amendment, queue, delegationId, onDone }: ActProps) {
  const { t } = useTranslation();
  const names = useQueueNames(queue);
  const withdraw = useWithdraw(queue.slug, amendment.id);
  const [isAsking, setIsAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (isAsking) question.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);
  const name = names.amendment(amendment);
  const confirm = () => {
    if (withdraw.isPending) return;
    withdraw.mutate(delegationId, { onSuccess: () => onDone(t(`${A}.withdrawn`, { amendment: name }), true) });
  };
  if (!isAsking)
    return (
      <p>
        <button ref={start} type="button" className="secondary" onClick={() => setIsAsking(true)}>
          {t(`${A}.withdraw`)}
          <span className="visually-hidden"> {name}</span>
        </button>
      </p>
    );
  return (
    <div className="amendment-confirm">
      <p ref={question} tabIndex={-1}>
        <strong>{t(`${A}.withdrawQuestion`, { amendment: name })}</strong> {t(`${A}.withdrawExplain`)}
      </p>
      <ProblemAlert error={withdraw.error} />
      <div className="form-actions">
        <button type="button" aria-disabled={withdraw.isPending || undefined} onClick={confirm}>
          {t(`${A}.withdrawConfirm`)}
          <span className="visually-hidden"> ({name})</span>
        </button>
        <button type="button" className="secondary" onClick={() => setIsAsking(false)}>
          {t(`${A}.keep`)}
          <span className="visually-hidden"> ({name})</span>
        </button>
      </div>
    </div>
  );
}
