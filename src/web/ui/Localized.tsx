import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/text.js';
import { pickText } from '../app/contract.js';

/** The language pickText actually used: the reader's, or English when the reader's is missing. */
export const pickedLanguage = (text: LocalizedText, language: string) => (text[language] ? language : 'en');

/** Localized text in the reader's language; an English fallback is marked as English for screen readers. */
export function Localized({ text }: { text: LocalizedText }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const used = pickedLanguage(text, language);
  const value = pickText(text, language);
  return used === language ? value : <span lang={used}>{value}</span>;
}
