import { neutralizeFormula } from '../../../core/csv.js';

// The open data's CSV writer: the same bytes as core's spreadsheetCsv (a byte order mark, CRLF,
// formulas disarmed by its neutralizeFormula, a cell quoted when it holds a comma, a quote, a line
// end or a semicolon), written directly: csv-stringify takes over a second for 10,000 commitments,
// this a few tens of milliseconds. opendata.csv.test.ts holds the two to the same output.

const NEEDS_QUOTES = /[",\r\n;]/;

const quoted = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const cellOf = (value: string | number) =>
  typeof value === 'number' ? String(value) : quoted(neutralizeFormula(value));

/** A header (left as it is) and rows, as a spreadsheet opens them. */
export function openDataCsv([header, ...rows]: (string | number)[][]): string {
  const lines = [(header ?? []).map((h) => quoted(String(h))).join(',')];
  for (const row of rows) lines.push(row.map(cellOf).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
