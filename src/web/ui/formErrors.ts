import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldError, formError, isApiError } from '../app/api.js';

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
  // Kept as translation keys, so that a complaint follows the reader into the other language.
  const [ownErrors, setOwnErrors] = useState<FieldError[]>([]);
  const shown = ownErrors.length
    ? formError(ownErrors.map((e) => ({ field: e.field, message: t(e.message) })))
    : serverError;
  const errorFor: ErrorFor = (field) =>
    isApiError(shown) ? { error: shown.fieldError(field), isErrorTranslated: shown.isTranslated } : {};
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
