import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/text.js';
import { currentLanguage, LANGUAGE_NAMES, storedLanguage, storeLanguage, switchLanguage } from '../i18n/i18n.js';
import { LANGUAGES } from '../lib/contract.js';
import { useSaveLanguage, useSession } from '../lib/session.js';

/**
 * The reader's choice on this device, else the language of their account, once the page is
 * running (a page the server rendered arrives in the language the server knew of).
 */
export function useAccountLanguage() {
  const language = useSession().data?.account?.language;
  useEffect(() => {
    const wanted = storedLanguage() ?? language;
    if (wanted && wanted !== currentLanguage()) void switchLanguage(wanted);
  }, [language]);
}

export function LanguageSwitch() {
  const { t } = useTranslation();
  const saveLanguage = useSaveLanguage();
  const account = useSession().data?.account ?? null;

  const choose = (language: Language) => {
    storeLanguage(language);
    void switchLanguage(language);
    if (!account || account.language === language) return;
    saveLanguage(language);
  };

  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={currentLanguage() === language}
          onClick={() => choose(language)}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </fieldset>
  );
}
