import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countriesByName, countryName, isCountryCode } from './countries.js';

describe('the shared country list', () => {
  it('holds only codes the server takes, each once', () => {
    expect(COUNTRY_CODES.filter((code) => !isCountryCode(code))).toEqual([]);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
  });

  it('names a country in the reader’s language, in English for another, and falls back to the code', () => {
    expect(countryName('KR', 'id-ID')).toBe('Korea Selatan');
    expect(countryName('ID', 'en-GB')).toBe('Indonesia');
    expect(countryName('ID', 'not a locale!')).toBe('Indonesia');
    expect(countryName('ZZ', 'en')).toBe('ZZ');
  });

  it('names countries from its own table, whatever the runtime’s Intl data says', () => {
    // Chromium's data writes "Falkland Islands (Islas Malvinas)": a page the server rendered must not change in the browser.
    expect(countryName('FK', 'en')).toBe('Falkland Islands');
    expect(COUNTRY_CODES).toHaveLength(249);
  });

  it('sorts by the name in the reader’s language', () => {
    expect(countriesByName(['DE', 'AT'], 'id').map((c) => c.code)).toEqual(['AT', 'DE']);
  });
});
