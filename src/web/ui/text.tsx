import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/text.js';
import { pickText } from '../lib/contract.js';
import { useServerPage } from '../lib/serverPage.js';

/** Text the server wrote (its messages are English): marked so that screen readers pronounce it as English. */
export function ServerText({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? children : <span lang="en">{children}</span>;
}

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

/**
 * Each page names itself first in the tab and in the history: "ICDD 2021 · Pendopo".
 * Null leaves the title to a child (an error page); a parent's effect runs after its child's.
 */
export function useDocumentTitle(title: string | null) {
  const { t } = useTranslation();
  const site = t('site.name');
  const full = title ? `${title} · ${site}` : site;
  const serverPage = useServerPage();
  if (serverPage && title !== null) serverPage.title = full;
  useEffect(() => {
    if (title !== null) document.title = full;
  }, [title, full]);
}

/** Longer localized text (a description, a biography) as paragraphs, marked with the language it is in. */
export function LocalizedParagraphs({ text }: { text: LocalizedText }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const value = pickText(text, language);
  if (!value) return null;
  const used = pickedLanguage(text, language);
  return (
    <div className="description" lang={used === language ? undefined : used}>
      {value.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </div>
  );
}
