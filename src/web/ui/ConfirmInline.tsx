import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ProblemAlert } from './ProblemAlert.js';

/**
 * A grave act in two steps, in place: the first button opens a question that says what will
 * happen, which takes the focus; dismissed, the focus goes back to the first button.
 */
export function ConfirmInline(props: {
  id: string;
  start: ReactNode;
  question: string;
  children?: ReactNode;
  confirm: string;
  keep: string;
  isBusy: boolean;
  error: unknown;
  onConfirm: () => void;
  /** Whether the first button leads (a primary button) or sits aside (a secondary one). */
  isStartSecondary?: boolean;
  /** Called instead of opening when the act needs something first (its reason written). */
  canStart?: () => boolean;
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
  if (!isAsking)
    return (
      <button
        ref={startButton}
        type="button"
        className={isStartSecondary ? 'secondary' : undefined}
        onClick={() => canStart() && setIsAsking(true)}
      >
        {props.start}
      </button>
    );
  return (
    <div className="confirm-inline" id={`${props.id}-question`}>
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
          onClick={() => !props.isBusy && props.onConfirm()}
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
