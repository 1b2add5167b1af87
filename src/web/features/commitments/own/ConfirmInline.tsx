import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';

/**
 * An act in two steps, in place, as the delegation's outcome page asks (features/outcome/delegation,
 * which has no public index): the first button opens a question that says what will happen and
 * takes the focus; dismissed, the focus goes back to the first button.
 */
export function ConfirmInline(props: {
  id: string;
  start: ReactNode;
  question: string;
  children: ReactNode;
  confirm: string;
  keep: string;
  isBusy: boolean;
  error: unknown;
  onConfirm: () => void;
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
  if (!isAsking)
    return (
      <button ref={startButton} type="button" onClick={() => setIsAsking(true)}>
        {props.start}
      </button>
    );
  return (
    <div className="confirm-inline">
      <p ref={question} tabIndex={-1} className="confirm-question" id={`${props.id}-question`}>
        {props.question}
      </p>
      {props.children}
      <ProblemAlert error={props.error} />
      <div className="form-actions">
        <button
          type="button"
          aria-describedby={`${props.id}-question`}
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
