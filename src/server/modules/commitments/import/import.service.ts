import {
  type CommitmentImportAccepted,
  type CommitmentImportCheck,
  type CommitmentImportError,
  type CommitmentImportRequest,
  type CommitmentImportView,
  importErrorPath,
} from '../../../../shared/commitmentImport.js';
import { COMMITMENT_POLICY } from '../../../../shared/policies.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Db, Queryable } from '../../../core/db/db.js';
import { AppError } from '../../../core/errors.js';
import { listNamedDelegations } from '../../delegations/voices.service.js';
import { eventOperation, eventRead } from '../../events/operation.service.js';
import { findAdopted } from '../../outcome/adoption.service.js';
import { checkImport, type ImportContext, type ImportPlan } from './import.check.js';
import * as importRepo from './import.repo.js';

/** A problem that carried tens of thousands of errors would be too big to read: the first ones, and a count. */
const MAX_ERRORS_SENT = 5_000;

/**
 * What the import maps the file onto: the adopted text's focus areas and paragraphs, the delegations
 * by country, and the ids of the commitments already in the event (but those `importId` wrote).
 */
export async function importContext(db: Queryable, eventId: string, importId?: string): Promise<ImportContext | null> {
  const adopted = await findAdopted(db, eventId);
  if (!adopted) return null;
  const delegations = await listNamedDelegations(db, eventId);
  return {
    areas: adopted.content.sections.map((s) => ({
      focusAreaId: s.focusAreaId,
      paragraphs: new Map(
        s.paragraphs.flatMap((p): [string, string][] => {
          const number = adopted.numbers[p.id];
          return number ? [[number, p.id]] : [];
        }),
      ),
    })),
    delegations: new Map(delegations.flatMap((d) => (d.country ? [[d.country, d.id]] : []))),
    existingRefs: await importRepo.listCommitmentRefs(db, eventId, importId),
  };
}

/** How many records a plan writes: `done` counts up to it. */
export const recordsOf = (plan: Pick<ImportPlan, 'commitments'>) =>
  plan.commitments.reduce((sum, c) => sum + 1 + c.reports.length, 0);

export function capErrors(errors: CommitmentImportError[]): CommitmentImportError[] {
  if (errors.length <= MAX_ERRORS_SENT) return errors;
  const more = errors.length - MAX_ERRORS_SENT;
  const note: CommitmentImportError = {
    file: 'csv',
    row: 0,
    field: 'csv',
    code: 'field.more_errors',
    params: { count: more },
    message: `${more} more errors not listed: fix these and check again`,
  };
  return [...errors.slice(0, MAX_ERRORS_SENT), note];
}

/** Every error of a real run, each named by its path (`csv.12.title_en`): nothing was written. */
export const importRejected = (errors: CommitmentImportError[]) =>
  new AppError(
    'commitments.import_invalid',
    `${new Set(errors.map((e) => `${e.file}.${e.row}`)).size} row(s) need fixing; nothing was imported.`,
    capErrors(errors).map((e) => ({ field: importErrorPath(e), code: e.code, message: e.message, params: e.params })),
  );

/**
 * The secretariat's import: both files checked whole first. A dry run says what a real run would
 * write and everything wrong, and writes nothing; a real run with any error writes nothing either
 * (400); without one it is queued for a node's job, which writes it in chunks.
 */
export async function startImport(
  request: { db: Db; actor: Actor; slug: string } & CommitmentImportRequest,
): Promise<{ dryRun: true; check: CommitmentImportCheck } | { dryRun: false; accepted: CommitmentImportAccepted }> {
  const { db, csv, reportsCsv, dryRun } = request;
  const may = COMMITMENT_POLICY.import;
  const event = await eventRead({ ...request, may });
  const context = await importContext(db, event.id);
  if (!context) throw new AppError('commitments.not_adopted');
  const plan = checkImport({ csv, reportsCsv }, context);
  if (dryRun) {
    const check = { rows: plan.rows, commitments: plan.rows - plan.reports, reports: plan.reports };
    return { dryRun, check: { ...check, errors: capErrors(plan.errors) } };
  }
  if (plan.errors.length > 0) throw importRejected(plan.errors);
  const total = recordsOf(plan);
  const row = await eventOperation({ ...request, may }, async (scope) => {
    const inserted = await importRepo.insertImport(scope.tx, {
      eventId: scope.event.id,
      state: 'queued',
      csv,
      reportsCsv: reportsCsv?.trim() ? reportsCsv : null,
      total,
      startedBy: scope.actor.accountId,
    });
    await scope.audit({
      action: 'commitments.import_queued',
      entityType: 'commitment_import',
      entityId: inserted.id,
      summary: { commitments: plan.commitments.length, reports: plan.reports },
    });
    return inserted;
  });
  return { dryRun, accepted: { importId: row.id, total } };
}

export function presentImport(row: importRepo.ImportProgressRow): CommitmentImportView {
  return {
    id: row.id,
    state: row.state,
    total: row.total,
    done: row.done,
    errors: capErrors(row.errors),
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** An import's progress, for the secretariat that follows it. */
export async function readImport(request: {
  db: Db;
  actor: Actor;
  slug: string;
  importId: string;
}): Promise<CommitmentImportView> {
  const event = await eventRead({ ...request, may: COMMITMENT_POLICY.import });
  const row = await importRepo.findImport(request.db, event.id, request.importId);
  if (!row) throw new AppError('commitments.import_not_found');
  return presentImport(row);
}
