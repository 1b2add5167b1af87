import type { z } from 'zod';
import {
  COMMITMENT_IMPORT_MAX_COMMITMENTS,
  COMMITMENT_IMPORT_MAX_REPORTS,
  type CommitmentImportError,
  type CommitmentImportFile,
} from '../../../../shared/commitmentImport.js';
import {
  type CommitmentInput,
  commitmentInputSchema,
  type ReportStatus,
  reportInputSchema,
} from '../../../../shared/commitments.js';
import type { FieldCode } from '../../../../shared/problemFields.js';
import { instantSchema } from '../../../../shared/text.js';
import { fieldCodeOfIssue } from '../../../core/http/validationIssues.js';
import { readBoolean, readJson, readLinks, readList, readText } from '../opendata/opendata.cells.js';
import { type CsvFile, type CsvRow, commitmentRules, readCsv, reportRules } from './import.parse.js';

// The whole import checked before anything is written: every row and cell by the API's own rules
// (the shared schemas), against the event (its delegations by country, the adopted text's focus
// areas and paragraphs by number), and across the files (each report's commitment). The plan that
// comes out is what the job writes.

export interface ImportContext {
  /** The adopted text's sections in order (focus area n is areas[n - 1]), their paragraphs by printed number. */
  areas: { focusAreaId: string; paragraphs: Map<string, string> }[];
  /** Country (ISO 3166-1 alpha-2) -> the event's delegation. */
  delegations: Map<string, string>;
  /** The ids a row's `id` may not be: the event's commitments' own, and the file ids they were imported by. */
  existingRefs: Set<string>;
}

export interface PlannedReport {
  row: number;
  status: ReportStatus;
  /** Percent per deliverable, in the commitment's order of deliverables. */
  progress: number[];
  narrative: Record<string, string>;
  evidence: string[];
  /** Null: the time of the import. */
  submittedAt: Date | null;
}

export interface PlannedCommitment {
  row: number;
  /** The row's `id` in the file (null where blank), kept with the commitment. */
  ref: string | null;
  delegationId: string;
  input: CommitmentInput;
  weight: number;
  registeredAt: Date | null;
  publishedAt: Date | null;
  completionConfirmedAt: Date | null;
  /** Oldest first. */
  reports: PlannedReport[];
}

export interface ImportPlan {
  rows: number;
  commitments: PlannedCommitment[];
  reports: number;
  errors: CommitmentImportError[];
}

// A stand-in where a cell that names something of the event is wrong (named once, by its own error).
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

class Errors {
  readonly list: CommitmentImportError[] = [];
  add(file: CommitmentImportFile, row: number, field: string, code: FieldCode, message: string) {
    this.list.push({ file, row, field, code, message });
  }
}

