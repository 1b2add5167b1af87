import { stringify } from 'csv-stringify/sync';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab, carriage return or line
 * feed) as a formula; OWASP's list. A leading ; or , does the same where the spreadsheet
 * splits cells on it (a locale with a decimal comma reads ";=cmd" as an empty cell and
 * "=cmd"). A leading apostrophe makes it text, which is what the person typed.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r\n;,]/.test(cell) ? `'${cell}` : cell;
}

/**
 * Rows as a spreadsheet opens them: UTF-8 with a byte order mark (else Excel reads Latin-1),
 * CRLF line ends, every cell but the header's safe from formulas. Quoted: a lone line feed
 * too (the records end in CRLF, and a spreadsheet must not split a cell), and a semicolon,
 * which a spreadsheet in a decimal-comma locale takes for the separator.
 */
export function spreadsheetCsv([header, ...rows]: (string | number)[][]): string {
  const cells = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? String(cell) : neutralizeFormula(cell))),
  );
  return stringify([header ?? [], ...cells], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n;]/ });
}
