import { COMMITMENT_TYPES, PRIORITIES, REPORT_STATUSES, TRACKER_STATUSES } from '../../../../shared/commitments.js';
import { booleanCell, jsonCell, linksCell, listCell, textCell } from './opendata.cells.js';
import type { CommitmentRecord, ReportRecord } from './opendata.records.js';

// The columns of commitments.csv and commitment-reports.csv: their order, their Table Schema (the
// data package describes the CSV files with it) and how a record fills each. Text by language takes
// one column per language: title_en, title_id, then any other language the data holds.

type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'array';

export interface Column<R> {
  name: string;
  type: FieldType;
  description: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; pattern?: string };
  cell: (record: R) => string | number;
}

/** What the import reads but never writes: it is worked out again from the data. */
export const DERIVED_COMMITMENT_COLUMNS = [
  'delegation_name_en',
  'delegation_name_id',
  'focus_area_title',
  'status',
  'progress',
];
export const DERIVED_REPORT_COLUMNS = ['country', 'period', 'progress'];

const byLanguage = <R>(
  field: string,
  languages: readonly string[],
  text: (r: R) => Record<string, string>,
  what: string,
): Column<R>[] =>
  languages.map((l) => ({
    name: `${field}_${l}`,
    type: 'string',
    description: `${what} in ${l} (empty where not given)${l === 'en' ? '; English is always given' : ''}.`,
    ...(l === 'en' ? { constraints: { required: true } } : {}),
    cell: (r: R) => textCell(text(r)[l]),
  }));

const COUNTRY = '^[A-Z]{2}$';

export function commitmentColumns(languages: readonly string[]): Column<CommitmentRecord>[] {
  type C = Column<CommitmentRecord>;
  const columns: C[] = [
    {
      name: 'id',
      type: 'string',
      format: 'uuid',
      description: 'The commitment, stable on this platform.',
      constraints: { required: true, unique: true },
      cell: (r) => r.id,
    },
    {
      name: 'country',
      type: 'string',
      description: "The delegation's country, ISO 3166-1 alpha-2.",
      constraints: { pattern: COUNTRY },
      cell: (r) => r.country ?? '',
    },
    {
      name: 'delegation_name_en',
      type: 'string',
      description: "The delegation's name in English.",
      cell: (r) => textCell(r.delegation_name.en),
    },
    {
      name: 'delegation_name_id',
      type: 'string',
      description: "The delegation's name in Indonesian.",
      cell: (r) => textCell(r.delegation_name.id),
    },
    {
      name: 'focus_area',
      type: 'integer',
      description: "The focus area: its number in the adopted text's order, from 1.",
      constraints: { required: true },
      cell: (r) => r.focus_area,
    },
    {
      name: 'focus_area_title',
      type: 'string',
      description: "The focus area's English title.",
      cell: (r) => textCell(r.focus_area_title),
    },
    {
      name: 'paragraphs',
      type: 'string',
      description: 'The paragraphs of the adopted text it cites, by number, separated by "; ".',
      cell: (r) => listCell(r.paragraphs),
    },
    ...byLanguage<CommitmentRecord>('title', languages, (r) => r.title, 'The title'),
    ...byLanguage<CommitmentRecord>('description', languages, (r) => r.description, 'The description'),
    {
      name: 'type',
      type: 'string',
      description: 'The kind of commitment.',
      constraints: { required: true, enum: COMMITMENT_TYPES },
      cell: (r) => r.type,
    },
    {
      name: 'priority',
      type: 'string',
      description: "The country's own priority.",
      constraints: { required: true, enum: PRIORITIES },
      cell: (r) => r.priority,
    },
    {
      name: 'starts_on',
      type: 'date',
      description: 'When it starts (YYYY-MM-DD).',
      constraints: { required: true },
      cell: (r) => r.starts_on,
    },
    {
      name: 'ends_on',
      type: 'date',
      description: 'When it ends (YYYY-MM-DD), if it says.',
      cell: (r) => r.ends_on ?? '',
    },
    {
      name: 'partner_countries',
      type: 'string',
      description: 'Partner countries, ISO 3166-1 alpha-2, separated by "; ".',
      cell: (r) => listCell(r.partner_countries),
    },
    {
      name: 'partner_organisations',
      type: 'string',
      description: 'Partner organisations, separated by "; " (a ";" or "\\" in a name is written "\\;" or "\\\\").',
      cell: (r) => listCell(r.partner_organisations),
    },
    {
      name: 'lead',
      type: 'string',
      description: 'The office that leads it (never a person).',
      constraints: { required: true },
      cell: (r) => textCell(r.lead),
    },
    {
      name: 'baseline',
      type: 'string',
      description: 'Where it starts from, where measurable.',
      cell: (r) => textCell(r.baseline),
    },
    {
      name: 'target',
      type: 'string',
      description: 'What it aims at, where measurable.',
      cell: (r) => textCell(r.target),
    },
    {
      name: 'began_before',
      type: 'boolean',
      description: 'Whether the work began before the conference.',
      constraints: { required: true },
      cell: (r) => booleanCell(r.began_before),
    },
    {
      name: 'weight',
      type: 'integer',
      description: "Its weight among its focus area's commitments when organizers weigh them (else 1).",
      cell: (r) => r.weight,
    },
    {
      name: 'registered_at',
      type: 'datetime',
      description: 'When it was registered (ISO 8601, UTC).',
      cell: (r) => r.registered_at,
    },
    {
      name: 'published_at',
      type: 'datetime',
      description: 'When the secretariat published it.',
      cell: (r) => r.published_at ?? '',
    },
    {
      name: 'completion_confirmed_at',
      type: 'datetime',
      description: 'When the secretariat confirmed its completion, if it did.',
      cell: (r) => r.completion_confirmed_at ?? '',
    },
    {
      name: 'status',
      type: 'string',
      description: 'Where it stands now, from its reports and the periods.',
      constraints: { enum: TRACKER_STATUSES },
      cell: (r) => r.status,
    },
    {
      name: 'progress',
      type: 'number',
      description: "Percent done by its last report (the deliverables' weighted mean).",
      cell: (r) => r.progress,
    },
    {
      name: 'deliverables',
      type: 'array',
      description:
        'Its deliverables in order, as a JSON array: [{"title":{"en":"..."},"due_on":"YYYY-MM-DD","weight":1..100}].',
      constraints: { required: true },
      cell: (r) => jsonCell(r.deliverables.map((d) => ({ title: d.title, due_on: d.due_on, weight: d.weight }))),
    },
  ];
  return columns;
}

