import { and, eq, gt, inArray, notInArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../core/db/db.js';
import { liveAttendance, livePresence, liveSessions } from './live.tables.js';

/** A node's report is trusted this long; a node that stopped reporting (killed) drops out after it. */
export const PRESENCE_FRESH_MS = 45_000;

/** A registrant on a session's stream: the first time recorded once, the last time each time. */
export async function recordViewer(db: Queryable, row: { sessionId: string; eventId: string; registrationId: string }) {
  await db
    .insert(liveAttendance)
    .values(row)
    .onConflictDoUpdate({
      target: [liveAttendance.sessionId, liveAttendance.registrationId],
      set: { lastSeenAt: sql`now()` },
    });
}

/**
 * A node's open streams per session, replacing its last report; then each reported session's
 * peak raised to what all fresh reports add up to now.
 */
export async function reportPresence(db: Queryable, node: string, counts: Map<string, number>) {
  const sessionIds = [...counts.keys()];
  await db
    .delete(livePresence)
    .where(
      and(eq(livePresence.node, node), sessionIds.length ? notInArray(livePresence.sessionId, sessionIds) : undefined),
    );
  if (sessionIds.length === 0) return;
  await db
    .insert(livePresence)
    .values(sessionIds.map((sessionId) => ({ node, sessionId, viewers: counts.get(sessionId) ?? 0 })))
    .onConflictDoUpdate({
      target: [livePresence.node, livePresence.sessionId],
      set: { viewers: sql`excluded.viewers`, reportedAt: sql`now()` },
    });
  const fresh = new Date(Date.now() - PRESENCE_FRESH_MS);
  await db
    .update(liveSessions)
    .set({
      peakViewers: sql`greatest(${liveSessions.peakViewers}, (select coalesce(sum(${livePresence.viewers}), 0)::int
        from ${livePresence} where ${livePresence.sessionId} = ${liveSessions.sessionId} and ${livePresence.reportedAt} > ${fresh}))`,
    })
    .where(inArray(liveSessions.sessionId, sessionIds));
}

/** A session followed on this node: its live row, where the peak is kept, made if it is not there yet. */
export async function ensureLiveSession(db: Queryable, eventId: string, sessionId: string) {
  await db.insert(liveSessions).values({ sessionId, eventId }).onConflictDoNothing();
}

/** Per session of the event: viewers now (fresh reports), the peak, and the registrants who followed it. */
export async function listSessionAttendance(db: Queryable, eventId: string, sessionIds: string[]) {
  const fresh = new Date(Date.now() - PRESENCE_FRESH_MS);
  const [now, peaks, online] = await Promise.all([
    sessionIds.length === 0
      ? []
      : db
          .select({ sessionId: livePresence.sessionId, viewers: sql<number>`sum(${livePresence.viewers})::int` })
          .from(livePresence)
          .where(and(inArray(livePresence.sessionId, sessionIds), gt(livePresence.reportedAt, fresh)))
          .groupBy(livePresence.sessionId),
    db
      .select({ sessionId: liveSessions.sessionId, peak: liveSessions.peakViewers })
      .from(liveSessions)
      .where(eq(liveSessions.eventId, eventId)),
    db
      .select({ sessionId: liveAttendance.sessionId, registrants: sql<number>`count(*)::int` })
      .from(liveAttendance)
      .where(eq(liveAttendance.eventId, eventId))
      .groupBy(liveAttendance.sessionId),
  ]);
  return { now, peaks, online };
}

/** The registrations that followed any session of the event online. */
export async function listOnlineRegistrations(db: Queryable, eventId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: liveAttendance.registrationId })
    .from(liveAttendance)
    .where(eq(liveAttendance.eventId, eventId));
  return rows.map((row) => row.id);
}
