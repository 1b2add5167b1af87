import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../core/db/db.js';
import {
  outcomeAmendments,
  outcomeDocuments,
  outcomePositions,
  outcomeResponses,
  outcomeVersions,
} from './outcome.tables.js';

export type DocumentRow = typeof outcomeDocuments.$inferSelect;
export type VersionRow = typeof outcomeVersions.$inferSelect;
export type AmendmentRow = typeof outcomeAmendments.$inferSelect;
export type PositionRow = typeof outcomePositions.$inferSelect;

export async function findDocument(db: Queryable, eventId: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(outcomeDocuments).where(eq(outcomeDocuments.eventId, eventId));
  return row;
}

/** When the event's text was adopted, or null: one column, for readers that only need to know whether it moved. */
export async function findAdoptedAt(db: Queryable, eventId: string): Promise<Date | null> {
  const [row] = await db
    .select({ adoptedAt: outcomeDocuments.adoptedAt })
    .from(outcomeDocuments)
    .where(and(eq(outcomeDocuments.eventId, eventId), eq(outcomeDocuments.stage, 'adopted')));
  return row?.adoptedAt ?? null;
}

/** The event's document, made on the first write, locked: versions and decisions take turns. */
export async function lockDocument(tx: Queryable, eventId: string): Promise<DocumentRow> {
  await tx.insert(outcomeDocuments).values({ eventId }).onConflictDoNothing();
  const [row] = await tx.select().from(outcomeDocuments).where(eq(outcomeDocuments.eventId, eventId)).for('update');
  return row as DocumentRow;
}

export async function updateDocument(
  tx: Queryable,
  eventId: string,
  values: Partial<Omit<DocumentRow, 'eventId' | 'updatedAt'>>,
) {
  await tx
    .update(outcomeDocuments)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(outcomeDocuments.eventId, eventId));
}

export async function insertVersion(tx: Queryable, values: typeof outcomeVersions.$inferInsert) {
  await tx.insert(outcomeVersions).values(values);
}

export async function findVersion(db: Queryable, eventId: string, number: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(outcomeVersions)
    .where(and(eq(outcomeVersions.eventId, eventId), eq(outcomeVersions.number, number)));
  return row;
}

/** Every version, newest first, without its text. */
export function listVersions(db: Queryable, eventId: string) {
  return db
    .select({
      number: outcomeVersions.number,
      message: outcomeVersions.message,
      amendmentIds: outcomeVersions.amendmentIds,
      madeBy: outcomeVersions.madeBy,
      madeAt: outcomeVersions.madeAt,
    })
    .from(outcomeVersions)
    .where(eq(outcomeVersions.eventId, eventId))
    .orderBy(desc(outcomeVersions.number));
}

export async function insertAmendment(tx: Queryable, values: typeof outcomeAmendments.$inferInsert) {
  const [row] = await tx.insert(outcomeAmendments).values(values).returning();
  return row as AmendmentRow;
}

export async function findAmendment(tx: Queryable, eventId: string, id: string, forUpdate = false) {
  const query = tx
    .select()
    .from(outcomeAmendments)
    .where(and(eq(outcomeAmendments.eventId, eventId), eq(outcomeAmendments.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateAmendment(tx: Queryable, id: string, values: Partial<AmendmentRow>) {
  await tx.update(outcomeAmendments).set(values).where(eq(outcomeAmendments.id, id));
}

export function listAmendments(db: Queryable, eventId: string) {
  return db
    .select()
    .from(outcomeAmendments)
    .where(eq(outcomeAmendments.eventId, eventId))
    .orderBy(asc(outcomeAmendments.createdAt), asc(outcomeAmendments.id));
}

export async function upsertPosition(tx: Queryable, values: typeof outcomePositions.$inferInsert) {
  await tx
    .insert(outcomePositions)
    .values(values)
    .onConflictDoUpdate({
      target: [outcomePositions.amendmentId, outcomePositions.delegationId],
      set: { position: values.position, givenBy: values.givenBy, givenAt: new Date() },
    });
}

export function listPositions(db: Queryable, eventId: string) {
  return db
    .select({
      amendmentId: outcomePositions.amendmentId,
      delegationId: outcomePositions.delegationId,
      position: outcomePositions.position,
    })
    .from(outcomePositions)
    .innerJoin(outcomeAmendments, eq(outcomeAmendments.id, outcomePositions.amendmentId))
    .where(eq(outcomeAmendments.eventId, eventId));
}

export async function upsertResponse(tx: Queryable, values: typeof outcomeResponses.$inferInsert) {
  const { eventId, delegationId, ...rest } = values;
  await tx
    .insert(outcomeResponses)
    .values(values)
    .onConflictDoUpdate({
      target: [outcomeResponses.eventId, outcomeResponses.delegationId],
      set: { ...rest, givenAt: new Date() },
    });
}

export function listResponses(db: Queryable, eventId: string) {
  return db.select().from(outcomeResponses).where(eq(outcomeResponses.eventId, eventId));
}

export async function clearResponses(tx: Queryable, eventId: string) {
  await tx.delete(outcomeResponses).where(eq(outcomeResponses.eventId, eventId));
}

/** Documents whose silence procedure has run out: the job adopts them. */
export async function listSilenceDue(db: Queryable, now: Date) {
  const rows = await db
    .select({ eventId: outcomeDocuments.eventId })
    .from(outcomeDocuments)
    .where(
      and(
        eq(outcomeDocuments.stage, 'adoption'),
        eq(outcomeDocuments.method, 'silence'),
        lte(outcomeDocuments.adoptionDeadline, now),
      ),
    );
  return rows.map((row) => row.eventId);
}

/** Moves every time of an event's outcome by `ms` (the demo dates its history to the conference). */
export async function shiftTimes(tx: Queryable, eventId: string, ms: number) {
  const by = sql`(${ms} * interval '1 millisecond')`;
  await tx.execute(sql`update outcome_versions set made_at = made_at + ${by} where event_id = ${eventId}`);
  await tx.execute(sql`update outcome_amendments set created_at = created_at + ${by},
    decided_at = decided_at + ${by} where event_id = ${eventId}`);
  await tx.execute(sql`update outcome_positions set given_at = given_at + ${by} where amendment_id in
    (select id from outcome_amendments where event_id = ${eventId})`);
  await tx.execute(sql`update outcome_responses set given_at = given_at + ${by} where event_id = ${eventId}`);
  await tx.execute(sql`update outcome_documents set amendment_deadline = amendment_deadline + ${by},
    adoption_deadline = adoption_deadline + ${by}, adopted_at = adopted_at + ${by} where event_id = ${eventId}`);
}