export function reportColumns(languages: readonly string[]): Column<ReportRecord>[] {
  type C = Column<ReportRecord>;
  const columns: C[] = [
    {
      name: 'id',
      type: 'string',
      format: 'uuid',
      description: 'The report, stable on this platform.',
      constraints: { required: true, unique: true },
      cell: (r) => r.id,
    },
    {
      name: 'commitment_id',
      type: 'string',
      format: 'uuid',
      description: 'The commitment reported on: an id of commitments.csv.',
      constraints: { required: true },
      cell: (r) => r.commitment_id,
    },
    {
      name: 'country',
      type: 'string',
      description: "The commitment's country, ISO 3166-1 alpha-2.",
      constraints: { pattern: COUNTRY },
      cell: (r) => r.country ?? '',
    },
    {
      name: 'submitted_at',
      type: 'datetime',
      description: 'When it was sent (ISO 8601, UTC).',
      constraints: { required: true },
      cell: (r) => r.submitted_at,
    },
    {
      name: 'period',
      type: 'integer',
      description: 'The reporting period it was sent in, from 1 (0: before the first began).',
      cell: (r) => r.period,
    },
    {
      name: 'status',
      type: 'string',
      description: 'The status it reports.',
      constraints: { required: true, enum: REPORT_STATUSES },
      cell: (r) => r.status,
    },
    {
      name: 'progress',
      type: 'number',
      description: "The commitment's progress it gives, in percent.",
      cell: (r) => r.progress,
    },
    {
      name: 'deliverable_progress',
      type: 'array',
      description:
        "Each deliverable's percent done, in the commitment's order of deliverables, as a JSON array: [100,40].",
      constraints: { required: true },
      cell: (r) => jsonCell(r.deliverable_progress.map((d) => d.progress)),
    },
    ...byLanguage<ReportRecord>('narrative', languages, (r) => r.narrative, 'The narrative'),
    {
      name: 'evidence',
      type: 'string',
      description: 'Links (http or https) to the evidence, separated by spaces.',
      cell: (r) => linksCell(r.evidence),
    },
  ];
  return columns;
}

/** A Table Schema field of a column. */
export const tableField = <R>({ cell: _cell, ...field }: Column<R>) => field;
