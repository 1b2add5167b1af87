import { CsvError, parse } from 'csv-parse/sync';
import type { CommitmentImportError, CommitmentImportFile } from '../../../../shared/commitmentImport.js';
import { languageTagSchema } from '../../../../shared/text.js';
import { commitmentColumns, reportColumns } from '../opendata/opendata.columns.js';

// Reading the import's two files into rows of cells, with the header checked: which columns are
// missing, which are no column of the file. What the cells say is import.check.ts's.

/** A data row: its number as a spreadsheet shows it (the header is row 1) and its cells by column. */
export interface CsvRow {
  row: number;
  cells: Record<string, string>;
}

export interface CsvFile {
  file: CommitmentImportFile;
  rows: CsvRow[];
  columns: string[];
  /** Per-language columns present: the language tags of `title_xx`, `narrative_xx`... */
  languages: string[];
}

/** Spreadsheets saved in a locale with a decimal comma separate cells with semicolons. */
const delimiterOf = (csv: string) => {
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
};

interface FileRules {
  file: CommitmentImportFile;
  /** The columns the export writes, the language ones left out. */
  base: string[];
  /** Prefixes of the per-language columns (`title` for `title_en`). */
  localized: string[];
  required: string[];
  maxRows: number;
}

const COMMITMENT_LOCALIZED = ['title', 'description', 'delegation_name'];
const REPORT_LOCALIZED = ['narrative'];

export const commitmentRules = (maxRows: number, hasReports: boolean): FileRules => ({
  file: 'csv',
  // The export's own columns (with no language, none of the per-language ones).
  base: commitmentColumns([]).map((c) => c.name),
  localized: COMMITMENT_LOCALIZED,
  required: [
    ...(hasReports ? ['id'] : []),
    'country',
    'focus_area',
    'title_en',
    'description_en',
    'type',
    'priority',
    'starts_on',
    'lead',
    'began_before',
    'deliverables',
  ],
  maxRows,
});

export const reportRules = (maxRows: number): FileRules => ({
  file: 'reportsCsv',
  base: reportColumns([]).map((c) => c.name),
  localized: REPORT_LOCALIZED,
  required: ['commitment_id', 'status', 'deliverable_progress', 'narrative_en'],
  maxRows,
});

function headerErrors(columns: string[], rules: FileRules): { errors: CommitmentImportError[]; languages: string[] } {
  const errors: CommitmentImportError[] = [];
  const languages = new Set<string>();
  const at = (field: string, code: CommitmentImportError['code'], message: string) =>
    errors.push({ file: rules.file, row: 1, field, code, message });
  for (const column of rules.required) if (!columns.includes(column)) at(column, 'field.required', 'column is missing');
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) at(column, 'field.duplicate', 'column is named twice');
    seen.add(column);
    if (rules.base.includes(column)) continue;
    const prefix = rules.localized.find((p) => column.startsWith(`${p}_`));
    const tag = prefix ? column.slice(prefix.length + 1) : '';
    // Column names are lower case; a region ("pt_br") is written in the tag's own case: pt-BR.
    const language = tag.replace(/-([a-z]{2})$/, (_m, region: string) => `-${region.toUpperCase()}`);
    if (prefix && languageTagSchema.safeParse(language).success) {
      if (prefix !== 'delegation_name') languages.add(language);
    } else at(column, 'field.unknown_key', 'is no column of this file (see docs/commitments-open-data.md)');
  }
  return { errors, languages: [...languages] };
}

/** One file read: its rows and the errors of the file as a whole (unreadable, no rows, too many, its header). */
export function readCsv(csv: string, rules: FileRules): { file: CsvFile; errors: CommitmentImportError[] } {
  const empty = { file: rules.file, rows: [], columns: [], languages: [] };
  const whole = (
    message: string,
    code: CommitmentImportError['code'] = 'field.invalid',
    row = 0,
    params?: CommitmentImportError['params'],
  ) => ({
    file: empty,
    errors: [{ file: rules.file, row, field: 'csv', code, message, ...(params ? { params } : {}) }],
  });
  let records: string[][];
  try {
    records = parse(csv, {
      bom: true,
      delimiter: delimiterOf(csv),
      skip_empty_lines: true,
      // A short row is read as far as it goes; its missing cells are then named one by one.
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    return whole(`is not readable as CSV: ${error.message}`, 'field.csv_unreadable', line ?? 0);
  }
  const [header, ...data] = records;
  if (!header) return whole('is empty', 'field.required');
  const columns = header.map((h) => h.trim().toLowerCase());
  if (data.length === 0) return whole('has no rows under its header', 'field.no_rows', 2);
  if (data.length > rules.maxRows)
    return whole(`has more than ${rules.maxRows} rows`, 'field.too_many_rows', 0, { limit: rules.maxRows });
  const { errors, languages } = headerErrors(columns, rules);
  // More cells than columns: most often a comma in a cell that was not quoted, which shifts the rest.
  data.forEach((cells, index) => {
    if (cells.slice(columns.length).some((cell) => cell !== ''))
      errors.push({
        file: rules.file,
        row: index + 2,
        field: 'csv',
        code: 'field.cell_count',
        params: { cells: cells.length, columns: columns.length },
        message: `has ${cells.length} cells for ${columns.length} columns (a comma in a cell that is not quoted?)`,
      });
  });
  const rows = data.map((cells, index) => ({
    row: index + 2,
    cells: Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ''])),
  }));
  return { file: { file: rules.file, rows, columns, languages }, errors };
}
