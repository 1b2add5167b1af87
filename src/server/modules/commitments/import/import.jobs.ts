import { randomUUID } from 'node:crypto';
import type { AuditAction } from '../../../../shared/audit.js';
import type { CommitmentImportError } from '../../../../shared/commitmentImport.js';
import { type AuditEntry, recordAudit, recordAudits } from '../../../core/audit/audit.js';
import type { Db, Queryable } from '../../../core/db/db.js';
import { causesOf, faultCode, isDatabaseUnavailable } from '../../../core/db/faults.js';
import type { AppContext } from '../../../core/http/context.js';
import * as repo from '../commitments.repo.js';
import { checkImport, type PlannedCommitment } from './import.check.js';
import * as importRepo from './import.repo.js';
import { importContext } from './import.service.js';

/** Told when an import is queued: the nodes' importers look at once instead of at their next turn. */
export const IMPORT_QUEUED_CHANNEL = 'commitments.import_queued';

/** A chunk's records (commitments and reports): one short transaction, then the progress shows. */
const CHUNK_RECORDS = 500;
/** A running import whose runner has written nothing for this long is taken over by another node. */
const STALE_MS = 2 * 60_000;

export interface ImportJobOptions {
  chunkRecords?: number;
  /** After each chunk is committed (tests watch the progress move). */
  onChunk?: (progress: { importId: string; done: number; total: number }) => Promise<void> | void;
}

