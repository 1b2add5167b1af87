/**
 * The countries' names in the app's languages, as CLDR writes them: one table for the server
 * and every browser, whose own Intl data may name a country otherwise (Chromium writes
 * "Falkland Islands (Islas Malvinas)", Node "Falkland Islands") and so change a page the server rendered.
 */
import { COUNTRY_NAMES_EN } from './countryNames.en.js';
import { COUNTRY_NAMES_ID } from './countryNames.id.js';

// One file a language: each is a plain table, and a third language is one file more.
export const COUNTRY_NAMES = { en: COUNTRY_NAMES_EN, id: COUNTRY_NAMES_ID } as const;
