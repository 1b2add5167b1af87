import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';

/**
 * An action in two steps, in place: the first button opens a question that says what will
 * happen; the focus goes to it, and back to the first button when it is answered or dismissed.
 * `onConfirm` rejects when the action failed: the question stays, with the error.
 */
export function InlineConfirm(props: {
  id: string;
  start: string;
  /** Says which one, where several such buttons stand in a list. */
  startLabel?: string;
  question: string;
  children?: ReactNode;
  confirm: string;
  keep: string;
  isBusy: boolean;
  error: unknown;
  onConfirm: () => Promise<unknown>;
  isSecondary?: boolean;
}) {
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
      await props.onConfirm();
      setIsAsking(false);
    } catch {
      // The error is the mutation's, shown in the question.
    }
  };
  if (!isAsking)
    return (
      <button
        ref={startButton}
        type="button"
        className={props.isSecondary ? 'secondary' : undefined}
        aria-label={props.startLabel}
        onClick={() => setIsAsking(true)}
      >
        {props.start}
      </button>
    );
  return (
    <div className="inline-confirm">
      <p id={`${props.id}-question`} ref={question} tabIndex={-1} className="inline-confirm-question">
        {props.question}
      </p>
      {props.children}
      <ProblemAlert error={props.error} />
      <div className="form-actions">
        <button type="button" aria-disabled={props.isBusy || undefined} onClick={() => void confirm()}>
          {props.confirm}
        </button>
        <button type="button" className="secondary" onClick={() => setIsAsking(false)}>
          {props.keep}
        </button>
      </div>
    </div>
  );
}