/** The import's chunks from `position` on: whole commitments with their reports, about `size` records each. */
function chunksOf(commitments: PlannedCommitment[], position: number, size: number) {
  const chunks: PlannedCommitment[][] = [];
  let chunk: PlannedCommitment[] = [];
  let records = 0;
  for (const commitment of commitments.slice(position)) {
    chunk.push(commitment);
    records += 1 + commitment.reports.length;
    if (records >= size) {
      chunks.push(chunk);
      chunk = [];
      records = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** One chunk's writes: published commitments, their deliverables and reports, each audited as the import's starter. */
async function writeChunk(tx: Queryable, run: importRepo.ImportRow, chunk: PlannedCommitment[]) {
  const actorId = run.startedBy;
  // The rows are written with the tracker's new revision, so nodes read them as changed.
  const { revision } = await repo.touchTracker(tx, run.eventId);
  const rows: Parameters<typeof importRepo.insertCommitments>[1] = [];
  const deliverables: Parameters<typeof importRepo.insertDeliverables>[1] = [];
  const reports: Parameters<typeof importRepo.insertReports>[1] = [];
  const audits: AuditEntry[] = [];
  const audit = (action: AuditAction, entityType: string, entityId: string, summary: Record<string, unknown>) =>
    audits.push({ eventId: run.eventId, actorId, action, entityType, entityId, summary });
  for (const c of chunk) {
    const id = randomUUID();
    const { deliverables: planned, ...input } = c.input;
    const registeredAt = c.registeredAt ?? run.createdAt;
    rows.push({
      ...input,
      id,
      eventId: run.eventId,
      delegationId: c.delegationId,
      weight: c.weight,
      reviewState: 'published',
      isOnBehalf: true,
      registeredBy: actorId,
      registeredAt,
      publishedAt: c.publishedAt ?? registeredAt,
      completionConfirmedAt: c.completionConfirmedAt,
      importId: run.id,
      importRef: c.ref,
      revision,
    });
    const ids = planned.map(() => randomUUID());
    planned.forEach((d, position) => {
      deliverables.push({
        id: ids[position],
        commitmentId: id,
        position,
        title: d.title,
        dueOn: d.dueOn,
        weight: d.weight,
      });
    });
    audit('commitment.imported', 'commitment', id, { importId: run.id, row: c.row, delegationId: c.delegationId });
    for (const r of c.reports) {
      const reportId = randomUUID();
      reports.push({
        id: reportId,
        commitmentId: id,
        status: r.status,
        progress: Object.fromEntries(ids.map((deliverableId, i) => [deliverableId, r.progress[i] ?? 0])),
        narrative: r.narrative,
        evidence: r.evidence,
        isOnBehalf: true,
        submittedBy: actorId,
        submittedAt: r.submittedAt ?? run.createdAt,
      });
      audit('commitment.report_imported', 'commitment_report', reportId, {
        importId: run.id,
        row: r.row,
        commitmentId: id,
      });
    }
  }
  await importRepo.insertCommitments(tx, rows);
  await importRepo.insertDeliverables(tx, deliverables);
  await importRepo.insertReports(tx, reports);
  await recordAudits(tx, audits);
}

/** An import that ended keeps its counts and errors, not its files (contact data, megabytes). */
const ended = () => ({ csv: '', reportsCsv: null, finishedAt: new Date() });

/**
 * Marks the import failed with why, if this runner still holds it, and removes what its chunks
 * wrote, in one transaction: an import lands whole or not at all.
 */
async function fail(db: Db, run: importRepo.ImportRow, runner: string, errors: CommitmentImportError[]) {
  await db.transaction(async (tx) => {
    const own = await importRepo.lockOwnImport(tx, run.id, runner);
    if (!own) return;
    const removed = await importRepo.deleteImported(tx, run.id);
    if (removed > 0) await repo.touchTracker(tx, run.eventId);
    await importRepo.updateImport(tx, run.id, { ...ended(), state: 'failed', errors, done: 0 });
    await recordAudit(tx, {
      eventId: run.eventId,
      actorId: run.startedBy,
      action: 'commitments.import_failed',
      entityType: 'commitment_import',
      entityId: run.id,
      summary: { position: own.position, errors: errors.length, removed },
    });
  });
}

const stopped = (message: string): CommitmentImportError[] => [
  { file: 'csv', row: 0, field: 'import', code: 'field.invalid', message },
];

/** Runs one claimed import to its end, chunk by chunk; stops where another node has taken it over. */
async function runImport(ctx: AppContext, run: importRepo.ImportRow, runner: string, options: ImportJobOptions) {
  const { db } = ctx;
  const context = await importContext(db, run.eventId, run.id);
  if (!context) return fail(db, run, runner, stopped('the outcome document is no longer adopted'));
  // The event may have changed since the file was checked (a delegation gone): checked again, whole.
  const plan = checkImport({ csv: run.csv, reportsCsv: run.reportsCsv ?? undefined }, context);
  if (plan.errors.length > 0) return fail(db, run, runner, plan.errors);
  let { position, done } = run;
  for (const chunk of chunksOf(plan.commitments, position, options.chunkRecords ?? CHUNK_RECORDS)) {
    const records = chunk.reduce((sum, c) => sum + 1 + c.reports.length, 0);
    const isLast = position + chunk.length === plan.commitments.length;
    const isWritten = await db.transaction(async (tx) => {
      const own = await importRepo.lockOwnImport(tx, run.id, runner);
      if (own?.position !== position) return false;
      await writeChunk(tx, run, chunk);
      if (isLast)
        await recordAudit(tx, {
          eventId: run.eventId,
          actorId: run.startedBy,
          action: 'commitments.import_finished',
          entityType: 'commitment_import',
          entityId: run.id,
          summary: { commitments: plan.commitments.length, records: done + records },
        });
      const next = { position: position + chunk.length, done: done + records, heartbeatAt: new Date() };
      await importRepo.updateImport(tx, run.id, isLast ? { ...next, ...ended(), state: 'done' } : next);
      return true;
    });
    if (!isWritten) return;
    position += chunk.length;
    done += records;
    await options.onChunk?.({ importId: run.id, done, total: run.total });
  }
}

// One import at a time per node: the interval fires again while a long one runs.
const busy = new WeakSet<AppContext>();

/**
 * A node's turn at the queued imports: claims them one by one (FOR UPDATE SKIP LOCKED, so no two
 * nodes run the same) and runs each to its end. Returns how many it ran.
 */
export async function runQueuedImports(ctx: AppContext, options: ImportJobOptions = {}): Promise<number> {
  if (busy.has(ctx)) return 0;
  busy.add(ctx);
  let ran = 0;
  try {
    for (;;) {
      const runner = randomUUID();
      const run = await ctx.db.transaction((tx) => importRepo.claimImport(tx, runner, new Date(Date.now() - STALE_MS)));
      if (!run) return ran;
      ran++;
      try {
        await runImport(ctx, run, runner, options);
      } catch (error) {
        // No message in the log: it can quote a statement and its values.
        ctx.log.warn({ code: faultCode(error), importId: run.id }, 'commitments: import stopped');
        // The database gone for a moment: the import stays running, and is taken over once stale.
        if (isDatabaseUnavailable(error)) continue;
        const reached = await importRepo.findImport(ctx.db, run.eventId, run.id);
        const reason = [...causesOf(error)].map((c) => c.message).findLast((m) => typeof m === 'string');
        const where = `stopped after ${reached?.position ?? run.position} of the file's commitments`;
        await fail(ctx.db, run, runner, stopped(`${where}: ${String(reason ?? 'unknown error')}`));
      }
    }
  } finally {
    busy.delete(ctx);
  }
}
