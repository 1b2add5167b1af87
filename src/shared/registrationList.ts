import { z } from 'zod';
import { ATTENDED_KINDS } from './constants.js';
import { endorsementSchema } from './delegations.js';
import { listOf, pageOf } from './envelopes.js';
import { problemParamsSchema } from './problem.js';
import { FIELD_PROBLEMS, type FieldCode } from './problemFields.js';
import {
  ATTENDANCES,
  countrySchema,
  keySchema,
  REGISTRATION_STATUSES,
  registrationInputSchema,
  registrationUpdateSchema,
  registrationViewSchema,
  SECTORS,
} from './registration.js';
import { textSchema } from './text.js';

// --- The organizer's list: filters, sort and page --------------------------------------

export const LIST_SORTS = ['created', 'name', 'country', 'status'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/**
 * A filter that takes several values, either repeated (`status=a&status=b`) or
 * comma-separated (`status=a,b`, what the browser's address bar keeps short).
 */
const several = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess(
    (value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
        .filter((v) => v !== ''),
    z.array(item).max(50),
  );

/** What GET /registrations and GET /registrations.csv take: the same filters for the page and the file. */
export const listFilterSchema = z.strictObject({
  q: textSchema(200, { isTrimmed: true }).optional(),
  status: several(z.enum(REGISTRATION_STATUSES)).optional(),
  country: several(countrySchema).optional(),
  sector: several(z.enum(SECTORS)).optional(),
  category: several(keySchema).optional(),
  attendance: several(z.enum(ATTENDANCES)).optional(),
  attended: several(z.enum(ATTENDED_KINDS)).optional(),
});
export type ListFilter = z.infer<typeof listFilterSchema>;

export const listQuerySchema = listFilterSchema.extend({
  sort: z.enum(LIST_SORTS).default('created'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/** A row of the list: the registrant's view, and whether they erased their data (then every personal field is blank). */
export const registrationListItemSchema = registrationViewSchema.extend({
  isErased: z.boolean(),
  /** The delegation that endorsed this delegate, if one did. */
  endorsedBy: endorsementSchema.nullable(),
  /** The staff's private note (never in the registrant's own view). */
  staffNote: z.string().nullable(),
});
export type RegistrationListItem = z.infer<typeof registrationListItemSchema>;

export const registrationPageSchema = pageOf(registrationListItemSchema);
export type RegistrationPage = z.infer<typeof registrationPageSchema>;

// --- CSV import of invited people -------------------------------------------------------

/** The standard columns of an import file; any other column must be a question's key. */
export const IMPORT_COLUMNS = [
  'name',
  'email',
  'country',
  'organization',
  'position',
  'sector',
  'attendance',
  'category',
  'language',
] as const;
export const REQUIRED_IMPORT_COLUMNS = ['name', 'email', 'country', 'organization', 'sector', 'attendance'] as const;

/** One row of an import: the public form's rules, without the consent invited people are not asked for. */
export const importRowSchema = registrationInputSchema.pick({
  name: true,
  email: true,
  country: true,
  organization: true,
  position: true,
  sector: true,
  attendance: true,
  category: true,
  language: true,
});
export type ImportRow = z.infer<typeof importRowSchema>;

/** 5 MiB of CSV, the route's body limit too; about 40,000 rows of usual length. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;

export const importRequestSchema = z.strictObject({
  csv: textSchema(IMPORT_MAX_BYTES, { min: 1 }),
  dryRun: z.boolean(),
});

/**
 * A bad cell: the row as a spreadsheet numbers it (the header is row 1), the column, a code of
 * FIELD_PROBLEMS with its params (the browser says it in the reader's language) and English words.
 */
export const importIssueSchema = z.object({
  row: z.number().int(),
  field: z.string(),
  code: z.enum(Object.keys(FIELD_PROBLEMS) as [FieldCode, ...FieldCode[]]),
  params: problemParamsSchema.optional(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  /** Rows read, the header not counted. */
  rows: z.number().int(),
  /** Rows imported: 0 on a dry run. */
  imported: z.number().int(),
  issues: z.array(importIssueSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

// --- Figures -----------------------------------------------------------------------------

export const countSchema = z.object({ key: z.string(), count: z.number().int() });
export type Count = z.infer<typeof countSchema>;

export const figuresSchema = z.object({
  total: z.number().int(),
  timeZone: z.string(),
  byCountry: z.array(countSchema),
  bySector: z.array(countSchema),
  byCategory: z.array(countSchema),
  byAttendance: z.array(countSchema),
  byStatus: z.array(countSchema),
  /** Registrations per calendar day in the event's time zone, `key` as YYYY-MM-DD, oldest first. */
  byDay: z.array(countSchema),
});
export type Figures = z.infer<typeof figuresSchema>;

// --- The staff's actions on one registration (the detail panel) -------------------------

/** The private note: the staff's, never the registrant's; empty clears it. */
export const staffNoteSchema = z.strictObject({ note: textSchema(2000, { isTrimmed: true }) });
export type StaffNoteInput = z.infer<typeof staffNoteSchema>;

/** What the staff may correct of a registration (the registrant's own choices, like attendance, stay theirs). */
export const staffEditSchema = registrationUpdateSchema.pick({
  name: true,
  organization: true,
  position: true,
  country: true,
  sector: true,
});
export type StaffEdit = z.infer<typeof staffEditSchema>;

/** A new personal link went to the registrant's address: the staff never see it. */
export const linkResentSchema = z.object({ mailedTo: z.string() });

/** One audit entry of a registration: who did what, when; the reader's language words it. */
export const historyEntrySchema = z.object({
  id: z.number().int(),
  action: z.string(),
  actorName: z.string().nullable(),
  createdAt: z.string(),
  summary: z.record(z.string(), z.unknown()),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const historySchema = listOf('entries', historyEntrySchema);
