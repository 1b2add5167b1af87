import { and, asc, count, eq, inArray, isNull, lt, ne, or } from 'drizzle-orm';
import type { RegistrationForm } from '../../../shared/registration.js';
import type { Queryable } from '../../core/db/db.js';
import { events, rooms } from '../events/events.tables.js';
import { registrationForms, registrations } from './registration.tables.js';

export type RegistrationRow = typeof registrations.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type RegistrationValues = Omit<typeof registrations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * Locks the event's row until the transaction ends, so in-person registrations of one
 * event decide their status one after another and capacity holds under concurrency.
 */
export async function lockEvent(db: Queryable, eventId: string): Promise<void> {
  await db.select({ id: events.id }).from(events).where(eq(events.id, eventId)).for('update');
}

type FormRow = typeof registrationForms.$inferSelect;
const formOf = ({ eventId: _eventId, updatedAt: _updatedAt, ...form }: FormRow): RegistrationForm => form;

export async function findForm(db: Queryable, eventId: string): Promise<RegistrationForm | undefined> {
  const [row] = await db.select().from(registrationForms).where(eq(registrationForms.eventId, eventId));
  return row && formOf(row);
}

/** The event and its form in one query: every registration asks for both. */
export async function findEventWithForm(db: Queryable, slug: string) {
  const [row] = await db
    .select({ event: events, form: registrationForms })
    .from(events)
    .leftJoin(registrationForms, eq(registrationForms.eventId, events.id))
    .where(eq(events.slug, slug));
  return row && { event: row.event, form: row.form && formOf(row.form) };
}

export async function saveForm(db: Queryable, eventId: string, form: RegistrationForm): Promise<void> {
  await db
    .insert(registrationForms)
    .values({ eventId, ...form })
    .onConflictDoUpdate({ target: registrationForms.eventId, set: { ...form, updatedAt: new Date() } });
}

/** The event's rooms in order: the first is the plenary, the others hold the panels. */
export async function listRooms(db: Queryable, eventId: string) {
  return db
    .select({ id: rooms.id, name: rooms.name, capacity: rooms.capacity })
    .from(rooms)
    .where(eq(rooms.eventId, eventId))
    .orderBy(asc(rooms.position));
}

const inPersonWith = (eventId: string, status: RegistrationRow['status']) =>
  and(eq(registrations.eventId, eventId), eq(registrations.attendance, 'in_person'), eq(registrations.status, status));

export async function countConfirmedInPerson(db: Queryable, eventId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(registrations).where(inPersonWith(eventId, 'confirmed'));
  return row?.n ?? 0;
}

/** The longest-waiting in-person registrations, first in line first. */
export async function listFirstWaitlisted(db: Queryable, eventId: string, limit: number): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(inPersonWith(eventId, 'waitlisted'))
    .orderBy(asc(registrations.createdAt), asc(registrations.id))
    .limit(limit);
}

/** 1 for the first in line. */
export async function waitlistPosition(db: Queryable, row: RegistrationRow): Promise<number> {
  const [ahead] = await db
    .select({ n: count() })
    .from(registrations)
    .where(
      and(
        inPersonWith(row.eventId, 'waitlisted'),
        or(
          lt(registrations.createdAt, row.createdAt),
          and(eq(registrations.createdAt, row.createdAt), lt(registrations.id, row.id)),
        ),
      ),
    );
  return (ahead?.n ?? 0) + 1;
}

/** What a new registration's mail and audit row need: less to read back under a rush. */
const admittedColumns = {
  id: registrations.id,
  email: registrations.email,
  name: registrations.name,
  language: registrations.language,
  status: registrations.status,
  linkKey: registrations.linkKey,
  attendance: registrations.attendance,
  category: registrations.category,
};
export type AdmittedRow = Pick<RegistrationRow, keyof typeof admittedColumns>;

/** Many rows in one statement, returned in the order given. */
export async function insertRegistrations(
  db: Queryable,
  values: (RegistrationValues & { id: string; createdAt?: Date; updatedAt?: Date })[],
): Promise<AdmittedRow[]> {
  const rows = await db.insert(registrations).values(values).returning(admittedColumns);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return values.map((v) => {
    const row = byId.get(v.id);
    if (!row) throw new Error('registration insert returned fewer rows');
    return row;
  });
}

export async function findEmails(db: Queryable, eventId: string, emails: string[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .select({ email: registrations.email })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.email, emails)));
  return rows.map((r) => r.email);
}

/** Locked for the rest of the transaction: a decision and a cancellation cannot cross. */
export async function findForUpdate(db: Queryable, eventId: string, ids: string[]): Promise<RegistrationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.id, ids)))
    .orderBy(asc(registrations.createdAt))
    .for('update');
}

/** The signed-in person's registration for the event (erased ones are gone for good). */
export async function findOfAccount(db: Queryable, eventId: string, accountId: string) {
  const [row] = await db
    .select()
    .from(registrations)
    .where(
      and(eq(registrations.eventId, eventId), eq(registrations.accountId, accountId), isNull(registrations.erasedAt)),
    );
  return row;
}

export async function findById(db: Queryable, eventId: string, id: string) {
  const [row] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.id, id)));
  return row;
}

export async function updateRegistration(
  db: Queryable,
  id: string,
  values: Partial<RegistrationValues>,
): Promise<RegistrationRow> {
  const [row] = await db
    .update(registrations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(registrations.id, id))
    .returning();
  if (!row) throw new Error('registration update returned nothing');
  return row;
}

/** Other live registrations of the account, in any event: an account that has them is not erased with this one. */
export async function countOtherRegistrations(db: Queryable, accountId: string, exceptId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.accountId, accountId), ne(registrations.id, exceptId)));
  return row?.n ?? 0;
}
