import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../core/db/db.js';
import { ACTIVE_STATUSES } from './registration.repo.js';
import { registrations } from './registration.tables.js';

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
      timeZone: null,
      panels: [],
      answers: {},
      accountId: null,
      linkKey: null,
      checkInCode: null,
      decisionReason: null,
      staffNote: null,
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

/** Of these accounts, the ones that still hold a live registration of any event. */
export async function findAccountsWithLiveRegistrations(db: Queryable, accountIds: string[]): Promise<Set<string>> {
  if (accountIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ accountId: registrations.accountId })
    .from(registrations)
    .where(and(inArray(registrations.accountId, accountIds), isNull(registrations.erasedAt)));
  return new Set(rows.flatMap((r) => (r.accountId ? [r.accountId] : [])));
}

/** Of these events, the ones that still hold personal data. */
export async function findEventsWithLiveRegistrations(db: Queryable, eventIds: string[]): Promise<string[]> {
  if (eventIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: registrations.eventId })
    .from(registrations)
    .where(and(inArray(registrations.eventId, eventIds), isNull(registrations.erasedAt)));
  return rows.map((r) => r.id);
}
