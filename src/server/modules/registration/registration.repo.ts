import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../core/db/db.js';
import { events, rooms } from '../events/events.tables.js';
import { registrations } from './registration.tables.js';

export type RegistrationRow = typeof registrations.$inferSelect;
type RegistrationValues = Omit<typeof registrations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * Locks the event's row until the transaction ends, so registrations of one
 * event decide their status one after another and capacity holds under concurrency.
 */
export async function lockEvent(db: Queryable, eventId: string): Promise<void> {
  await db.select({ id: events.id }).from(events).where(eq(events.id, eventId)).for('update');
}

/** The capacity of the event's first room (position 0, the plenary); null when it has no room. */
export async function plenaryCapacity(db: Queryable, eventId: string): Promise<number | null> {
  const [room] = await db
    .select({ capacity: rooms.capacity })
    .from(rooms)
    .where(eq(rooms.eventId, eventId))
    .orderBy(asc(rooms.position))
    .limit(1);
  return room?.capacity ?? null;
}

export async function countConfirmedInPerson(db: Queryable, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        eq(registrations.attendance, 'in_person'),
        eq(registrations.status, 'confirmed'),
      ),
    );
  return row?.n ?? 0;
}

export async function findByEmail(db: Queryable, eventId: string, email: string): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.email, sql`lower(${email})`)));
  return row;
}

export async function insertRegistration(db: Queryable, values: RegistrationValues): Promise<RegistrationRow> {
  const [row] = await db.insert(registrations).values(values).returning();
  if (!row) throw new Error('registration insert returned nothing');
  return row;
}
