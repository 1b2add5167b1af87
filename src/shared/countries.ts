/**
 * The countries, for the server and the browser alike: the ISO 3166-1 alpha-2 codes in use
 * and their names in a language, from one table (countryNames.ts).
 */
import { COUNTRY_NAMES } from './countryNames.js';

const NAMES: Record<string, Record<string, string>> = COUNTRY_NAMES;

export const COUNTRY_CODES: readonly string[] = Object.keys(COUNTRY_NAMES.en);

/** An ISO 3166-1 alpha-2 code of a country the table names. */
export const isCountryCode = (code: string): boolean => Object.hasOwn(COUNTRY_NAMES.en, code);

/** A country's name in the locale's language ("Korea Selatan" for KR in id-ID), English otherwise; the code when none. */
export function countryName(code: string, locale: string): string {
  return NAMES[locale.slice(0, 2).toLowerCase()]?.[code] ?? NAMES.en?.[code] ?? code;
}

/** Codes with names, in the reader's alphabetical order. */
export function countriesByName(codes: readonly string[], locale: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
