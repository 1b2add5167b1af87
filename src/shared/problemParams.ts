import type { Language } from './constants.js';

/**
 * The specifics a message names (a row, a limit, a wait), as data: the browser puts them into
 * the reader's language (`{{row}}` in a text of the maps), never by reading the English words.
 * Without zod, so the browser's first bundle can take it.
 */
export type ProblemParams = Record<string, string | number>;

const MEGABYTE = 1024 * 1024;

/**
 * The values a text's `{{...}}` take, in a language: `retryAfterSeconds` becomes `wait` ("in 2
 * minutes", "dalam 2 menit"), `limitBytes` becomes `limit` ("256 kB", "5 MB"); the rest go as they are.
 */
export function paramsIn(language: Language, params: ProblemParams = {}): Record<string, string | number> {
  const values: Record<string, string | number> = { ...params };
  const { retryAfterSeconds: seconds, limitBytes: bytes } = params;
  if (typeof seconds === 'number') {
    const relative = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
    values.wait =
      seconds < 60 ? relative.format(seconds, 'second') : relative.format(Math.ceil(seconds / 60), 'minute');
  }
  if (typeof bytes === 'number') {
    const unit = bytes < MEGABYTE ? 'kilobyte' : 'megabyte';
    const size = new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 });
    values.limit = size.format(bytes / (unit === 'kilobyte' ? 1024 : MEGABYTE));
  }
  return values;
}

/** A text of the maps with its `{{name}}` filled in, as i18next fills them in the browser. */
export const fillParams = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The `{{name}}` a text takes. */
export const placeholdersOf = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string).sort();
