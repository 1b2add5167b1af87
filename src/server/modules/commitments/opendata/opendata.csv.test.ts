import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadsheetCsv } from '../../../core/csv.js';
import { openDataCsv } from './opendata.csv.js';

describe('the open data’s CSV writer', () => {
  it('writes what core’s spreadsheetCsv writes, whatever the cells', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ' ', ',', ';', '"', "'", '\r', '\n', '=', '+', '-', '@', '\t', 'é') }),
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const header = ['id', 'title_en', 'a;b', 'say "x"'];
        expect(openDataCsv([header, ...rows])).toBe(spreadsheetCsv([header, ...rows]));
      }),
      { numRuns: 500 },
    );
  });
});