/** The column of an issue of the shared schemas: `title.id` is title_id, `deliverables.1.dueOn` is deliverables. */
function columnOf(path: readonly PropertyKey[]): string {
  const [head, next] = path.map(String);
  if (head === 'title' || head === 'description' || head === 'narrative') return `${head}_${next ?? 'en'}`;
  if (head === 'focusAreaId') return 'focus_area';
  if (head === 'paragraphIds') return 'paragraphs';
  return (head ?? 'row').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function addIssues(errors: Errors, file: CommitmentImportFile, row: number, issues: z.core.$ZodIssue[]) {
  for (const issue of issues) {
    const detail = issue.path.length > 1 ? `${issue.path.join('.')}: ` : '';
    const code = fieldCodeOfIssue({ keyword: issue.code, message: issue.message, params: { ...issue } });
    errors.add(file, row, columnOf(issue.path), code, `${detail}${issue.message}`);
  }
}

const localizedOf = (cells: Record<string, string>, prefix: string, languages: string[]) =>
  Object.fromEntries(
    languages.flatMap((l) => {
      const text = readText(cells[`${prefix}_${l.toLowerCase()}`] ?? '');
      return text ? [[l, text]] : [];
    }),
  );

const nullable = (cell: string | undefined) => (cell === undefined || cell === '' ? null : readText(cell));

/** An instant, or null where blank; an error named where it is no instant. */
function readInstant(errors: Errors, file: CommitmentImportFile, { row, cells }: CsvRow, column: string) {
  const cell = cells[column] ?? '';
  if (cell === '') return null;
  if (instantSchema.safeParse(cell).success) return new Date(cell);
  errors.add(file, row, column, 'field.invalid_format', 'is no time in ISO 8601 with an offset (2024-01-31T09:00:00Z)');
  return null;
}

function readDeliverables(cell: string) {
  const { value, message } = readJson(cell);
  if (message || !Array.isArray(value)) return { value: [], message: message ?? 'is not a JSON array' };
  const known = new Set(['title', 'due_on', 'weight']);
  for (const [i, item] of value.entries()) {
    const stray = item && typeof item === 'object' ? Object.keys(item).find((k) => !known.has(k)) : 'item';
    if (stray) return { value: [], message: `deliverable ${i + 1}: ${stray} is not title, due_on or weight` };
  }
  return {
    value: (value as Record<string, unknown>[]).map((d) => ({ title: d.title, dueOn: d.due_on, weight: d.weight })),
  };
}

function checkCommitment(errors: Errors, file: CsvFile, csvRow: CsvRow, ref: string, context: ImportContext) {
  const { row, cells } = csvRow;
  const at = (field: string, code: FieldCode, message: string) => errors.add('csv', row, field, code, message);
  const country = (cells.country ?? '').toUpperCase();
  const delegationId = context.delegations.get(country);
  if (!delegationId)
    at('country', 'field.not_found', `${country || 'an empty cell'}: the event has no delegation of it`);
  const number = Number(cells.focus_area);
  const area = Number.isInteger(number) ? context.areas[number - 1] : undefined;
  if (!area) at('focus_area', 'field.not_found', `must be a focus area's number, 1 to ${context.areas.length}`);
  const paragraphs = readList(cells.paragraphs ?? '');
  const stray = area ? paragraphs.find((n) => !area.paragraphs.has(n)) : undefined;
  if (stray) at('paragraphs', 'field.not_found', `${stray} is no paragraph of that focus area`);
  const beganBefore = readBoolean(cells.began_before ?? '');
  if (beganBefore === undefined) at('began_before', 'field.invalid', 'must be true or false');
  const deliverables = readDeliverables(cells.deliverables ?? '');
  if (deliverables.message) at('deliverables', 'field.invalid_format', deliverables.message);
  const weightCell = cells.weight ?? '';
  const weight = weightCell === '' ? 1 : Number(weightCell);
  if (!Number.isInteger(weight) || weight < 1 || weight > 100) at('weight', 'field.invalid', 'must be 1 to 100');
  const candidate = {
    focusAreaId: area?.focusAreaId ?? PLACEHOLDER_ID,
    paragraphIds: area && !stray ? paragraphs.map((n) => area.paragraphs.get(n) as string) : [],
    title: localizedOf(cells, 'title', file.languages),
    description: localizedOf(cells, 'description', file.languages),
    type: cells.type,
    priority: cells.priority,
    startsOn: cells.starts_on,
    endsOn: nullable(cells.ends_on),
    partnerCountries: readList(cells.partner_countries ?? '').map((c) => c.toUpperCase()),
    partnerOrganisations: readList(cells.partner_organisations ?? ''),
    lead: readText(cells.lead ?? ''),
    baseline: nullable(cells.baseline),
    target: nullable(cells.target),
    beganBefore: beganBefore ?? false,
    // A bad cell is named above: the schema is not to name it again.
    deliverables: deliverables.message ? [{ title: { en: '-' }, dueOn: '2000-01-01', weight: 1 }] : deliverables.value,
  };
  const parsed = commitmentInputSchema.safeParse(candidate);
  if (!parsed.success) addIssues(errors, 'csv', row, parsed.error.issues);
  const times = {
    registeredAt: readInstant(errors, 'csv', csvRow, 'registered_at'),
    publishedAt: readInstant(errors, 'csv', csvRow, 'published_at'),
    completionConfirmedAt: readInstant(errors, 'csv', csvRow, 'completion_confirmed_at'),
  };
  if (!parsed.success || !delegationId) return null;
  return { row, ref: ref || null, delegationId, input: parsed.data, weight, ...times, reports: [] as PlannedReport[] };
}

/** `commitment` undefined with `isRefKnown`: its row is wrong (and named); the report is checked on its own. */
function checkReport(
  errors: Errors,
  file: CsvFile,
  csvRow: CsvRow,
  commitment: PlannedCommitment | undefined,
  isRefKnown: boolean,
) {
  const { row, cells } = csvRow;
  const at = (field: string, code: FieldCode, message: string) => errors.add('reportsCsv', row, field, code, message);
  if (!isRefKnown) at('commitment_id', 'field.not_found', 'names no row of the commitments file (its id column)');
  const { value, message } = readJson(cells.deliverable_progress ?? '');
  const progress = Array.isArray(value) ? (value as unknown[]) : [];
  if (message || !Array.isArray(value))
    at('deliverable_progress', 'field.invalid_format', message ?? 'is no JSON array');
  else if (!progress.every((p) => Number.isInteger(p) && (p as number) >= 0 && (p as number) <= 100))
    at('deliverable_progress', 'field.invalid', 'each percent is a whole number from 0 to 100');
  else if (commitment && progress.length !== commitment.input.deliverables.length)
    at(
      'deliverable_progress',
      'field.incomplete',
      `gives ${progress.length} percents for ${commitment.input.deliverables.length} deliverables`,
    );
  const parsed = reportInputSchema.omit({ progress: true }).safeParse({
    status: cells.status,
    narrative: localizedOf(cells, 'narrative', file.languages),
    evidence: readLinks(cells.evidence ?? ''),
  });
  if (!parsed.success) addIssues(errors, 'reportsCsv', row, parsed.error.issues);
  const submittedAt = readInstant(errors, 'reportsCsv', csvRow, 'submitted_at');
  if (!parsed.success) return null;
  return { row, ...parsed.data, progress: progress as number[], submittedAt };
}

/** Checks both files whole; the plan holds every row only when there is no error at all. */
export function checkImport(files: { csv: string; reportsCsv?: string }, context: ImportContext): ImportPlan {
  const errors = new Errors();
  const hasReports = (files.reportsCsv ?? '').trim() !== '';
  const read = readCsv(files.csv, commitmentRules(COMMITMENT_IMPORT_MAX_COMMITMENTS, hasReports));
  errors.list.push(...read.errors);
  const reportsRead = hasReports
    ? readCsv(files.reportsCsv as string, reportRules(COMMITMENT_IMPORT_MAX_REPORTS))
    : null;
  if (reportsRead) errors.list.push(...reportsRead.errors);
  const rows = read.file.rows.length + (reportsRead?.file.rows.length ?? 0);
  // A file that is not what it should be (unreadable, a column missing or unknown): its rows are not read.
  if (errors.list.length > 0) return { rows, commitments: [], reports: 0, errors: errors.list };

  const byRef = new Map<string, PlannedCommitment>();
  const firstRowOf = new Map<string, number>();
  const planned: (PlannedCommitment | null)[] = [];
  for (const csvRow of read.file.rows) {
    const ref = (csvRow.cells.id ?? '').trim();
    const first = ref ? firstRowOf.get(ref) : undefined;
    if (first !== undefined) errors.add('csv', csvRow.row, 'id', 'field.duplicate', `is also the id of row ${first}`);
    else if (ref) firstRowOf.set(ref, csvRow.row);
    if (first === undefined && ref && context.existingRefs.has(ref))
      errors.add(
        'csv',
        csvRow.row,
        'id',
        'field.already_present',
        'is in the event already (imported before, or exported from it): remove the row',
      );
    const commitment = checkCommitment(errors, read.file, csvRow, ref, context);
    planned.push(commitment);
    if (commitment && ref && first === undefined) byRef.set(ref, commitment);
  }
  let reports = 0;
  for (const csvRow of reportsRead?.file.rows ?? []) {
    const ref = (csvRow.cells.commitment_id ?? '').trim();
    const commitment = byRef.get(ref);
    const report = checkReport(errors, reportsRead?.file as CsvFile, csvRow, commitment, firstRowOf.has(ref));
    if (report && commitment) commitment.reports.push(report);
    reports++;
  }
  for (const commitment of planned) if (commitment) checkCompletion(errors, commitment);
  const commitments = planned.filter((c): c is PlannedCommitment => c !== null);
  errors.list.sort((a, b) => (a.file === b.file ? a.row - b.row : a.file === 'csv' ? -1 : 1));
  return { rows, commitments: errors.list.length ? [] : commitments, reports, errors: errors.list };
}

/** Reports oldest first; a confirmed completion needs the last of them to say completed, as confirmCompletion does. */
function checkCompletion(errors: Errors, commitment: PlannedCommitment) {
  const time = (r: PlannedReport) => r.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  commitment.reports.sort((a, b) => time(a) - time(b) || a.row - b.row);
  if (commitment.completionConfirmedAt && commitment.reports.at(-1)?.status !== 'completed')
    errors.add(
      'csv',
      commitment.row,
      'completion_confirmed_at',
      'field.wrong_state',
      'the last report of it does not say completed',
    );
}
