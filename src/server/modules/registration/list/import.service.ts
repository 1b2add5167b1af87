import { LIST_POLICY } from '../../../../shared/policies.js';
import type { ImportIssue, ImportResult } from '../../../../shared/registrationList.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Db } from '../../../core/db/db.js';
import { AppError } from '../../../core/errors.js';
import { eventOperation, eventRead } from '../../events/operation.service.js';
import { admitRegistrations, isUniqueViolation } from '../admission.js';
import { type LinkSettings, placementOf } from '../form.service.js';
import * as repo from '../registration.repo.js';
import { admissionOf, defaultCategory } from '../registration.service.js';
import { type ParsedImport, parseImport } from './csv.js';

const IMPORT_BATCH = 1000;

/** Invited people are not asked to consent on a form; their rows say so instead of naming a notice's version. */
export const INVITED_CONSENT = 'invited';

/** A real import with any bad row imports nothing; the problem names every row and field as `rows.N.field`. */
export const importRejected = (issues: ImportIssue[]) =>
  new AppError(
    'registration.import_invalid',
    `${new Set(issues.map((i) => i.row)).size} row(s) need fixing; nothing was imported.`,
    issues.map(({ row, field, ...what }) => ({ field: `rows.${row}.${field}`, ...what })),
  );

function duplicatesIn(parsed: ParsedImport, found: string[]): ImportIssue[] {
  const existing = new Set(found);
  return parsed.rows
    .filter(({ input }) => existing.has(input.email))
    .map(({ row }) => ({
      row,
      field: 'email',
      code: 'field.already_registered',
      message: 'is already registered for the event',
    }));
}

const byRow = (a: ImportIssue, b: ImportIssue) => a.row - b.row;

/**
 * Imports invited people from a CSV file, all or none. A dry run checks every
 * row and reports what is wrong without writing; a real run checks again inside
 * its transaction and admits every row as the form would (status, personal link,
 * mail, audit), in one transaction.
 */
export async function importRegistrations(options: {
  db: Db;
  actor: Actor;
  slug: string;
  csv: string;
  dryRun: boolean;
  links: LinkSettings;
}): Promise<ImportResult> {
  const { db, actor, csv, dryRun } = options;
  const may = LIST_POLICY.importList;
  const ctx = await placementOf(db, await eventRead({ ...options, may }), options.links);
  const parsed = parseImport(csv, ctx.form);
  const emails = parsed.rows.map((r) => r.input.email);
  const issues = [...parsed.issues, ...duplicatesIn(parsed, await repo.findEmails(db, ctx.event.id, emails))];
  issues.sort(byRow);
  if (dryRun) return { dryRun, rows: parsed.count, imported: 0, issues };
  if (issues.length) throw importRejected(issues);

  const people = parsed.rows.map(({ input }) =>
    admissionOf(input, {
      category: input.category ?? defaultCategory(ctx.form),
      consentVersion: INVITED_CONSENT,
      accountId: null,
      actorId: actor.accountId,
    }),
  );

  try {
    const admitted = await eventOperation({ ...options, may }, async ({ tx }) => {
      // Someone may have registered since the check above: the same check, now inside the transaction.
      const late = duplicatesIn(parsed, await repo.findEmails(tx, ctx.event.id, emails));
      if (late.length) throw importRejected(late);
      let admitted = 0;
      // A thousand at a time: each batch is a few multi-row statements, well under PostgreSQL's 65,535 parameters.
      for (let start = 0; start < people.length; start += IMPORT_BATCH) {
        const batch = people.slice(start, start + IMPORT_BATCH);
        admitted += (await admitRegistrations(tx, ctx, batch, { source: 'import' })).length;
      }
      return admitted;
    });
    return { dryRun, rows: parsed.count, imported: admitted, issues: [] };
  } catch (error) {
    // A registration on the form that slipped in between the check and the insert: all or nothing still holds.
    if (isUniqueViolation(error))
      throw importRejected([
        {
          row: 0,
          field: 'email',
          code: 'field.registered_meanwhile',
          message: 'an address was registered meanwhile; run the import again',
        },
      ]);
    throw error;
  }
}
