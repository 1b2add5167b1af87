import { and, asc, count, eq, ilike, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { BadgeFilter, CheckInSummary } from '../../../shared/checkin.js';
import type { Queryable } from '../../core/db/db.js';
import type { RegistrationRow } from './registration.repo.js';
import { checkIns, registrations } from './registration.tables.js';

/** Registrations that hold a badge: confirmed, in person, not erased, with a code. */
const holdsBadge = (eventId: string) =>
  and(
    eq(registrations.eventId, eventId),
    eq(registrations.attendance, 'in_person'),
    eq(registrations.status, 'confirmed'),
    isNull(registrations.erasedAt),
    isNotNull(registrations.checkInCode),
  );

/** `%` and `_` typed into the search box are searched for, not used as wildcards. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The badge holders a bulk download prints, by name; the filters narrow them, a status other than confirmed to none. */
export async function listBadgeHolders(
  db: Queryable,
  eventId: string,
  filter: BadgeFilter,
): Promise<RegistrationRow[]> {
  const conditions: (SQL | undefined)[] = [holdsBadge(eventId)];
  if (filter.status) conditions.push(eq(registrations.status, filter.status));
  if (filter.country) conditions.push(eq(registrations.country, filter.country));
  if (filter.sector) conditions.push(eq(registrations.sector, filter.sector));
  if (filter.category) conditions.push(eq(registrations.category, filter.category));
  if (filter.q) {
    const pattern = containing(filter.q);
    conditions.push(
      or(
        ilike(registrations.name, pattern),
        ilike(registrations.email, pattern),
        ilike(registrations.organization, pattern),
      ),
    );
  }
  return db
    .select()
    .from(registrations)
    .where(and(...conditions))
    .orderBy(asc(registrations.name), asc(registrations.id));
}

/** The registration a check-in code belongs to in the event, locked: two scans of one badge take turns. */
export async function findByCodeForUpdate(db: Queryable, eventId: string, code: string) {
  const [row] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.checkInCode, code)))
    .for('update');
  return row;
}

export async function insertCheckIn(
  db: Queryable,
  values: { eventId: string; registrationId: string; staffId: string | null },
) {
  const [row] = await db.insert(checkIns).values(values).returning();
  if (!row) throw new Error('check-in insert returned nothing');
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
