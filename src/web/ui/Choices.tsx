import type { ReactNode } from 'react';
import { describedBy } from './Field.js';
import { ServerText } from './text.js';

interface ChoiceFrame {
  id: string;
  /** The server's message, or the form's own (isErrorTranslated), shown in the group and tied to it. */
  error?: string;
  isErrorTranslated?: boolean;
  hint?: string;
}

function Messages({ id, error, isErrorTranslated, hint }: ChoiceFrame) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {isErrorTranslated ? error : <ServerText>{error}</ServerText>}
        </p>
      )}
    </>
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
  /** A further line under the choice, such as the places left. */
  note?: ReactNode;
}

type GroupProps = ChoiceFrame & {
  legend: ReactNode;
  /** Radios choose one; checkboxes any number. */
  type: 'radio' | 'checkbox';
  choices: Choice[];
  value: string[];
  onChange: (value: string[]) => void;
};

/**
 * A group of radios or checkboxes in a fieldset named by its legend. The group
 * carries the id the errors point at; the focus goes to its first choice.
 */
export function ChoiceGroup({ id, legend, type, choices, value, onChange, ...messages }: GroupProps) {
  const { error, hint } = messages;
  const toggle = (choice: string, isChecked: boolean) => {
    if (type === 'radio') onChange([choice]);
    else onChange(isChecked ? [...value, choice] : value.filter((v) => v !== choice));
  };
  return (
    <fieldset
      id={id}
      className={error ? 'choice-group field-invalid' : 'choice-group'}
      aria-describedby={describedBy(id, error, hint)}
    >
      <legend>{legend}</legend>
      <Messages id={id} {...messages} />
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value}`;
        return (
          <div key={choice.value} className="choice">
            <input
              type={type}
              id={inputId}
              name={id}
              value={choice.value}
              checked={value.includes(choice.value)}
              onChange={(e) => toggle(choice.value, e.target.checked)}
              aria-describedby={choice.note ? `${inputId}-note` : undefined}
            />
            <label htmlFor={inputId}>{choice.label}</label>
            {choice.note && (
              <p id={`${inputId}-note`} className="hint choice-note">
                {choice.note}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** One checkbox that says yes or no, such as consent. */
export function CheckboxField(
  props: ChoiceFrame & {
    label: ReactNode;
    checked: boolean;
    onChange: (checked: boolean) => void;
    isRequired?: boolean;
  },
) {
  const { id, label, checked, onChange, isRequired, ...messages } = props;
  const { error, hint } = messages;
  return (
    <div className={error ? 'field choice-field field-invalid' : 'field choice-field'}>
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          name={id}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-required={isRequired || undefined}
          aria-describedby={describedBy(id, error, hint)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <Messages id={id} {...messages} />
    </div>
  );
}
