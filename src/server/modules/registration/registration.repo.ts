import { and, asc, count, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { RegistrationStatus } from '../../../shared/registration.js';
import type { Queryable } from '../../core/db/db.js';
import { registrations } from './registration.tables.js';

export type RegistrationRow = typeof registrations.$inferSelect;

/** Statuses that still hold or await a place: a registrant may change or cancel them, erasure cancels them. */
export const ACTIVE_STATUSES: readonly RegistrationStatus[] = ['pending', 'confirmed', 'waitlisted'];
export type RegistrationValues = Omit<typeof registrations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

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
export async function waitlistPosition(
  db: Queryable,
  row: Pick<RegistrationRow, 'id' | 'eventId' | 'createdAt'>,
): Promise<number> {
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
  eventId: registrations.eventId,
  createdAt: registrations.createdAt,
  timeZone: registrations.timeZone,
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
export async function findOfAccount(db: Queryable, eventId: string, accountId: string, forUpdate = false) {
  const query = db
    .select()
    .from(registrations)
    .where(
      and(eq(registrations.eventId, eventId), eq(registrations.accountId, accountId), isNull(registrations.erasedAt)),
    );
  const [row] = await (forUpdate ? query.for('update') : query);
  return row;
}

export async function findById(db: Queryable, eventId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.id, id)));
  const [row] = await (forUpdate ? query.for('update') : query);
  return row;
}

/** A registration not erased, by id alone: what a personal link's session opens. */
export async function findLiveById(db: Queryable, id: string) {
  const [row] = await db
    .select({ eventId: registrations.eventId, name: registrations.name })
    .from(registrations)
    .where(and(eq(registrations.id, id), isNull(registrations.erasedAt)));
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
