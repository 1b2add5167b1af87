import { and, asc, desc, eq, gt, gte, inArray, sql } from 'drizzle-orm';
import type { LiveChannel } from '../../../shared/live.js';
import type { Queryable } from '../../core/db/db.js';
import { liveMessages, liveSessions, questions, questionVotes } from './live.tables.js';

export type LiveSessionRow = typeof liveSessions.$inferSelect;
export type QuestionRow = typeof questions.$inferSelect;
export type MessageRow = Pick<typeof liveMessages.$inferSelect, 'seq' | 'event' | 'data'>;

const CHANNEL_NUMBER: Record<LiveChannel, number> = { public: 0, moderation: 1 };
const seqColumn = (channel: LiveChannel) =>
  channel === 'public' ? liveSessions.publicSeq : liveSessions.moderationSeq;

/** The session's live row, locked for the transaction; made with the defaults on the first write. */
export async function lockLiveSession(tx: Queryable, eventId: string, sessionId: string): Promise<LiveSessionRow> {
  await tx.insert(liveSessions).values({ sessionId, eventId }).onConflictDoNothing();
  const [row] = await tx.select().from(liveSessions).where(eq(liveSessions.sessionId, sessionId)).for('update');
  if (!row) throw new Error('live session row missing after insert');
  return row;
}

export async function findLiveSession(db: Queryable, sessionId: string): Promise<LiveSessionRow | undefined> {
  const [row] = await db.select().from(liveSessions).where(eq(liveSessions.sessionId, sessionId));
  return row;
}

export async function updateLiveSession(
  tx: Queryable,
  sessionId: string,
  values: Partial<Pick<LiveSessionRow, 'moderation' | 'questionsOpen' | 'override' | 'onScreen'>>,
) {
  await tx
    .update(liveSessions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(liveSessions.sessionId, sessionId));
}

/** Appends messages to one log under the row's lock (lockLiveSession first): the sequence has no gaps. */
export async function appendMessages(
  tx: Queryable,
  sessionId: string,
  channel: LiveChannel,
  messages: { event: string; data: string }[],
): Promise<number> {
  const column = seqColumn(channel);
  const [row] = await tx
    .update(liveSessions)
    .set({ [channel === 'public' ? 'publicSeq' : 'moderationSeq']: sql`${column} + ${messages.length}` })
    .where(eq(liveSessions.sessionId, sessionId))
    .returning({ seq: column });
  if (!row) throw new Error('live session row missing');
  const first = row.seq - messages.length + 1;
  await tx
    .insert(liveMessages)
    .values(messages.map((m, i) => ({ sessionId, channel: CHANNEL_NUMBER[channel], seq: first + i, ...m })));
  return row.seq;
}

/** The messages after `afterSeq`, oldest first, at most `limit`. */
export function readMessages(db: Queryable, sessionId: string, channel: LiveChannel, afterSeq: number, limit: number) {
  return db
    .select({ seq: liveMessages.seq, event: liveMessages.event, data: liveMessages.data })
    .from(liveMessages)
    .where(
      and(
        eq(liveMessages.sessionId, sessionId),
        eq(liveMessages.channel, CHANNEL_NUMBER[channel]),
        gt(liveMessages.seq, afterSeq),
      ),
    )
    .orderBy(asc(liveMessages.seq))
    .limit(limit);
}

export async function insertQuestion(tx: Queryable, values: typeof questions.$inferInsert): Promise<QuestionRow> {
  const [row] = await tx.insert(questions).values(values).returning();
  if (!row) throw new Error('question insert returned nothing');
  return row;
}

export async function findQuestion(db: Queryable, eventId: string, id: string, isLocked = false) {
  const query = db
    .select()
    .from(questions)
    .where(and(eq(questions.eventId, eventId), eq(questions.id, id)));
  const [row] = isLocked ? await query.for('update') : await query;
  return row;
}

export async function updateQuestion(
  tx: Queryable,
  id: string,
  values: Partial<Pick<QuestionRow, 'status' | 'answeredAt' | 'moderatedBy'>>,
): Promise<QuestionRow> {
  const [row] = await tx.update(questions).set(values).where(eq(questions.id, id)).returning();
  if (!row) throw new Error('question update returned nothing');
  return row;
}

