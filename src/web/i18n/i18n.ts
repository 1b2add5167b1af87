import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/text.js';
import { LANGUAGES } from '../lib/contract.js';
import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import { withProblemMessages } from './problems.js';

const STORAGE_KEY = 'pendopo.language';

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', id: 'Bahasa Indonesia' };

/** Intl locales: British English writes dates day first and times on a 24-hour clock, as Indonesia does. */
export const INTL_LOCALES: Record<Language, string> = { en: 'en-GB', id: 'id-ID' };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The reader's own choice on this device, if they made one. */
export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be off (private windows); the choice then lasts for this page only.
  }
}

function browserLanguage(): Language {
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('id')) ? 'id' : 'en';
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

export function initI18n() {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18next.use(initReactI18next).init({
    resources: {
      en: { translation: withProblemMessages(en, 'en') },
      id: { translation: withProblemMessages(id, 'id') },
    },
    lng: storedLanguage() ?? browserLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
