import { CsvError, parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { Answers, Question, RegistrationForm } from '../../../../shared/registration.js';
import {
  IMPORT_COLUMNS,
  IMPORT_MAX_ROWS,
  type ImportIssue,
  type ImportRow,
  importRowSchema,
  REQUIRED_IMPORT_COLUMNS,
} from '../../../../shared/registrationList.js';
import { spreadsheetCsv } from '../../../core/csv.js';
import { fieldCodeOfIssue } from '../../../core/http/validationIssues.js';
import { checkAnswers, defaultCategory } from '../registration.service.js';
import type { ExportRow } from './list.repo.js';

// --- Export ------------------------------------------------------------------------------

const STANDARD_COLUMNS = [
  'id',
  'created_at',
  'status',
  'category',
  'name',
  'email',
  'country',
  'organization',
  'position',
  'sector',
  'attendance',
  'language',
  'panels',
  'consent_version',
  'consented_at',
  'decision_reason',
  'decided_at',
  'checked_in_at',
  'followed_online_at',
  'erased_at',
] as const;

function answerCell(value: Answers[string] | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** PostgreSQL's JSON writes times as `2030-02-01T10:00:00.123+00:00`; the file says them in UTC with a Z. */
const iso = (time: string | null) => (time ? new Date(time).toISOString() : '');

function standardCells(row: ExportRow): Record<(typeof STANDARD_COLUMNS)[number], string> {
  // An erased row keeps only what anonymous counts need.
  const isErased = row.erased_at !== null;
  const personal = (value: string | null) => (isErased ? '' : (value ?? ''));
  return {
    id: row.id,
    created_at: iso(row.created_at),
    status: row.status,
    category: row.category,
    name: personal(row.name),
    email: personal(row.email),
    country: row.country,
    organization: personal(row.organization),
    position: personal(row.position),
    sector: row.sector,
    attendance: row.attendance,
    language: row.language,
    panels: isErased ? '' : row.panels.join('; '),
    consent_version: row.consent_version,
    consented_at: iso(row.consented_at),
    decision_reason: personal(row.decision_reason),
    decided_at: iso(row.decided_at),
    checked_in_at: iso(row.checked_in_at),
    followed_online_at: iso(row.followed_online_at),
    erased_at: iso(row.erased_at),
  };
}

/**
 * The list as a spreadsheet opens it: UTF-8 with a byte order mark (else Excel
 * reads Latin-1), CRLF line ends, one column per standard field, then one per question.
 */
export function registrationsCsv(rows: ExportRow[], questions: Pick<Question, 'key'>[]): string {
  const questionKeys = questions.map((q) => q.key);
  const header = [...STANDARD_COLUMNS, ...questionKeys];
  const records: string[][] = [header];
  for (const row of rows) {
    const standard = standardCells(row);
    const answers = row.erased_at ? {} : row.answers;
    const cells = [
      ...STANDARD_COLUMNS.map((column) => standard[column]),
      ...questionKeys.map((k) => answerCell(answers[k])),
    ];
    records.push(cells);
  }
  return spreadsheetCsv(records);
}

// --- Import ------------------------------------------------------------------------------

/**
 * A zod issue of a row's cell: its column, the field code of the issue, and for a value not among
 * the choices (a sector, attendance, language) the choices, so the row says what to write.
 */
function cellIssue(issue: z.core.$ZodIssue): Omit<ImportIssue, 'row'> {
  const field = String(issue.path[0] ?? 'row');
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String).join(', ');
    return { field, code: 'field.one_of', params: { options }, message: `must be one of: ${options}` };
  }
  const code = fieldCodeOfIssue({ keyword: issue.code, message: issue.message, params: { ...issue } });
  return { field, code, message: issue.message };
}

export interface ParsedImport {
  /** Rows that passed every check of their own, with their row number (the header is row 1). */
  rows: { row: number; input: ImportRow & { answers: Answers } }[];
  /** Rows read, the header not counted. */
  count: number;
  issues: ImportIssue[];
}

/** Spreadsheets saved in a locale with a decimal comma separate cells with semicolons. */
const delimiterOf = (csv: string) => {
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
};

const TRUE_WORDS = new Set(['yes', 'true', '1', 'ya', 'x']);
const FALSE_WORDS = new Set(['no', 'false', '0', 'tidak', '']);

/** A question's cell as the form would have sent it; whether it is allowed is checkAnswers' to say. */
/** A cell that is not what its question's type reads: the code the reader sees, the words API users see. */
const BAD_CELLS = {
  checkbox: { code: 'field.yes_or_no', message: 'must be yes or no' },
  number: { code: 'field.a_number', message: 'must be a number' },
} as const;

