import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, type FieldError, isApiError } from '../lib/api.js';
import { fieldErrorText, problemMessage, type Translator } from './problemText.js';
import { ServerText } from './text.js';

/** The reader's i18next as problemText's functions take it. */
export function useTranslator(): Translator {
  const { t, i18n } = useTranslation();
  return { language: i18n.language, exists: (key) => i18n.exists(key), t: (key, values) => t(key, values) };
}

/** The message for an error: ours for the codes we know, the server's detail otherwise. */
export function useProblemMessage() {
  const translator = useTranslator();
  return (error: ApiError) => problemMessage(translator, error.code, error.params);
}

/** How the form names its fields: a plain map, or a function for paths such as "rooms.0.name.en". */
export type FieldLabels = Record<string, string> | { get: (field: string) => string | undefined };

const labelOf = (labels: FieldLabels, field: string) =>
  (typeof labels.get === 'function' ? labels.get(field) : (labels as Record<string, string>)[field]) ?? field;

/** The field an error names: its input, or the first choice of a group (a fieldset). */
function focusField(id: string) {
  const element = document.getElementById(id);
  const target = element instanceof HTMLFieldSetElement ? element.querySelector('input') : element;
  target?.focus();
}

/**
 * An alert for a failed request, listing each field's error. The same errors are
 * shown beside their fields; the list is for those who meet the alert first.
 * Given `fieldIdOf`, each entry links to its field.
 */
export function ProblemAlert(props: {
  error: unknown;
  labels?: FieldLabels;
  isFocused?: boolean;
  fieldIdOf?: (field: string) => string;
}) {
  const { error, labels = {}, isFocused = false, fieldIdOf } = props;
  const { t } = useTranslation();
  const translator = useTranslator();
  const messageFor = useProblemMessage();
  const alert = useRef<HTMLDivElement>(null);
  // In a long form the reader may be far from the top: take them to the list of what to fix.
  useEffect(() => {
    if (error && isFocused) alert.current?.focus();
  }, [error, isFocused]);
  if (!error) return null;
  if (!isApiError(error)) {
    return (
      <div role="alert" className="alert alert-error">
        {t('problem.unknown')}
      </div>
    );
  }
  const own = messageFor(error);
  // The form's own complaints are translated already; the server's are, when their code is known.
  const textOf = (fieldError: FieldError) => {
    if (error.isTranslated) return fieldError.message;
    const { text, isTranslated } = fieldErrorText(translator, fieldError);
    return isTranslated ? text : <ServerText>{text}</ServerText>;
  };
  return (
    <div role="alert" className="alert alert-error" ref={alert} tabIndex={-1}>
      <p>{own ?? <ServerText>{error.message}</ServerText>}</p>
      {error.fieldErrors.length > 0 && (
        <ul>
          {error.fieldErrors.map((fieldError) => (
            <li key={`${fieldError.field}:${fieldError.message}`}>
              {fieldIdOf ? (
                <a
                  href={`#${fieldIdOf(fieldError.field)}`}
                  onClick={(event) => {
                    // The field itself takes the focus, not just the scroll position.
                    event.preventDefault();
                    focusField(fieldIdOf(fieldError.field));
                  }}
                >
                  {labelOf(labels, fieldError.field)}: {textOf(fieldError)}
                </a>
              ) : (
                <>
                  {labelOf(labels, fieldError.field)}: {textOf(fieldError)}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function StatusMessage({ children }: { children: string | null }) {
  return (
    <p role="status" className={children ? 'alert alert-success' : 'visually-hidden'}>
      {children}
    </p>
  );
}
