import { and, asc, eq, getTableColumns, isNull, lt, ne, or } from 'drizzle-orm';
import type { Queryable } from '../../../core/db/db.js';
import { commitmentDeliverables, commitmentImports, commitmentReports, commitments } from '../commitments.tables.js';

// The import's queries: its row (queued, claimed, moved on, finished) and the many-row inserts its
// chunks write the commitments, deliverables and reports with.

export type ImportRow = typeof commitmentImports.$inferSelect;

/** Everything but the files: what a progress read or a chunk's lock needs (the files can be megabytes). */
const { csv: _csv, reportsCsv: _reportsCsv, ...progressColumns } = getTableColumns(commitmentImports);
export type ImportProgressRow = Omit<ImportRow, 'csv' | 'reportsCsv'>;

export async function insertImport(tx: Queryable, values: typeof commitmentImports.$inferInsert): Promise<ImportRow> {
  const [row] = await tx.insert(commitmentImports).values(values).returning();
  if (!row) throw new Error('import insert returned nothing');
  return row;
}

export async function findImport(db: Queryable, eventId: string, id: string): Promise<ImportProgressRow | undefined> {
  const [row] = await db
    .select(progressColumns)
    .from(commitmentImports)
    .where(and(eq(commitmentImports.eventId, eventId), eq(commitmentImports.id, id)));
  return row;
}

/**
 * Takes the oldest import waiting (queued, or running with no word from its runner since
 * `staleBefore`) for `runner`. SKIP LOCKED: a row another node is claiming this instant is passed
 * over, so two nodes never take the same one. Call inside a transaction.
 */
export async function claimImport(tx: Queryable, runner: string, staleBefore: Date): Promise<ImportRow | undefined> {
  const waiting = or(
    eq(commitmentImports.state, 'queued'),
    and(
      eq(commitmentImports.state, 'running'),
      or(isNull(commitmentImports.heartbeatAt), lt(commitmentImports.heartbeatAt, staleBefore)),
    ),
  );
  const [candidate] = await tx
    .select({ id: commitmentImports.id })
    .from(commitmentImports)
    .where(waiting)
    .orderBy(asc(commitmentImports.createdAt), asc(commitmentImports.id))
    .limit(1)
    .for('update', { skipLocked: true });
  if (!candidate) return undefined;
  const [row] = await tx
    .update(commitmentImports)
    .set({ state: 'running', runner, heartbeatAt: new Date() })
    .where(eq(commitmentImports.id, candidate.id))
    .returning();
  return row;
}

/** The import locked for a chunk, if `runner` still holds it (another node may have taken it over). */
export async function lockOwnImport(tx: Queryable, id: string, runner: string): Promise<ImportProgressRow | undefined> {
  const [row] = await tx
    .select(progressColumns)
    .from(commitmentImports)
    .where(
      and(eq(commitmentImports.id, id), eq(commitmentImports.runner, runner), eq(commitmentImports.state, 'running')),
    )
    .for('update');
  return row;
}

export async function updateImport(
  tx: Queryable,
  id: string,
  values: Partial<
    Pick<ImportRow, 'state' | 'done' | 'position' | 'errors' | 'heartbeatAt' | 'finishedAt' | 'csv' | 'reportsCsv'>
  >,
) {
  await tx.update(commitmentImports).set(values).where(eq(commitmentImports.id, id));
}

/**
 * What a file's `id` may not be: the event's commitments' own ids and the file ids they were
 * imported by; those of `importId` left out (a node taking that import over resumes it).
 */
export async function listCommitmentRefs(db: Queryable, eventId: string, importId?: string): Promise<Set<string>> {
  const others = importId ? or(isNull(commitments.importId), ne(commitments.importId, importId)) : undefined;
  const rows = await db
    .select({ id: commitments.id, ref: commitments.importRef })
    .from(commitments)
    .where(and(eq(commitments.eventId, eventId), others));
  return new Set(rows.flatMap((r) => (r.ref === null ? [r.id] : [r.id, r.ref])));
}

/** Removes what an import wrote (its deliverables and reports go with each commitment); how many commitments. */
export async function deleteImported(tx: Queryable, importId: string): Promise<number> {
  const removed = await tx
    .delete(commitments)
    .where(eq(commitments.importId, importId))
    .returning({ id: commitments.id });
  return removed.length;
}

// A statement takes at most 65,535 parameters: rows go in slices well under that.
const SLICE = 500;

async function insertSliced<T>(rows: T[], insert: (slice: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += SLICE) await insert(rows.slice(start, start + SLICE));
}

export const insertCommitments = (tx: Queryable, rows: (typeof commitments.$inferInsert)[]) =>
  insertSliced(rows, (slice) => tx.insert(commitments).values(slice));

export const insertDeliverables = (tx: Queryable, rows: (typeof commitmentDeliverables.$inferInsert)[]) =>
  insertSliced(rows, (slice) => tx.insert(commitmentDeliverables).values(slice));

export const insertReports = (tx: Queryable, rows: (typeof commitmentReports.$inferInsert)[]) =>
  insertSliced(rows, (slice) => tx.insert(commitmentReports).values(slice));