/** A session's questions, newest first; only those of the given statuses when named. */
export function listQuestions(db: Queryable, sessionId: string, statuses?: readonly QuestionRow['status'][]) {
  return db
    .select()
    .from(questions)
    .where(and(eq(questions.sessionId, sessionId), statuses ? inArray(questions.status, [...statuses]) : undefined))
    .orderBy(desc(questions.askedAt));
}

export function listOwnQuestions(db: Queryable, sessionId: string, registrationId: string) {
  return db
    .select()
    .from(questions)
    .where(and(eq(questions.sessionId, sessionId), eq(questions.registrationId, registrationId)))
    .orderBy(desc(questions.askedAt));
}

export async function countQuestionsSince(db: Queryable, registrationId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(questions)
    .where(and(eq(questions.registrationId, registrationId), gte(questions.askedAt, since)));
  return row?.count ?? 0;
}

/** True when the vote is new; the question's tally follows in the same statement's transaction. */
export async function addVote(tx: Queryable, questionId: string, registrationId: string): Promise<boolean> {
  const added = await tx.insert(questionVotes).values({ questionId, registrationId }).onConflictDoNothing().returning();
  if (added.length === 0) return false;
  await tx
    .update(questions)
    .set({ votes: sql`${questions.votes} + 1` })
    .where(eq(questions.id, questionId));
  return true;
}

export async function removeVote(tx: Queryable, questionId: string, registrationId: string): Promise<boolean> {
  const removed = await tx
    .delete(questionVotes)
    .where(and(eq(questionVotes.questionId, questionId), eq(questionVotes.registrationId, registrationId)))
    .returning();
  if (removed.length === 0) return false;
  await tx
    .update(questions)
    .set({ votes: sql`${questions.votes} - 1` })
    .where(eq(questions.id, questionId));
  return true;
}

/** The questions of the session the registrant voted for. */
export async function listVoted(db: Queryable, sessionId: string, registrationId: string): Promise<string[]> {
  const rows = await db
    .select({ id: questionVotes.questionId })
    .from(questionVotes)
    .innerJoin(questions, eq(questions.id, questionVotes.questionId))
    .where(and(eq(questions.sessionId, sessionId), eq(questionVotes.registrationId, registrationId)));
  return rows.map((row) => row.id);
}

/** Each question's votes, for the coalesced tallies. */
export function listTallies(db: Queryable, sessionId: string) {
  return db
    .select({ id: questions.id, votes: questions.votes, status: questions.status })
    .from(questions)
    .where(eq(questions.sessionId, sessionId));
}

/**
 * An erasure: the askers' questions turn anonymous, and the messages that named them in
 * either log no longer do (the bytes are rewritten; the scrubber then rewrites the files).
 */
export async function anonymizeAskers(tx: Queryable, registrationIds: string[]) {
  const asked = await tx
    .update(questions)
    .set({ anonymous: true })
    .where(inArray(questions.registrationId, registrationIds))
    .returning({ id: questions.id, sessionId: questions.sessionId });
  if (asked.length === 0) return;
  const ids = asked.map((row) => row.id);
  const sessionIds = [...new Set(asked.map((row) => row.sessionId))];
  await tx
    .update(liveMessages)
    .set({ data: sql`(${liveMessages.data}::jsonb || '{"author":null,"anonymous":true}'::jsonb)::text` })
    .where(
      and(
        inArray(liveMessages.sessionId, sessionIds),
        eq(liveMessages.event, 'question'),
        inArray(sql`${liveMessages.data}::jsonb->>'id'`, ids),
      ),
    );
}

/** The event's sessions whose moderators overrode the programme's clock. */
export function listOverrides(db: Queryable, eventId: string) {
  return db
    .select({ sessionId: liveSessions.sessionId, override: liveSessions.override })
    .from(liveSessions)
    .where(and(eq(liveSessions.eventId, eventId), sql`${liveSessions.override} is not null`));
}
