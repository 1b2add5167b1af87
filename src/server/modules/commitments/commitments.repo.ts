import { and, asc, eq, gt, inArray, notInArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../core/db/db.js';
import {
  commitmentDeliverables,
  commitmentReminders,
  commitmentReports,
  commitments,
  commitmentTrackers,
} from './commitments.tables.js';

export type TrackerRow = typeof commitmentTrackers.$inferSelect;
export type CommitmentRow = typeof commitments.$inferSelect;
export type CommitmentValues = typeof commitments.$inferInsert;
export type DeliverableRow = typeof commitmentDeliverables.$inferSelect;
export type ReportRow = typeof commitmentReports.$inferSelect;

export async function findTracker(db: Queryable, eventId: string): Promise<TrackerRow | undefined> {
  const [row] = await db.select().from(commitmentTrackers).where(eq(commitmentTrackers.eventId, eventId));
  return row;
}

/**
 * The tracker's row changed (made on the first write), its revision bumped and written on the
 * commitments the write changed: every write to the event's commitments calls it. The row lock
 * orders the writes, so a reader at revision r finds everything newer above r.
 */
export async function touchTracker(
  tx: Queryable,
  eventId: string,
  change: { values?: Partial<Omit<TrackerRow, 'eventId' | 'revision'>>; commitmentIds?: readonly string[] } = {},
): Promise<TrackerRow> {
  const values = change.values ?? {};
  const set = { ...values, revision: sql`${commitmentTrackers.revision} + 1`, updatedAt: new Date() };
  const [row] = await tx
    .insert(commitmentTrackers)
    .values({ eventId, ...values, revision: 1 })
    .onConflictDoUpdate({ target: commitmentTrackers.eventId, set })
    .returning();
  if (!row) throw new Error('tracker upsert returned nothing');
  const ids = [...new Set(change.commitmentIds ?? [])];
  if (ids.length > 0)
    await tx
      .update(commitments)
      .set({ revision: row.revision })
      .where(and(eq(commitments.eventId, eventId), inArray(commitments.id, ids)));
  return row;
}

/** Only the revision: the cheap question each read asks before it trusts its cached figures. */
export async function trackerRevision(db: Queryable, eventId: string): Promise<number> {
  const [row] = await db
    .select({ revision: commitmentTrackers.revision })
    .from(commitmentTrackers)
    .where(eq(commitmentTrackers.eventId, eventId));
  return row?.revision ?? 0;
}

export async function insertCommitment(tx: Queryable, values: CommitmentValues): Promise<CommitmentRow> {
  const [row] = await tx.insert(commitments).values(values).returning();
  if (!row) throw new Error('commitment insert returned nothing');
  return row;
}

export async function updateCommitment(tx: Queryable, id: string, values: Partial<CommitmentValues>) {
  const [row] = await tx
    .update(commitments)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(commitments.id, id))
    .returning();
  if (!row) throw new Error('commitment update returned nothing');
  return row;
}

export async function findCommitment(db: Queryable, eventId: string, id: string, isLocked = false) {
  const query = db
    .select()
    .from(commitments)
    .where(and(eq(commitments.eventId, eventId), eq(commitments.id, id)));
  const [row] = isLocked ? await query.for('update') : await query;
  return row;
}

export async function listCommitments(
  db: Queryable,
  eventId: string,
  options: { delegationId?: string; isPublishedOnly?: boolean; changedAfter?: number } = {},
): Promise<CommitmentRow[]> {
  const where = [eq(commitments.eventId, eventId)];
  if (options.changedAfter !== undefined) where.push(gt(commitments.revision, options.changedAfter));
  if (options.delegationId) where.push(eq(commitments.delegationId, options.delegationId));
  if (options.isPublishedOnly) where.push(eq(commitments.reviewState, 'published'));
  return db
    .select()
    .from(commitments)
    .where(and(...where))
    .orderBy(asc(commitments.registeredAt), asc(commitments.id));
}

/** How many commitments the event has: a patched snapshot that counts otherwise missed a removal. */
export async function countCommitments(db: Queryable, eventId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(commitments)
    .where(eq(commitments.eventId, eventId));
  return row?.count ?? 0;
}

/** The deliverables of the event's commitments (or of some), in their order. */
export async function listDeliverables(db: Queryable, eventId: string, commitmentIds?: string[]) {
  const query = db
    .select({ deliverable: commitmentDeliverables })
    .from(commitmentDeliverables)
    .innerJoin(commitments, eq(commitments.id, commitmentDeliverables.commitmentId))
    .where(
      and(
        eq(commitments.eventId, eventId),
        commitmentIds ? inArray(commitmentDeliverables.commitmentId, commitmentIds) : undefined,
      ),
    )
    .orderBy(asc(commitmentDeliverables.commitmentId), asc(commitmentDeliverables.position));
  return (await query).map((r) => r.deliverable);
}

/** The deliverables as the commitment now lists them: kept ones keep their id (and their reported progress). */
export async function replaceDeliverables(
  tx: Queryable,
  commitmentId: string,
  deliverables: { id?: string; title: Record<string, string>; dueOn: string; weight: number }[],
) {
  const kept = deliverables.flatMap((d) => (d.id ? [d.id] : []));
  await tx
    .delete(commitmentDeliverables)
    .where(
      and(
        eq(commitmentDeliverables.commitmentId, commitmentId),
        kept.length > 0 ? notInArray(commitmentDeliverables.id, kept) : undefined,
      ),
    );
  for (const [position, d] of deliverables.entries()) {
    const values = { commitmentId, position, title: d.title, dueOn: d.dueOn, weight: d.weight };
    if (d.id) await tx.update(commitmentDeliverables).set(values).where(eq(commitmentDeliverables.id, d.id));
    else await tx.insert(commitmentDeliverables).values(values);
  }
}

export async function insertReport(tx: Queryable, values: typeof commitmentReports.$inferInsert): Promise<ReportRow> {
  const [row] = await tx.insert(commitmentReports).values(values).returning();
  if (!row) throw new Error('report insert returned nothing');
  return row;
}

/** The reports of the event's commitments (or of some), oldest first. */
export async function listReports(db: Queryable, eventId: string, commitmentIds?: string[]): Promise<ReportRow[]> {
  const rows = await db
    .select({ report: commitmentReports })
    .from(commitmentReports)
    .innerJoin(commitments, eq(commitments.id, commitmentReports.commitmentId))
    .where(
      and(
        eq(commitments.eventId, eventId),
        commitmentIds ? inArray(commitmentReports.commitmentId, commitmentIds) : undefined,
      ),
    )
    .orderBy(asc(commitmentReports.submittedAt), asc(commitmentReports.id));
  return rows.map((r) => r.report);
}

/**
 * Records that a delegation's reminder of a kind went out for a period; false if it had already.
 * The primary key decides, so two nodes running the job at once send it once.
 */
export async function claimReminder(
  tx: Queryable,
  values: { eventId: string; delegationId: string; period: number; kind: 'due' | 'late' },
): Promise<boolean> {
  const rows = await tx.insert(commitmentReminders).values(values).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function listReminders(db: Queryable, eventId: string, periods: number[]) {
  return db
    .select()
    .from(commitmentReminders)
    .where(and(eq(commitmentReminders.eventId, eventId), inArray(commitmentReminders.period, periods)));
}

/** The events that have commitments: where the reminder job looks. */
export async function listEventIdsWithCommitments(db: Queryable): Promise<string[]> {
  const rows = await db.selectDistinct({ eventId: commitments.eventId }).from(commitments);
  return rows.map((r) => r.eventId);
}
