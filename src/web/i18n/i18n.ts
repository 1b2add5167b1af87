import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, type Language } from '../../shared/constants.js';
import { LANGUAGE_COOKIE } from '../../shared/ssr.js';
import { LANGUAGES } from '../lib/contract.js';
import { rememberForServer } from '../lib/cookies.js';
import en from './en.json' with { type: 'json' };
import { withProblemMessages } from './problems.js';

const STORAGE_KEY = 'pendopo.language';

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', id: 'Bahasa Indonesia' };

/** Intl locales: British English writes dates day first and times on a 24-hour clock, as Indonesia does. */
export const INTL_LOCALES: Record<Language, string> = { en: 'en-GB', id: 'id-ID' };

export { isLanguage };

/** The reader's own choice on this device, if they made one. */
export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the reader's choice on this device, and tells the server, which renders the next page in it. */
export function storeLanguage(language: Language) {
  rememberForServer(LANGUAGE_COOKIE, language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be off (private windows); the cookie still carries the choice.
  }
}

function browserLanguage(): Language {
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('id')) ? 'id' : 'en';
}

let renderingLanguage: Language | null = null;

/**
 * Renders in a language on the server, where one process renders pages for readers of both:
 * a render is synchronous, so code outside components (currentLanguage) learns it here.
 */
export function renderInLanguage<T>(language: Language, render: () => T): T {
  renderingLanguage = language;
  try {
    return render();
  } finally {
    renderingLanguage = null;
  }
}

export function currentLanguage(): Language {
  if (renderingLanguage) return renderingLanguage;
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

/**
 * English is in every page's script; another language's messages are a file of their own, loaded
 * when first wanted: a reader downloads the messages of the language they read, not all of them.
 */
const OTHER_MESSAGES: Record<Exclude<Language, 'en'>, () => Promise<{ default: { problem: object } }>> = {
  id: () => import('./id.json', { with: { type: 'json' } }),
};

/** Makes a language's messages ready (at once for English, or once loaded). */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  const { default: messages } = await OTHER_MESSAGES[language]();
  i18next.addResourceBundle(language, 'translation', withProblemMessages(messages, language));
}

/** Shows the app in a language, its messages loaded first. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

/** The app's translations; every instance (the browser's, the server's) shares them. */
export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: withProblemMessages(en, 'en') } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}

/**
 * The browser's language: the one the server rendered the page in, else the reader's choice
 * on this device, else the browser's.
 */
export function initBrowserI18n(rendered: Language | null) {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return initI18n(rendered ?? storedLanguage() ?? browserLanguage());
}
