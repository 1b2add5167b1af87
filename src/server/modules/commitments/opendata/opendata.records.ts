import { z } from 'zod';
import { COMMITMENT_TYPES, PRIORITIES, REPORT_STATUSES, TRACKER_STATUSES } from '../../../../shared/commitments.js';

// The records of the open data files, one schema for the JSON files and the JSON Schemas served beside
// them (z.toJSONSchema). The CSV files hold the same fields flat: opendata.columns.ts.

/** Public commitments are open data under CC BY 4.0 unless the organizers publish them otherwise. */
export const OPEN_DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

const localized = z
  .record(z.string(), z.string())
  .meta({ description: 'Text by language: BCP 47 tag ("en", "id", "pt-BR") -> text. English is always given.' });
const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const percent = z.number().min(0).max(100);

export const deliverableRecordSchema = z.object({
  id: z.uuid().meta({ description: 'The deliverable, as the reports name it.' }),
  position: z.number().int().min(1).meta({ description: 'Its place in the commitment, from 1.' }),
  title: localized,
  due_on: day.meta({ description: 'When it is due (YYYY-MM-DD).' }),
  weight: z
    .number()
    .int()
    .min(1)
    .max(100)
    .meta({ description: "Its share of the commitment's progress, against the other deliverables' weights." }),
});

export const commitmentRecordSchema = z.object({
  id: z.uuid().meta({ description: 'The commitment, stable on this platform.' }),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .meta({ description: "The delegation's country, ISO 3166-1 alpha-2; null for an organisation's delegation." }),
  delegation_name: localized.meta({ description: 'The delegation that made it, by language.' }),
  focus_area: z
    .number()
    .int()
    .min(1)
    .meta({ description: "The focus area it is made under: its number in the adopted text's order, from 1." }),
  focus_area_title: z.string().meta({ description: "The focus area's English title." }),
  paragraphs: z
    .array(z.string())
    .meta({ description: 'The paragraphs of the adopted text it cites, by their printed numbers.' }),
  title: localized,
  description: localized,
  type: z.enum(COMMITMENT_TYPES),
  priority: z.enum(PRIORITIES).meta({ description: "The country's own priority." }),
  starts_on: day,
  ends_on: day.nullable(),
  partner_countries: z.array(z.string().regex(/^[A-Z]{2}$/)).meta({ description: 'ISO 3166-1 alpha-2 codes.' }),
  partner_organisations: z.array(z.string()),
  lead: z.string().meta({ description: 'The office that leads it (never a person).' }),
  baseline: z.string().nullable(),
  target: z.string().nullable(),
  began_before: z.boolean().meta({ description: 'Whether the work began before the conference.' }),
  weight: z
    .number()
    .int()
    .min(1)
    .meta({ description: "Its weight among its focus area's commitments when organizers weigh them (else 1)." }),
  registered_at: instant,
  published_at: instant.nullable().meta({ description: 'When the secretariat published it.' }),
  completion_confirmed_at: instant
    .nullable()
    .meta({ description: 'When the secretariat confirmed the completion its country reported.' }),
  status: z
    .enum(TRACKER_STATUSES)
    .meta({ description: 'Where it stands now, from its reports and the reporting periods.' }),
  progress: percent.meta({ description: "Percent done by its last report: the deliverables' weighted mean." }),
  deliverables: z.array(deliverableRecordSchema),
});
export type CommitmentRecord = z.infer<typeof commitmentRecordSchema>;

export const reportRecordSchema = z.object({
  id: z.uuid(),
  commitment_id: z.uuid().meta({ description: 'The commitment reported on: an id of commitments.json.' }),
  country: z.string().nullable().meta({ description: "The commitment's country (ISO 3166-1 alpha-2)." }),
  submitted_at: instant,
  period: z
    .number()
    .int()
    .min(0)
    .meta({ description: 'The reporting period it was sent in, from 1 (0: before the first began).' }),
  status: z.enum(REPORT_STATUSES),
  progress: percent.meta({ description: "The commitment's progress this report gives, in percent." }),
  deliverable_progress: z
    .array(
      z.object({
        position: z.number().int().min(1),
        deliverable_id: z.uuid(),
        progress: z.number().int().min(0).max(100),
      }),
    )
    .meta({ description: "Each deliverable's percent done, in the commitment's order of deliverables." }),
  narrative: localized,
  evidence: z.array(z.string()).meta({ description: 'Links (http or https) to the evidence.' }),
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;

const fileHead = {
  $schema: z.string().meta({ description: 'This JSON Schema.' }),
  event: z.object({ slug: z.string(), name: localized }),
  license: z.string().meta({ description: 'The licence of the data (SPDX), see datapackage.json.' }),
};

export const commitmentsFileSchema = z.object({ ...fileHead, commitments: z.array(commitmentRecordSchema) }).meta({
  title: 'Commitments',
  description:
    "An event's published voluntary commitments under the focus areas of its adopted outcome document, one record each.",
});
export type CommitmentsFile = z.infer<typeof commitmentsFileSchema>;

export const reportsFileSchema = z.object({ ...fileHead, reports: z.array(reportRecordSchema) }).meta({
  title: 'Commitment progress reports',
  description: "The progress reports of an event's published commitments, one record each, oldest first.",
});
export type ReportsFile = z.infer<typeof reportsFileSchema>;

/** The JSON Schema (2020-12) of a file, named by the address it is served at. */
export function jsonSchemaOf(schema: typeof commitmentsFileSchema | typeof reportsFileSchema, id: string) {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
  return { $id: id, ...generated };
}
