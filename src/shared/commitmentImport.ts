import { z } from 'zod';
import { problemParamsSchema } from './problem.js';
import { FIELD_PROBLEMS, type FieldCode } from './problemFields.js';
import { textSchema } from './text.js';

// The secretariat's CSV import of commitments and their reports: the files the open data export
// writes (commitments.csv and commitment-reports.csv), read back. The columns, their formats and the
// rules are in docs/commitments-open-data.md. The routes (secretariat, COMMITMENT_POLICY.import):
//   POST /api/events/:slug/commitments/imports  commitmentImportRequestSchema ->
//        200 commitmentImportCheckSchema (dry run) | 202 commitmentImportAcceptedSchema |
//        400 problem `commitments.import_invalid`, errors named by importErrorPath (nothing written)
//   GET  /api/events/:slug/commitments/imports/:importId -> 200 commitmentImportViewSchema |
//        404 `commitments.import_not_found`

/** Both files together: 8 Mi characters, some 10,000 commitments with their reports at usual lengths. */
export const COMMITMENT_IMPORT_MAX_CHARS = 8 * 1024 * 1024;
export const COMMITMENT_IMPORT_MAX_COMMITMENTS = 20_000;
export const COMMITMENT_IMPORT_MAX_REPORTS = 200_000;

/** The two files of a request, by their key in the body. */
export const COMMITMENT_IMPORT_FILES = ['csv', 'reportsCsv'] as const;
export type CommitmentImportFile = (typeof COMMITMENT_IMPORT_FILES)[number];

export const commitmentImportRequestSchema = z
  .strictObject({
    /** The commitments: commitments.csv as exported, or a spreadsheet with its columns. */
    csv: textSchema(COMMITMENT_IMPORT_MAX_CHARS, { min: 1 }),
    /** Their reports, if any: commitment-reports.csv, whose commitment_id names a row's id in `csv`. */
    reportsCsv: textSchema(COMMITMENT_IMPORT_MAX_CHARS).optional(),
    /** True: check every row and say what a real run would do; write nothing. */
    dryRun: z.boolean(),
  })
  .refine((r) => r.csv.length + (r.reportsCsv?.length ?? 0) <= COMMITMENT_IMPORT_MAX_CHARS, {
    message: `the two files together are longer than ${COMMITMENT_IMPORT_MAX_CHARS} characters`,
    path: ['reportsCsv'],
  });
export type CommitmentImportRequest = z.infer<typeof commitmentImportRequestSchema>;

const fieldCodes = Object.keys(FIELD_PROBLEMS) as [FieldCode, ...FieldCode[]];

/**
 * One thing wrong: the file, the row as a spreadsheet numbers it (the header is row 1; 0 is the
 * file or the import as a whole), the column (or `csv` for the file itself), a code of
 * FIELD_PROBLEMS the browser translates (with its params), and English words for API users.
 */
export const commitmentImportErrorSchema = z.object({
  file: z.enum(COMMITMENT_IMPORT_FILES),
  row: z.number().int().min(0),
  field: z.string(),
  code: z.enum(fieldCodes),
  params: problemParamsSchema.optional(),
  message: z.string(),
});
export type CommitmentImportError = z.infer<typeof commitmentImportErrorSchema>;

/**
 * A problem's `errors` name a field as one path: `csv.12.title_en`, `reportsCsv.3.status`. The
 * 400 `commitments.import_invalid` carries every error so; these two turn one into the other.
 */
export const importErrorPath = (e: Pick<CommitmentImportError, 'file' | 'row' | 'field'>) =>
  `${e.file}.${e.row}.${e.field}`;

export function parseImportErrorPath(path: string): Pick<CommitmentImportError, 'file' | 'row' | 'field'> | null {
  const match = /^(csv|reportsCsv)\.(\d+)\.(.+)$/.exec(path);
  if (!match) return null;
  return { file: match[1] as CommitmentImportFile, row: Number(match[2]), field: match[3] as string };
}

/** A dry run's answer (200): what a real run would write, and everything wrong (nothing is written while any is). */
export const commitmentImportCheckSchema = z.object({
  /** Data rows read in both files (headers not counted). */
  rows: z.number().int(),
  /** Commitments and reports a real run would create: the rows of each file. */
  commitments: z.number().int(),
  reports: z.number().int(),
  errors: z.array(commitmentImportErrorSchema),
});
export type CommitmentImportCheck = z.infer<typeof commitmentImportCheckSchema>;

/** A real run's answer (202): queued for a node's job; follow it at GET .../imports/:importId. */
export const commitmentImportAcceptedSchema = z.object({
  importId: z.uuid(),
  /** Records to write: commitments plus reports. `done` counts up to it. */
  total: z.number().int(),
});
export type CommitmentImportAccepted = z.infer<typeof commitmentImportAcceptedSchema>;

export const COMMITMENT_IMPORT_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type CommitmentImportState = (typeof COMMITMENT_IMPORT_STATES)[number];

/** An import as it goes: `done` of `total` records written; a failed one kept nothing (`done` 0) and says why in `errors`. */
export const commitmentImportViewSchema = z.object({
  id: z.uuid(),
  state: z.enum(COMMITMENT_IMPORT_STATES),
  total: z.number().int(),
  done: z.number().int(),
  errors: z.array(commitmentImportErrorSchema),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type CommitmentImportView = z.infer<typeof commitmentImportViewSchema>;
