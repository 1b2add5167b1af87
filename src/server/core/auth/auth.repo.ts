import { and, asc, eq, gt, inArray, isNull, notExists, sql } from 'drizzle-orm';
import type { EventRole } from '../../../shared/auth.js';
import type { Queryable } from '../db/db.js';
import { accounts, eventRoles, magicLinks, sessions } from './auth.tables.js';

export type AccountRow = typeof accounts.$inferSelect;

export async function findAccountByEmail(db: Queryable, email: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.email, email.toLowerCase()));
  return row;
}

export async function findAccountById(db: Queryable, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row;
}

export async function insertAccount(
  db: Queryable,
  values: { email: string; name: string; language?: string; isAdmin?: boolean; passwordHash?: string | null },
): Promise<AccountRow> {
  const [row] = await db
    .insert(accounts)
    .values({ ...values, email: values.email.toLowerCase() })
    .returning();
  if (!row) throw new Error('account insert returned nothing');
  return row;
}

export async function updateAccount(
  db: Queryable,
  id: string,
  values: Partial<Pick<AccountRow, 'name' | 'language' | 'passwordHash' | 'isAdmin'>>,
): Promise<void> {
  await db
    .update(accounts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(accounts.id, id));
}

export async function insertSession(
  db: Queryable,
  values: { tokenHash: string; accountId: string; expiresAt: Date; registrationId?: string },
) {
  await db.insert(sessions).values(values);
}

/** A live session with its account, and for a personal link's session the registration it opens. */
export async function findLiveSession(db: Queryable, tokenHash: string) {
  const [row] = await db
    .select({ tokenHash: sessions.tokenHash, account: accounts, registrationId: sessions.registrationId })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())));
  return row;
}

export async function deleteSession(db: Queryable, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function insertMagicLink(
  db: Queryable,
  values: { tokenHash: string; accountId: string; expiresAt: Date },
) {
  await db.insert(magicLinks).values(values);
}

/** Marks the link used in the same statement that checks it: two clicks cannot both win. */
export async function useMagicLink(db: Queryable, tokenHash: string): Promise<string | undefined> {
  const [row] = await db
    .update(magicLinks)
    .set({ usedAt: new Date() })
    .where(and(eq(magicLinks.tokenHash, tokenHash), isNull(magicLinks.usedAt), gt(magicLinks.expiresAt, new Date())))
    .returning({ accountId: magicLinks.accountId });
  return row?.accountId;
}

/** Once one link of the account is used, its other outstanding links are spent too. */
export async function retireMagicLinks(db: Queryable, accountId: string): Promise<void> {
  await db
    .update(magicLinks)
    .set({ usedAt: new Date() })
    .where(and(eq(magicLinks.accountId, accountId), isNull(magicLinks.usedAt)));
}

export async function findMagicLink(db: Queryable, tokenHash: string) {
  const [row] = await db.select().from(magicLinks).where(eq(magicLinks.tokenHash, tokenHash));
  return row;
}

export async function listRolesOfAccount(db: Queryable, accountId: string) {
  return db
    .select({ eventId: eventRoles.eventId, role: eventRoles.role, delegationId: eventRoles.delegationId })
    .from(eventRoles)
    .where(eq(eventRoles.accountId, accountId));
}

export async function insertEventRole(db: Queryable, values: { eventId: string; accountId: string; role: EventRole }) {
  await db.insert(eventRoles).values(values).onConflictDoNothing();
}

export async function deleteEventRole(db: Queryable, values: { eventId: string; accountId: string; role: EventRole }) {
  const deleted = await db
    .delete(eventRoles)
    .where(
      and(
        eq(eventRoles.eventId, values.eventId),
        eq(eventRoles.accountId, values.accountId),
        eq(eventRoles.role, values.role),
      ),
    )
    .returning({ role: eventRoles.role });
  return deleted.length > 0;
}

export async function listEventRoles(db: Queryable, eventId: string) {
  return db
    .select({
      accountId: accounts.id,
      email: accounts.email,
      name: accounts.name,
      role: eventRoles.role,
      delegationId: eventRoles.delegationId,
    })
    .from(eventRoles)
    .innerJoin(accounts, eq(accounts.id, eventRoles.accountId))
    .where(eq(eventRoles.eventId, eventId))
    .orderBy(eventRoles.role, accounts.name);
}

/** Deletes those of the accounts that are no administrator and hold no role; answers their addresses. */
export async function deleteAccountsWithoutRoles(db: Queryable, accountIds: string[]): Promise<string[]> {
  if (accountIds.length === 0) return [];
  const rows = await db
    .delete(accounts)
    .where(
      and(
        inArray(accounts.id, accountIds),
        eq(accounts.isAdmin, false),
        notExists(db.select({ one: sql`1` }).from(eventRoles).where(eq(eventRoles.accountId, accounts.id))),
      ),
    )
    .returning({ email: accounts.email });
  return rows.map((r) => r.email);
}

/** The delegation a person is focal point of in the event, if any. */
export async function findFocalDelegationId(db: Queryable, eventId: string, accountId: string) {
  const [row] = await db
    .select({ delegationId: eventRoles.delegationId })
    .from(eventRoles)
    .where(
      and(eq(eventRoles.eventId, eventId), eq(eventRoles.accountId, accountId), eq(eventRoles.role, 'focal_point')),
    );
  return row?.delegationId ?? null;
}

export async function upsertFocalPoint(
  db: Queryable,
  values: { eventId: string; accountId: string; delegationId: string },
) {
  // A focal point role granted in the roles section has no delegation yet: this gives it one.
  await db
    .insert(eventRoles)
    .values({ ...values, role: 'focal_point' })
    .onConflictDoUpdate({
      target: [eventRoles.eventId, eventRoles.accountId, eventRoles.role],
      set: { delegationId: values.delegationId },
    });
}

/** The event's focal points, each with the delegation they act for, by name. */
export async function listFocalPoints(db: Queryable, eventId: string) {
  return db
    .select({
      delegationId: eventRoles.delegationId,
      accountId: accounts.id,
      name: accounts.name,
      email: accounts.email,
      language: accounts.language,
    })
    .from(eventRoles)
    .innerJoin(accounts, eq(accounts.id, eventRoles.accountId))
    .where(and(eq(eventRoles.eventId, eventId), eq(eventRoles.role, 'focal_point')))
    .orderBy(asc(accounts.name));
}
