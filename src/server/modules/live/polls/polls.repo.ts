import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../core/db/db.js';
import { polls, pollVotes } from './polls.tables.js';

export type PollRow = typeof polls.$inferSelect;

export async function insertPoll(tx: Queryable, values: typeof polls.$inferInsert): Promise<PollRow> {
  const [row] = await tx.insert(polls).values(values).returning();
  if (!row) throw new Error('poll insert returned nothing');
  return row;
}

export async function findPoll(db: Queryable, eventId: string, id: string, isLocked = false) {
  const query = db
    .select()
    .from(polls)
    .where(and(eq(polls.eventId, eventId), eq(polls.id, id)));
  const [row] = isLocked ? await query.for('update') : await query;
  return row;
}

export async function updatePoll(
  tx: Queryable,
  id: string,
  values: Partial<Pick<PollRow, 'status' | 'openedAt' | 'closedAt'>>,
) {
  const [row] = await tx.update(polls).set(values).where(eq(polls.id, id)).returning();
  if (!row) throw new Error('poll update returned nothing');
  return row;
}

export const deletePoll = (tx: Queryable, id: string) => tx.delete(polls).where(eq(polls.id, id));

export function listPolls(db: Queryable, sessionId: string) {
  return db.select().from(polls).where(eq(polls.sessionId, sessionId)).orderBy(asc(polls.createdAt));
}

/** The session's open poll, or else the one closed last: what the live page shows. */
export async function findCurrentPoll(db: Queryable, sessionId: string): Promise<PollRow | undefined> {
  const [row] = await db
    .select()
    .from(polls)
    .where(and(eq(polls.sessionId, sessionId), sql`${polls.status} <> 'draft'`))
    .orderBy(sql`${polls.status} = 'open' desc`, desc(polls.openedAt))
    .limit(1);
  return row;
}

export async function findOpenPoll(db: Queryable, sessionId: string): Promise<PollRow | undefined> {
  const [row] = await db
    .select()
    .from(polls)
    .where(and(eq(polls.sessionId, sessionId), eq(polls.status, 'open')));
  return row;
}

/** Replaces the registrant's choices in the poll. */
export async function setPollVote(tx: Queryable, pollId: string, registrationId: string, optionIds: string[]) {
  await tx.delete(pollVotes).where(and(eq(pollVotes.pollId, pollId), eq(pollVotes.registrationId, registrationId)));
  await tx.insert(pollVotes).values(optionIds.map((optionId) => ({ pollId, registrationId, optionId })));
}

export async function findPollVote(db: Queryable, pollId: string, registrationId: string): Promise<string[]> {
  const rows = await db
    .select({ optionId: pollVotes.optionId })
    .from(pollVotes)
    .where(and(eq(pollVotes.pollId, pollId), eq(pollVotes.registrationId, registrationId)));
  return rows.map((row) => row.optionId);
}

/** Each option's count and the number of voters. */
export async function countPollVotes(db: Queryable, pollId: string) {
  const rows = await db
    .select({ optionId: pollVotes.optionId, count: sql<number>`count(*)::int` })
    .from(pollVotes)
    .where(eq(pollVotes.pollId, pollId))
    .groupBy(pollVotes.optionId);
  const [voters] = await db
    .select({ count: sql<number>`count(distinct ${pollVotes.registrationId})::int` })
    .from(pollVotes)
    .where(eq(pollVotes.pollId, pollId));
  return { counts: Object.fromEntries(rows.map((row) => [row.optionId, row.count])), voters: voters?.count ?? 0 };
}