function readAnswer(
  question: Question,
  cell: string,
): { value?: Answers[string]; bad?: (typeof BAD_CELLS)[keyof typeof BAD_CELLS] } {
  if (question.type === 'checkbox') {
    const word = cell.toLowerCase();
    if (TRUE_WORDS.has(word)) return { value: true };
    return FALSE_WORDS.has(word) ? { value: false } : { bad: BAD_CELLS.checkbox };
  }
  if (cell === '') return {};
  if (question.type === 'number') {
    // A spreadsheet in a decimal-comma locale writes 2,5.
    const number = Number(cell.replace(',', '.'));
    return Number.isFinite(number) ? { value: number } : { bad: BAD_CELLS.number };
  }
  if (question.type !== 'multiple') return { value: cell };
  return {
    value: cell
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

function readRecords(csv: string): { records: Record<string, string>[]; issue?: ImportIssue } {
  try {
    const records: Record<string, string>[] = parse(csv, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      delimiter: delimiterOf(csv),
      skip_empty_lines: true,
      // A short row is read as far as it goes; its missing cells are then named one by one.
      relax_column_count: true,
      trim: true,
    });
    return { records };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = (error as CsvError & { records?: number }).records;
    const issue = { row: (row ?? 0) + 2, field: 'csv', code: 'field.csv_unreadable', message: error.message } as const;
    return { records: [], issue };
  }
}

function checkHeader(columns: string[], questions: Question[]): ImportIssue[] {
  const known = new Set<string>([...IMPORT_COLUMNS, ...questions.map((q) => q.key)]);
  const issues: ImportIssue[] = [];
  for (const column of REQUIRED_IMPORT_COLUMNS) {
    if (!columns.includes(column))
      issues.push({ row: 1, field: column, code: 'field.column_missing', message: 'column is missing' });
  }
  for (const column of columns) {
    if (!known.has(column)) {
      const message = 'is neither a standard column nor a question key';
      issues.push({ row: 1, field: column, code: 'field.unknown_column', message });
    }
  }
  return issues;
}

/**
 * Reads an import file and checks every row by the public form's rules (the
 * shared schema), the event's categories and questions, and repeats within the
 * file. Duplicates against the database are the caller's: it needs a query.
 */
export function parseImport(csv: string, form: RegistrationForm): ParsedImport {
  const questions = form.questions;
  const { records, issue } = readRecords(csv);
  if (issue) return { rows: [], count: 0, issues: [issue] };
  if (records.length === 0) {
    return { rows: [], count: 0, issues: [{ row: 2, field: 'csv', code: 'field.no_rows', message: 'has no rows' }] };
  }
  if (records.length > IMPORT_MAX_ROWS) {
    const message = `has more than ${IMPORT_MAX_ROWS} rows`;
    const params = { limit: IMPORT_MAX_ROWS };
    return {
      rows: [],
      count: records.length,
      issues: [{ row: 1, field: 'csv', code: 'field.too_many_rows', params, message }],
    };
  }
  const headerIssues = checkHeader(Object.keys(records[0] ?? {}), questions);
  if (headerIssues.length) return { rows: [], count: records.length, issues: headerIssues };

  const categories = new Set(form.categories.map((c) => c.key));
  const firstRowOf = new Map<string, number>();
  const result: ParsedImport = { rows: [], count: records.length, issues: [] };
  records.forEach((record, index) => {
    const row = index + 2;
    const before = result.issues.length;
    const fields = Object.fromEntries(
      IMPORT_COLUMNS.filter((c) => record[c] !== undefined && record[c] !== '').map((c) => [c, record[c]]),
    );
    const parsed = importRowSchema.safeParse(fields);
    if (!parsed.success) {
      for (const problem of parsed.error.issues) result.issues.push({ row, ...cellIssue(problem) });
    }
    // The event's own categories are checked even when another cell of the row is bad: every problem at once.
    const category = record.category;
    const isCategoryNamed = result.issues.slice(before).some((i) => i.field === 'category');
    if (category && !categories.has(category) && !isCategoryNamed) {
      const options = [...categories].join(', ');
      result.issues.push({
        row,
        field: 'category',
        code: 'field.one_of',
        params: { options },
        message: `must be one of: ${options}`,
      });
    }
    const answers: Answers = {};
    for (const question of questions) {
      const { value, bad } = readAnswer(question, record[question.key] ?? '');
      if (bad) result.issues.push({ row, field: question.key, ...bad });
      else if (value !== undefined) answers[question.key] = value;
    }
    for (const error of checkAnswers(form, answers, category || defaultCategory(form))) {
      result.issues.push({ row, ...error, field: error.field.replace(/^answers\./, '') });
    }
    if (parsed.data) {
      const first = firstRowOf.get(parsed.data.email);
      if (first !== undefined) {
        const params = { row: first };
        result.issues.push({
          row,
          field: 'email',
          code: 'field.repeated_in_file',
          params,
          message: `is also in row ${first}`,
        });
      } else firstRowOf.set(parsed.data.email, row);
    }
    if (parsed.data && result.issues.length === before) result.rows.push({ row, input: { ...parsed.data, answers } });
  });
  return result;
}
