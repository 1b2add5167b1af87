import { type Column, commitmentColumns, reportColumns, tableField } from './opendata.columns.js';
import { openDataCsv } from './opendata.csv.js';
import {
  type CommitmentsFile,
  commitmentsFileSchema,
  jsonSchemaOf,
  OPEN_DATA_LICENSE,
  type ReportsFile,
  reportsFileSchema,
} from './opendata.records.js';
import type { OpenData } from './opendata.service.js';

// The files of an event's open data, made from its records: the two CSV files, the two JSON files,
// their JSON Schemas and the data package that describes them all.

/** The files by name, as they are served beside each other at /events/:slug/. */
export const FILES = {
  commitmentsCsv: 'commitments.csv',
  commitmentsJson: 'commitments.json',
  commitmentsSchema: 'commitments.schema.json',
  reportsCsv: 'commitment-reports.csv',
  reportsJson: 'commitment-reports.json',
  reportsSchema: 'commitment-reports.schema.json',
  dataPackage: 'datapackage.json',
} as const;

/** Where the event's files are: `${publicUrl}/events/${slug}/`. */
export const filesUrl = (publicUrl: string, slug: string) => `${publicUrl}/events/${slug}/`;

function csvOf<R>(columns: Column<R>[], records: readonly R[]): string {
  return openDataCsv([columns.map((c) => c.name), ...records.map((r) => columns.map((c) => c.cell(r)))]);
}

export const commitmentsCsv = (data: OpenData) => csvOf(commitmentColumns(data.languages), data.commitments);
export const reportsCsv = (data: OpenData) => csvOf(reportColumns(data.languages), data.reports);

const eventOf = (data: OpenData) => ({ slug: data.event.slug, name: data.event.name });

export const commitmentsJson = (data: OpenData, base: string): CommitmentsFile => ({
  $schema: `${base}${FILES.commitmentsSchema}`,
  event: eventOf(data),
  license: OPEN_DATA_LICENSE.name,
  commitments: data.commitments,
});

export const reportsJson = (data: OpenData, base: string): ReportsFile => ({
  $schema: `${base}${FILES.reportsSchema}`,
  event: eventOf(data),
  license: OPEN_DATA_LICENSE.name,
  reports: data.reports,
});

// The schemas do not change with the data: made once.
let schemas: { commitments: ReturnType<typeof jsonSchemaOf>; reports: ReturnType<typeof jsonSchemaOf> } | null = null;
function jsonSchemas() {
  schemas ??= { commitments: jsonSchemaOf(commitmentsFileSchema, ''), reports: jsonSchemaOf(reportsFileSchema, '') };
  return schemas;
}

export const commitmentsSchema = (base: string) => ({
  ...jsonSchemas().commitments,
  $id: `${base}${FILES.commitmentsSchema}`,
});
export const reportsSchema = (base: string) => ({ ...jsonSchemas().reports, $id: `${base}${FILES.reportsSchema}` });

/** What a reader of the CSV files must know beyond the Table Schema. */
const CSV_NOTE =
  'UTF-8 with a byte order mark, CRLF, RFC 4180. Spreadsheet-safe: a text cell that would begin with ' +
  '= + - @ (or a tab, line end, ; or ,), or with an apostrophe, has one apostrophe put before it: drop one ' +
  'leading apostrophe to read the text. See docs/commitments-open-data.md.';

const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

/**
 * A Frictionless Data Package (v1, https://specs.frictionlessdata.io/data-package/): the two CSV
 * files as tabular resources with their Table Schemas (the reports' commitment_id a foreign key of
 * the commitments), and the two JSON files with their JSON Schemas. Paths are relative to the
 * package, which is served beside them.
 */
export function dataPackage(data: OpenData, base: string, pageUrl: string) {
  const name = (data.event.name.en ?? data.event.slug).trim();
  const csv = { profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' };
  const json = { profile: 'data-resource', format: 'json', mediatype: 'application/json', encoding: 'utf-8' };
  return {
    profile: 'data-package',
    id: `${base}${FILES.dataPackage}`,
    name: `${data.event.slug}-commitments`,
    title: `${name}: voluntary commitments and progress reports`,
    description:
      'The published commitments of the participating countries under the focus areas of the adopted outcome ' +
      'document, and their periodic progress reports. Each file is served beside this package.',
    homepage: pageUrl,
    version: `1.${data.revision}.0`,
    licenses: [OPEN_DATA_LICENSE],
    sources: [{ title: name, path: pageUrl }],
    keywords: ['commitments', 'implementation', 'progress reports', 'open data'],
    resources: [
      {
        name: 'commitments',
        path: FILES.commitmentsCsv,
        title: 'Commitments (CSV)',
        description: CSV_NOTE,
        ...csv,
        dialect: CSV_DIALECT,
        schema: {
          fields: commitmentColumns(data.languages).map(tableField),
          primaryKey: ['id'],
          missingValues: [''],
        },
      },
      {
        name: 'commitment-reports',
        path: FILES.reportsCsv,
        title: 'Progress reports (CSV)',
        description: CSV_NOTE,
        ...csv,
        dialect: CSV_DIALECT,
        schema: {
          fields: reportColumns(data.languages).map(tableField),
          primaryKey: ['id'],
          foreignKeys: [{ fields: ['commitment_id'], reference: { resource: 'commitments', fields: ['id'] } }],
          missingValues: [''],
        },
      },
      {
        name: 'commitments-json',
        path: FILES.commitmentsJson,
        title: 'Commitments (JSON)',
        ...json,
        schema: FILES.commitmentsSchema,
      },
      {
        name: 'commitment-reports-json',
        path: FILES.reportsJson,
        title: 'Progress reports (JSON)',
        ...json,
        schema: FILES.reportsSchema,
      },
    ],
  };
}
