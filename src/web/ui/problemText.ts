import { FIELD_PROBLEMS } from '../../shared/problemFields.js';
import { PROBLEMS } from '../../shared/problems.js';
import type { Language } from '../../shared/text.js';

type Messages = Record<string, { en: string; id: string }>;
type Tree = { [key: string]: string | Tree };

/** `{ 'auth.link_used': ... }` as i18next's nested keys: `{ auth: { link_used: '...' } }`. */
function nest(messages: Messages, language: Language, into: Tree) {
  for (const [code, text] of Object.entries(messages)) {
    const parts = code.split('.');
    const last = parts.pop() as string;
    let node = into;
    for (const part of parts) {
      const next = node[part];
      node[part] = typeof next === 'object' ? next : {};
      node = node[part] as Tree;
    }
    node[last] = text[language];
  }
  return into;
}

/**
 * The app's translations with the messages of every problem and field code under
 * `problem.`: the one map of src/shared is their only source.
 */
export function withProblemMessages<T extends { problem: object }>(translation: T, language: Language): T {
  const problem = structuredClone(translation.problem) as Tree;
  nest(FIELD_PROBLEMS, language, nest(PROBLEMS, language, problem));
  return { ...translation, problem };
}

/** What the browser's i18next answers with: enough to look a key up. */
export interface Translator {
  language: string;
  exists: (key: string) => boolean;
  t: (key: string) => string;
}

/** The reader's message for a problem's code, or null for a code the app does not know (show the detail). */
export function problemMessage(i18n: Translator, code: string): string | null {
  const key = `problem.${code}`;
  return i18n.exists(key) ? i18n.t(key) : null;
}

/**
 * A field's error for the reader. English readers get the server's words, which name
 * the specifics ("is already booked at that time for ..."); others get the field code's
 * translation, or the server's words when the code is unknown.
 */
export function fieldErrorText(
  i18n: Translator,
  error: { code?: string; message: string },
): { text: string; isTranslated: boolean } {
  const key = `problem.${error.code}`;
  if (i18n.language === 'en' || !error.code?.startsWith('field.') || !i18n.exists(key)) {
    return { text: error.message, isTranslated: false };
  }
  return { text: i18n.t(key), isTranslated: true };
}
