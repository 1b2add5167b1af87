import type { LocalizedText } from '../../shared/text.js';

// The values behind the forms' two-language fields (LocalizedFields), shared by every editor.

/** The languages the form edits; others an event may have are kept as they are. */
export interface TwoLanguages {
  en: string;
  id: string;
}

export interface TitledItem {
  /** React's key: items added in the form have no id yet. */
  key: string;
  id?: string;
  title: TwoLanguages;
}

let nextKey = 0;
export const newKey = () => `new-${++nextKey}`;

export const twoLanguages = (text: LocalizedText): TwoLanguages => ({ en: text.en ?? '', id: text.id ?? '' });

/** The edited languages over the original text; a language left blank is removed, not saved empty. */
export function localized(values: TwoLanguages, original: LocalizedText = {}): LocalizedText {
  const merged: LocalizedText = { ...original, en: values.en.trim(), id: values.id.trim() };
  return Object.fromEntries(Object.entries(merged).filter(([language, text]) => text || language === 'en'));
}
