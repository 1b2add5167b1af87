import { and, asc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { RegistrationStatus } from '../../../shared/constants.js';
import type { LocalizedText } from '../../../shared/text.js';
import type { Queryable } from '../../core/db/db.js';
import { registrations } from './registration.tables.js';

/** Registrations that no longer count: a cancelled or declined place, or erased data. */
const INACTIVE_STATUSES: RegistrationStatus[] = ['cancelled', 'declined'];

/** A delegation as its candidates are found: by its country, else by its organisation's name. */
export interface CandidateScope {
  country: string | null;
  name: LocalizedText;
}

/** Who may join the delegation: the event's delegate registrations of its country (or organisation), active and not erased. */
function candidateFilter(eventId: string, delegation: CandidateScope) {
  return and(
    eq(registrations.eventId, eventId),
    eq(registrations.category, 'delegate'),
    isNull(registrations.erasedAt),
    notInArray(registrations.status, INACTIVE_STATUSES),
    delegation.country
      ? eq(registrations.country, delegation.country)
      : sql`lower(${registrations.organization}) = lower(${delegation.name.en ?? ''})`,
  );
}

/** What a delegation sees of a person: their name, address, organisation and place. */
const personColumns = {
  registrationId: registrations.id,
  name: registrations.name,
  email: registrations.email,
  organization: registrations.organization,
  position: registrations.position,
  status: registrations.status,
};

export async function listCandidates(db: Queryable, eventId: string, delegation: CandidateScope) {
  return db
    .select({ ...personColumns, attendance: registrations.attendance })
    .from(registrations)
    .where(candidateFilter(eventId, delegation))
    .orderBy(asc(registrations.name));
}

export async function isCandidate(db: Queryable, eventId: string, delegation: CandidateScope, registrationId: string) {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(candidateFilter(eventId, delegation), eq(registrations.id, registrationId)));
  return row !== undefined;
}

/** The person of each registration that still holds their data. */
export async function listPeople(db: Queryable, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select(personColumns)
    .from(registrations)
    .where(and(inArray(registrations.id, ids), isNull(registrations.erasedAt)));
}

export async function insertDelegates(db: Queryable, rows: (typeof registrations.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(registrations).values(rows);
}

/** The oldest confirmed, unerased registrations of the event, at most `limit`. */
export async function listConfirmedIds(db: Queryable, eventId: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed'), isNull(registrations.erasedAt)),
    )
    .orderBy(asc(registrations.createdAt))
    .limit(limit);
  return rows.map((row) => row.id);
}
