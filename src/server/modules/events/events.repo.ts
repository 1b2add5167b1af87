import { and, asc, eq, inArray, lt, notInArray } from 'drizzle-orm';
import type { Queryable } from '../../core/db/db.js';
import { events, focusAreas, rooms, statementThemes } from './events.tables.js';

export type EventRow = typeof events.$inferSelect;
type EventValues = Omit<typeof events.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export async function findEventBySlug(db: Queryable, slug: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.slug, slug));
  return row;
}

export async function listEvents(db: Queryable): Promise<EventRow[]> {
  return db.select().from(events).orderBy(asc(events.startsAt));
}

export async function insertEvent(db: Queryable, values: EventValues): Promise<EventRow> {
  const [row] = await db.insert(events).values(values).returning();
  if (!row) throw new Error('event insert returned nothing');
  return row;
}

export async function updateEvent(db: Queryable, id: string, values: Partial<EventValues>): Promise<void> {
  await db
    .update(events)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(events.id, id));
}

/** One query after another: inside a transaction they share one connection, which runs one at a time anyway. */
export async function listChildren(db: Queryable, eventId: string) {
  const themes = await db
    .select()
    .from(statementThemes)
    .where(eq(statementThemes.eventId, eventId))
    .orderBy(asc(statementThemes.position));
  const areas = await db
    .select()
    .from(focusAreas)
    .where(eq(focusAreas.eventId, eventId))
    .orderBy(asc(focusAreas.position));
  const roomRows = await db.select().from(rooms).where(eq(rooms.eventId, eventId)).orderBy(asc(rooms.position));
  return { themes, areas, rooms: roomRows };
}

/**
 * Makes a child list match the input in order: rows named by id are updated,
 * rows without id are added, rows left out are removed.
 */
async function syncChildren<T extends { id?: string }>(
  db: Queryable,
  table: typeof statementThemes | typeof focusAreas | typeof rooms,
  eventId: string,
  items: T[],
  toValues: (item: T) => Record<string, unknown>,
) {
  const keptIds = items.flatMap((item) => (item.id ? [item.id] : []));
  const stale = keptIds.length
    ? and(eq(table.eventId, eventId), notInArray(table.id, keptIds))
    : eq(table.eventId, eventId);
  await db.delete(table).where(stale);
  for (const [position, item] of items.entries()) {
    const values = { ...toValues(item), position, eventId };
    if (item.id)
      await db
        .update(table)
        .set(values)
        .where(and(eq(table.id, item.id), eq(table.eventId, eventId)));
    else await db.insert(table).values(values as typeof table.$inferInsert);
  }
}

export const syncStatementThemes = (
  db: Queryable,
  eventId: string,
  items: { id?: string; title: Record<string, string> }[],
) => syncChildren(db, statementThemes, eventId, items, (i) => ({ title: i.title }));

export const syncFocusAreas = (
  db: Queryable,
  eventId: string,
  items: { id?: string; title: Record<string, string> }[],
) => syncChildren(db, focusAreas, eventId, items, (i) => ({ title: i.title }));

export const syncRooms = (
  db: Queryable,
  eventId: string,
  items: { id?: string; name: Record<string, string>; capacity: number }[],
) => syncChildren(db, rooms, eventId, items, (i) => ({ name: i.name, capacity: i.capacity }));

/**
 * Locks the event's row until the transaction ends: writes that decide by counting (places,
 * double bookings) take turns per event, and capacity and bookings hold under concurrency.
 */
export async function lockEvent(db: Queryable, eventId: string): Promise<void> {
  await db.select({ id: events.id }).from(events).where(eq(events.id, eventId)).for('update');
}

/** The event's rooms in order: the first is the plenary. */
export async function listRooms(db: Queryable, eventId: string) {
  return db
    .select({ id: rooms.id, name: rooms.name, capacity: rooms.capacity })
    .from(rooms)
    .where(eq(rooms.eventId, eventId))
    .orderBy(asc(rooms.position));
}

export async function listEventIdsEndedBefore(db: Queryable, cutoff: Date): Promise<string[]> {
  const rows = await db.select({ id: events.id }).from(events).where(lt(events.endsAt, cutoff));
  return rows.map((r) => r.id);
}

export async function listStatementThemes(db: Queryable, eventId: string) {
  return db
    .select({ id: statementThemes.id, title: statementThemes.title })
    .from(statementThemes)
    .where(eq(statementThemes.eventId, eventId))
    .orderBy(asc(statementThemes.position));
}

export async function listSlugs(db: Queryable, ids: readonly string[]) {
  return db
    .select({ id: events.id, slug: events.slug })
    .from(events)
    .where(inArray(events.id, [...ids]));
}
