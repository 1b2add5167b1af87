import type { Language } from '../../shared/constants.js';
import { type ProblemParams, paramsIn } from '../../shared/problemParams.js';

/** What the browser's i18next answers with: enough to look a key up and fill in its `{{...}}`. */
export interface Translator {
  language: string;
  exists: (key: string) => boolean;
  t: (key: string, values?: Record<string, string | number>) => string;
}

const valuesFor = (i18n: Translator, params?: ProblemParams) =>
  paramsIn((i18n.language === 'id' ? 'id' : 'en') satisfies Language, params);

/**
 * The reader's message for a problem's code, its specifics (a wait, a limit) put in the reader's
 * words, or null for a code the app does not know (show the detail).
 */
export function problemMessage(i18n: Translator, code: string, params?: ProblemParams): string | null {
  const key = `problem.${code}`;
  return i18n.exists(key) ? i18n.t(key, valuesFor(i18n, params)) : null;
}

/**
 * A field's error for the reader. English readers get the server's words, which name
 * the specifics ("is already booked at that time for ..."); others get the field code's
 * translation with its params, or the server's words when the code is unknown.
 */
export function fieldErrorText(
  i18n: Translator,
  error: { code?: string; params?: ProblemParams; message: string },
): { text: string; isTranslated: boolean } {
  const key = `problem.${error.code}`;
  if (i18n.language === 'en' || !error.code?.startsWith('field.') || !i18n.exists(key)) {
    return { text: error.message, isTranslated: false };
  }
  return { text: i18n.t(key, valuesFor(i18n, error.params)), isTranslated: true };
}
