import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countriesByName, countryName, isCountryCode } from './countries.js';

describe('the shared country list', () => {
  it('holds only codes the server takes, each once', () => {
    expect(COUNTRY_CODES.filter((code) => !isCountryCode(code))).toEqual([]);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
  });

  it('names a country in the reader’s language, and falls back to the code', () => {
    expect(countryName('KR', 'id')).toBe('Korea Selatan');
    expect(countryName('ID', 'en')).toBe('Indonesia');
    expect(countryName('ID', 'not a locale!')).toBe('ID');
  });

  it('sorts by the name in the reader’s language', () => {
    expect(countriesByName(['DE', 'AT'], 'id').map((c) => c.code)).toEqual(['AT', 'DE']);
  });
});
