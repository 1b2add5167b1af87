import { and, asc, count, eq, isNotNull, isNull } from 'drizzle-orm';
import type { CheckInSummary } from '../../../shared/checkin.js';
import type { ListFilter } from '../../../shared/registrationList.js';
import type { Queryable } from '../../core/db/db.js';
import { filterConditions } from './list/list.repo.js';
import type { RegistrationRow } from './registration.repo.js';
import { registrations } from './registration.tables.js';

/** Registrations that hold a badge: confirmed, in person, not erased, with a code. */
const holdsBadge = (eventId: string) =>
  and(
    eq(registrations.eventId, eventId),
    eq(registrations.attendance, 'in_person'),
    eq(registrations.status, 'confirmed'),
    isNull(registrations.erasedAt),
    isNotNull(registrations.checkInCode),
  );

/** The badge holders a bulk download prints, by name; the list's filters narrow them, a status other than confirmed to none. */
export async function listBadgeHolders(db: Queryable, eventId: string, filter: ListFilter): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(and(holdsBadge(eventId), filterConditions(eventId, filter)))
    .orderBy(asc(registrations.name), asc(registrations.id));
}

/** The registration a check-in code belongs to in the event, locked: two scans of one badge take turns. */
export async function findByCheckInCodeForUpdate(db: Queryable, eventId: string, code: string) {
  const [row] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.checkInCode, code)))
    .for('update');
  return row;
}

export async function markCheckedIn(db: Queryable, id: string, at: Date): Promise<void> {
  await db.update(registrations).set({ checkedInAt: at, updatedAt: at }).where(eq(registrations.id, id));
}

/** Badge holders, and how many of them came: one query, cheap enough to run on every check-in notice. */
export async function countCheckIns(db: Queryable, eventId: string): Promise<CheckInSummary> {
  const [row] = await db
    .select({ expected: count(), checkedIn: count(registrations.checkedInAt) })
    .from(registrations)
    .where(holdsBadge(eventId));
  return { checkedIn: row?.checkedIn ?? 0, expected: row?.expected ?? 0 };
}

/** The registrations of the event checked in at the door. */
export async function listCheckedInIds(db: Queryable, eventId: string): Promise<string[]> {
  const rows = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), isNotNull(registrations.checkedInAt)));
  return rows.map((row) => row.id);
}

/** The first time the registrant followed a session online; later times leave it. */
export async function markFollowedOnline(db: Queryable, id: string, at: Date): Promise<void> {
  await db
    .update(registrations)
    .set({ followedOnlineAt: at })
    .where(and(eq(registrations.id, id), isNull(registrations.followedOnlineAt)));
}
