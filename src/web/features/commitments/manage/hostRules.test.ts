import { describe, expect, it } from 'vitest';
import { badRows, type CountryRow, FIRST_SORT, importErrorsFrom, sortCountries } from './hostRules.js';

const row = (country: string, counts: Partial<CountryRow> = {}): CountryRow => ({
  delegationId: `00000000-0000-4000-8000-0000000000${country.charCodeAt(0)}`,
  country,
  name: {},
  commitments: 1,
  reported: 0,
  late: 0,
  inactive: 0,
  awaitingReview: 0,
  reminded: [],
  ...counts,
});
const names = (rows: CountryRow[]) => rows.map((r) => r.country);
const nameOf = (r: CountryRow) => ({ FI: 'Finland', ID: 'Indonesia', JP: 'Japan', CL: 'Chile' })[r.country ?? ''] ?? '';

describe('the countries of the dashboard', () => {
  const rows = [row('ID'), row('FI', { late: 1 }), row('JP', { late: 1, inactive: 2 }), row('CL', { reported: 3 })];

  it('come late first, the more inactive first among the late, then by name', () => {
    expect(names(sortCountries(rows, FIRST_SORT, nameOf, 'en'))).toEqual(['JP', 'FI', 'CL', 'ID']);
  });

  it('sort by a column either way, ties by name from A to Z', () => {
    expect(names(sortCountries(rows, { column: 'reported', isDescending: true }, nameOf, 'en'))).toEqual([
      'CL',
      'JP',
      'FI',
      'ID',
    ]);
    expect(names(sortCountries(rows, { column: 'reported', isDescending: false }, nameOf, 'en'))).toEqual([
      'JP',
      'FI',
      'ID',
      'CL',
    ]);
    expect(names(sortCountries(rows, { column: 'country', isDescending: false }, nameOf, 'en'))).toEqual([
      'CL',
      'FI',
      'ID',
      'JP',
    ]);
    expect(names(sortCountries(rows, { column: 'country', isDescending: true }, nameOf, 'en'))).toEqual([
      'JP',
      'ID',
      'FI',
      'CL',
    ]);
  });
});

describe('a refused import', () => {
  it('names its rows back from the problem’s field paths', () => {
    const errors = importErrorsFrom([
      { field: 'csv.12.title_en', code: 'field.required', message: 'Fill this in.' },
      { field: 'reportsCsv.3.status', code: 'field.invalid', message: 'not a status' },
      { field: 'csv', message: 'no header' },
    ]);
    expect(errors).toEqual([
      { file: 'csv', row: 12, field: 'title_en', code: 'field.required', message: 'Fill this in.' },
      { file: 'reportsCsv', row: 3, field: 'status', code: 'field.invalid', message: 'not a status' },
      { file: 'csv', row: 0, field: 'csv', code: 'field.invalid', message: 'no header' },
    ]);
  });

  it('counts each bad row once, in either file, and not the file as a whole', () => {
    expect(
      badRows([
        { file: 'csv', row: 2 },
        { file: 'csv', row: 2 },
        { file: 'reportsCsv', row: 2 },
        { file: 'csv', row: 0 },
      ]),
    ).toBe(2);
  });
});
