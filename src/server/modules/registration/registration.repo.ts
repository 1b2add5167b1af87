import { and, asc, count, eq, inArray, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import type { RegistrationForm, RegistrationStatus } from '../../../shared/registration.js';
import { accounts, eventRoles } from '../../core/auth/auth.tables.js';
import type { Queryable } from '../../core/db/db.js';
import { events, rooms } from '../events/events.tables.js';
import { registrationForms, registrations } from './registration.tables.js';

export type RegistrationRow = typeof registrations.$inferSelect;

/** Statuses that still hold or await a place: a registrant may change or cancel them, erasure cancels them. */
export const ACTIVE_STATUSES: readonly RegistrationStatus[] = ['pending', 'confirmed', 'waitlisted'];
export type RegistrationValues = Omit<typeof registrations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

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

/** Until the programme lists sessions, the panels are the rooms after the plenary. */
export async function listPanelRooms(db: Queryable, eventId: string) {
  return (await listRooms(db, eventId)).slice(1);
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

/**
 * Erasure in place: the personal data goes, the row stays as an anonymous count
 * (country, sector, category, attendance, status, dates); active ones are cancelled.
 * One registration, or every live one of the event. Answers who was erased, with the
 * address and account they had.
 */
export async function anonymizeRegistrations(db: Queryable, eventId: string, onlyId?: string) {
  const erased = await db
    .select({ id: registrations.id, email: registrations.email, accountId: registrations.accountId })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        isNull(registrations.erasedAt),
        onlyId ? eq(registrations.id, onlyId) : undefined,
      ),
    )
    .for('update');
  if (erased.length === 0) return [];
  const now = new Date();
  await db
    .update(registrations)
    .set({
      name: '',
      email: sql`'erased:' || ${registrations.id}`,
      organization: '',
      position: null,
      panels: [],
      answers: {},
      accountId: null,
      linkKey: null,
      checkInCode: null,
      decisionReason: null,
      decidedBy: null,
      status: sql`case when ${inArray(registrations.status, [...ACTIVE_STATUSES])} then 'cancelled' else ${registrations.status} end`,
      erasedAt: now,
      updatedAt: now,
    })
    .where(
      inArray(
        registrations.id,
        erased.map((r) => r.id),
      ),
    );
  return erased;
}

/**
 * Accounts that existed only for erased registrations: no roles, no live registration,
 * not an administrator. Answers the addresses of the accounts deleted.
 */
export async function deleteUnusedAccounts(db: Queryable, accountIds: string[]): Promise<string[]> {
  if (accountIds.length === 0) return [];
  const rows = await db
    .delete(accounts)
    .where(
      and(
        inArray(accounts.id, accountIds),
        eq(accounts.isAdmin, false),
        notExists(db.select({ one: sql`1` }).from(eventRoles).where(eq(eventRoles.accountId, accounts.id))),
        notExists(
          db
            .select({ one: sql`1` })
            .from(registrations)
            .where(and(eq(registrations.accountId, accounts.id), isNull(registrations.erasedAt))),
        ),
      ),
    )
    .returning({ email: accounts.email });
  return rows.map((r) => r.email);
}

/** Events that ended before the cutoff and still hold personal data. */
export async function listEventsEndedWithLiveRegistrations(db: Queryable, cutoff: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: events.id })
    .from(events)
    .innerJoin(registrations, eq(registrations.eventId, events.id))
    .where(and(lt(events.endsAt, cutoff), isNull(registrations.erasedAt)));
  return rows.map((r) => r.id);
}
