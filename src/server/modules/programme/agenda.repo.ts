import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../core/db/db.js';
import { agendaFeeds, agendaItems } from './programme.tables.js';

type Owner = { accountId: string; eventId: string };

const ofOwner = (owner: Owner) =>
  and(eq(agendaItems.accountId, owner.accountId), eq(agendaItems.eventId, owner.eventId));

export async function listAgendaSessionIds(db: Queryable, owner: Owner): Promise<string[]> {
  const rows = await db.select({ sessionId: agendaItems.sessionId }).from(agendaItems).where(ofOwner(owner));
  return rows.map((r) => r.sessionId);
}

export async function addAgendaItem(db: Queryable, owner: Owner & { sessionId: string }) {
  await db.insert(agendaItems).values(owner).onConflictDoNothing();
}

export async function removeAgendaItem(db: Queryable, owner: Owner & { sessionId: string }) {
  const removed = await db
    .delete(agendaItems)
    .where(and(ofOwner(owner), eq(agendaItems.sessionId, owner.sessionId)))
    .returning({ sessionId: agendaItems.sessionId });
  return removed.length > 0;
}

export async function findFeedKey(db: Queryable, owner: Owner): Promise<string | undefined> {
  const [row] = await db
    .select({ key: agendaFeeds.key })
    .from(agendaFeeds)
    .where(and(eq(agendaFeeds.accountId, owner.accountId), eq(agendaFeeds.eventId, owner.eventId)));
  return row?.key;
}

/** Sets the feed's key, replacing any earlier one (whose address then stops working). */
export async function saveFeedKey(db: Queryable, owner: Owner & { key: string }) {
  await db
    .insert(agendaFeeds)
    .values(owner)
    .onConflictDoUpdate({
      target: [agendaFeeds.accountId, agendaFeeds.eventId],
      set: { key: owner.key, createdAt: new Date() },
    });
}
