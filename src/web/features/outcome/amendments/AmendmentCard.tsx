import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmendmentView } from '../../../../shared/outcome.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { StatusMessage } from '../../../ui/ProblemAlert.js';
import { DecisionRecord, ProposedChange } from './CardParts.js';
import { ChairDecision } from './ChairDecision.js';
import { DelegationActions } from './DelegationActions.js';
import { isOpenStage, ordinalOf } from './model.js';
import { type Queue, useQueueNames } from './queue.js';

const C = 'outcomeAmendments.card';

interface Props {
  amendment: AmendmentView;
  queue: Queue;
  onCollision: (amendmentId: string, isColliding: boolean) => void;
}

/** Who supports and who objects, by name: "none yet" said in words. */
function Positions({ amendment, queue }: { amendment: AmendmentView; queue: Queue }) {
  const { t } = useTranslation();
  const names = useQueueNames(queue);
  return (
    <div className="amendment-positions">
      <p>
        <span className="label">{t(`${C}.support`)}:</span> {names.delegations(amendment.support) ?? t(`${C}.nobody`)}
      </p>
      <p>
        <span className="label">{t(`${C}.objections`)}:</span>{' '}
        {names.delegations(amendment.objections) ?? t(`${C}.nobody`)}
      </p>
    </div>
  );
}

/**
 * One amendment: who proposes what, the change word by word, its justification, who supports and
 * who objects, its status in words and the chair's decision; then what the reader may do with it.
 */
export function AmendmentCard({ amendment: a, queue, onCollision }: Props) {
  const { t } = useTranslation();
  const names = useQueueNames(queue);
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const titleId = `amendment-${a.id}`;
  const ordinal = ordinalOf(a, queue.doc.amendments);
  const done = (message: string, isFocusLost = false) => {
    setStatus(message);
    // The form or button that had the focus is gone with the amendment's new status.
    if (isFocusLost) heading.current?.focus();
  };
  const canDecide = queue.isChair && a.status === 'proposed' && isOpenStage(queue.doc.stage);
  return (
    <article className={`amendment-card amendment-${a.status}`} aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {ordinal === null
          ? t(`${C}.title`, { delegation: names.delegation(a.delegationId) })
          : t(`${C}.titleNth`, { delegation: names.delegation(a.delegationId), ordinal })}
        <span className="visually-hidden"> ({names.paragraph(a.paragraphId)})</span>
      </h3>
      <p className="amendment-status">
        <span className="label">{t(`${C}.status`)}:</span>{' '}
        <span className={`status-badge status-${a.status}`}>{t(`outcomeAmendments.statuses.${a.status}`)}</span>
      </p>
      <p className="amendment-kind">{t(`outcomeAmendments.kinds.${a.kind}`)}</p>
      <p className="meta">
        {t(`${C}.proposedAt`)}: <InstantTimes at={a.createdAt} eventTimeZone={queue.eventTimeZone} />
      </p>
      <ProposedChange amendment={a} version={queue.doc.version} />
      <div className="amendment-justification">
        <p className="amendment-diff-label">{t(`${C}.justification`)}</p>
        <p>{a.justification}</p>
      </div>
      <Positions amendment={a} queue={queue} />
      <DecisionRecord amendment={a} queue={queue} />
      <StatusMessage>{status}</StatusMessage>
      {canDecide && (
        <ChairDecision
          amendment={a}
          queue={queue}
          onDone={(message) => done(message, true)}
          onCollision={onCollision}
        />
      )}
      <DelegationActions amendment={a} queue={queue} onDone={done} />
    </article>
  );
}
