import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { ServerText } from './text.js';

interface FieldFrame {
  id: string;
  label: string;
  /** The server's message for this field, shown under it and tied to it with aria-describedby. */
  error?: string;
  /** The error is the app's own message, in the reader's language (the server's are English). */
  isErrorTranslated?: boolean;
  hint?: string;
  lang?: string;
}

/** The ids of a field's hint and error, for its aria-describedby. */
export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Frame({ id, label, error, isErrorTranslated, hint, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {isErrorTranslated ? error : <ServerText>{error}</ServerText>}
        </p>
      )}
    </div>
  );
}

type InputProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export function TextField({ id, label, error, isErrorTranslated, hint, lang, ...input }: InputProps) {
  return (
    <Frame id={id} label={label} error={error} isErrorTranslated={isErrorTranslated} hint={hint}>
      <input
        id={id}
        name={id}
        lang={lang}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
      />
    </Frame>
  );
}

type TextAreaProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextAreaField({ id, label, error, isErrorTranslated: _, hint, lang, ...textarea }: TextAreaProps) {
  return (
    <Frame id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        name={id}
        lang={lang}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...textarea}
      />
    </Frame>
  );
}

type SelectProps = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { options: { value: string; label: string }[] };

export function SelectField({ id, label, error, isErrorTranslated: _, hint, options, ...select }: SelectProps) {
  return (
    <Frame id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/**
 * A submit button that stays focusable while its form is busy: a disabled button
 * drops the keyboard focus to the page's start. The form ignores a second submit.
 */
export function SubmitButton({ isBusy, children }: { isBusy: boolean; children: ReactNode }) {
  return (
    <button type="submit" aria-disabled={isBusy || undefined}>
      {children}
    </button>
  );
}
