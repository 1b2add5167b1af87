// Test support for the exports: the c3voc schemas from ../shared beside the project, and checks
// that run the independent validators (xmllint for the XML, ajv for the JSON) on what we write.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { PROJECT_ROOT } from '../../core/paths.js';

export const XML_SCHEMA = path.resolve(PROJECT_ROOT, '../shared/schemas/c3voc/schedule.xml.xsd');
export const JSON_SCHEMA = path.resolve(PROJECT_ROOT, '../shared/schemas/c3voc/schema.json');

/** Whether the schema is there; says which file is missing when it is not (CI always has it). */
export function hasSchema(file: string): boolean {
  if (existsSync(file)) return true;
  console.warn(`skipped: the c3voc schema ${file} is not beside the project`);
  return false;
}

/** xmllint's verdict on the document against the frab XSD: '' when valid, else its complaints. */
export function xmllintErrors(xml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pendopo-xml-'));
  try {
    const file = path.join(dir, 'schedule.xml');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--schema', XML_SCHEMA, file], { encoding: 'utf8' });
    if (run.error) throw run.error;
    return run.status === 0 ? '' : run.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** ajv on the c3voc JSON schema (draft-06, so the draft-06 meta-schema; `strict: false` as c3voc advise). */
export function jsonSchemaErrors(): (document: unknown) => string {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(
    JSON.parse(
      readFileSync(path.resolve(PROJECT_ROOT, 'node_modules/ajv/dist/refs/json-schema-draft-06.json'), 'utf8'),
    ),
  );
  addFormats.default(ajv);
  // The schema's "color" format is its own; CSS colours as it means them.
  ajv.addFormat('color', /^(#[0-9a-fA-F]{3,8}|[a-z]+)$/);
  const validate = ajv.compile(JSON.parse(readFileSync(JSON_SCHEMA, 'utf8')));
  return (document) => (validate(document) ? '' : ajv.errorsText(validate.errors, { separator: '\n' }));
}
