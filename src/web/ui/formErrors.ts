import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldError, formError, isApiError } from '../lib/api.js';
import { useTranslator } from './ProblemAlert.js';
import { fieldErrorText } from './problemText.js';

/** Only what a person can fix at once; the server checks the rest. */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** What a field shows of the errors: spread into TextField, SelectField and the like. */
export interface FieldErrorProps {
  error?: string;
  isErrorTranslated?: boolean;
}

export type ErrorFor = (field: string) => FieldErrorProps;

/**
 * The form's own complaints (checked before sending) or else the server's answer:
 * the one to show, beside the fields and in the alert.
 */
export function useFormErrors(serverError: unknown) {
  const { t } = useTranslation();
  const translator = useTranslator();
  // Kept as translation keys, so that a complaint follows the reader into the other language.
  const [ownErrors, setOwnErrors] = useState<FieldError[]>([]);
  // One error object per complaint, not per render: the alert moves the focus each time its error changes.
  const own = useMemo(
    () => (ownErrors.length ? formError(ownErrors.map((e) => ({ field: e.field, message: t(e.message) }))) : null),
    [ownErrors, t],
  );
  const shown = own ?? serverError;
  const errorFor: ErrorFor = (field) => {
    if (!isApiError(shown)) return {};
    const found = shown.fieldErrors.find((error) => error.field === field);
    if (!found || shown.isTranslated) return { error: found?.message, isErrorTranslated: shown.isTranslated };
    // The server's words, or the translation of their code for a reader of another language.
    const { text, isTranslated } = fieldErrorText(translator, found);
    return { error: text, isErrorTranslated: isTranslated };
  };
  return {
    shown,
    errorFor,
    /** Records the form's own complaints (messages are translation keys); true when there are none. */
    check(errors: (FieldError | null)[]) {
      const found = errors.filter((e): e is FieldError => e !== null);
      setOwnErrors(found);
      return found.length === 0;
    },
  };
}
