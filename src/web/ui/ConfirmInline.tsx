import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ProblemAlert } from './ProblemAlert.js';

/**
 * A grave act in two steps, in place: the first button opens a question that says what will
 * happen, which takes the focus; dismissed, or answered by an act that resolves, the focus goes
 * back to the first button. An act that rejects keeps the question open, with its error.
 */
export function ConfirmInline(props: {
  id: string;
  start: ReactNode;
  /** Says which one, where several such buttons stand in a list. */
  startLabel?: string;
  question: string;
  children?: ReactNode;
  confirm: string;
  keep: string;
  isBusy: boolean;
  error: unknown;
  onConfirm: () => unknown;
  /** Whether the first button leads (a primary button) or sits aside (a secondary one). */
  isStartSecondary?: boolean;
  /** Called instead of opening when the act needs something first (its reason written). */
  canStart?: () => boolean;
  /** An act that undoes nothing (a confirmation, a reminder): framed in the brand's colour, not the error's. */
  isPlain?: boolean;
}) {
  const { isStartSecondary = true, canStart = () => true } = props;
  const [isAsking, setIsAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (isAsking) question.current?.focus();
    else if (wasAsking.current) startButton.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);
  const confirm = async () => {
    if (props.isBusy) return;
    try {
      const done = props.onConfirm();
      if (done instanceof Promise) {
        await done;
        setIsAsking(false);
      }
    } catch {
      // The act's error is its mutation's, shown in the question.
    }
  };
  if (!isAsking)
    return (
      <button
        ref={startButton}
        type="button"
        className={isStartSecondary ? 'secondary' : undefined}
        aria-label={props.startLabel}
        onClick={() => canStart() && setIsAsking(true)}
      >
        {props.start}
      </button>
    );
  return (
    <div className={props.isPlain ? 'confirm-inline plain' : 'confirm-inline'} id={`${props.id}-question`}>
      <p ref={question} tabIndex={-1} className="confirm-question" id={`${props.id}-question-text`}>
        {props.question}
      </p>
      {props.children}
      <ProblemAlert error={props.error} />
      <div className="form-actions">
        <button
          type="button"
          aria-describedby={`${props.id}-question-text`}
          aria-disabled={props.isBusy || undefined}
          onClick={() => void confirm()}
        >
          {props.confirm}
        </button>
        <button type="button" className="secondary" onClick={() => setIsAsking(false)}>
          {props.keep}
        </button>
      </div>
    </div>
  );
}
