import { and, asc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../../core/db/db.js';
import { delegationMembers, delegationSettings, delegations } from './delegations.tables.js';

export type DelegationRow = typeof delegations.$inferSelect;
export type MemberRow = typeof delegationMembers.$inferSelect;
export type SettingsRow = typeof delegationSettings.$inferSelect;

export async function listDelegations(db: Queryable, eventId: string): Promise<DelegationRow[]> {
  return db.select().from(delegations).where(eq(delegations.eventId, eventId)).orderBy(asc(delegations.createdAt));
}

export async function findDelegation(db: Queryable, eventId: string, id: string, isLocked = false) {
  const query = db
    .select()
    .from(delegations)
    .where(and(eq(delegations.eventId, eventId), eq(delegations.id, id)));
  const [row] = isLocked ? await query.for('update') : await query;
  return row;
}

export async function insertDelegations(db: Queryable, rows: (typeof delegations.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(delegations).values(rows).onConflictDoNothing().returning();
}

export async function updateDelegation(
  db: Queryable,
  id: string,
  values: Partial<Omit<DelegationRow, 'id' | 'eventId' | 'createdAt'>>,
): Promise<DelegationRow> {
  const [row] = await db
    .update(delegations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(delegations.id, id))
    .returning();
  if (!row) throw new Error('delegation update returned nothing');
  return row;
}

/** One statement for the whole list: position i+1 for the i-th id. */
export async function setSpeakingPositions(db: Queryable, eventId: string, ids: string[]) {
  if (ids.length === 0) return;
  const cases = sql.join(
    ids.map((id, index) => sql`when ${id}::uuid then ${index + 1}::int`),
    sql` `,
  );
  await db
    .update(delegations)
    .set({ speakingPosition: sql`case ${delegations.id} ${cases} end`, updatedAt: new Date() })
    .where(and(eq(delegations.eventId, eventId), inArray(delegations.id, ids)));
}

export async function clearSpeakingPositions(db: Queryable, eventId: string) {
  await db
    .update(delegations)
    .set({ speakingPosition: null, updatedAt: new Date() })
    .where(and(eq(delegations.eventId, eventId), isNotNull(delegations.speakingPosition)));
}

/** How many delegations other than `exceptId` chose the theme. */
export async function countThemeTakers(db: Queryable, eventId: string, themeId: string, exceptId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(delegations)
    .where(and(eq(delegations.eventId, eventId), eq(delegations.themeId, themeId), ne(delegations.id, exceptId)));
  return row?.count ?? 0;
}

export async function findSettings(db: Queryable, eventId: string): Promise<SettingsRow | undefined> {
  const [row] = await db.select().from(delegationSettings).where(eq(delegationSettings.eventId, eventId));
  return row;
}

/** The settings row, locked: choosing a theme against its quota waits for any other choice under way. */
export async function lockSettings(db: Queryable, eventId: string): Promise<SettingsRow> {
  await db.insert(delegationSettings).values({ eventId }).onConflictDoNothing();
  const [row] = await db.select().from(delegationSettings).where(eq(delegationSettings.eventId, eventId)).for('update');
  if (!row) throw new Error('delegation settings missing after insert');
  return row;
}

export async function saveSettings(
  db: Queryable,
  eventId: string,
  values: Partial<Pick<SettingsRow, 'statementDeadline' | 'themeQuotas'>>,
) {
  await db
    .update(delegationSettings)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(delegationSettings.eventId, eventId));
}

/** The endorsed members of the given delegations, in the order they were endorsed. */
export async function listMembers(db: Queryable, delegationIds: string[]): Promise<MemberRow[]> {
  if (delegationIds.length === 0) return [];
  return db
    .select()
    .from(delegationMembers)
    .where(inArray(delegationMembers.delegationId, delegationIds))
    .orderBy(asc(delegationMembers.createdAt));
}

/** Those of the registrations that are a member of some delegation. */
export async function listMemberRegistrationIds(db: Queryable, registrationIds: string[]): Promise<Set<string>> {
  if (registrationIds.length === 0) return new Set();
  const rows = await db
    .select({ registrationId: delegationMembers.registrationId })
    .from(delegationMembers)
    .where(inArray(delegationMembers.registrationId, registrationIds));
  return new Set(rows.map((row) => row.registrationId));
}

export async function findMemberByRegistration(db: Queryable, registrationId: string) {
  const [row] = await db.select().from(delegationMembers).where(eq(delegationMembers.registrationId, registrationId));
  return row;
}

export async function findMember(db: Queryable, delegationId: string, memberId: string) {
  const [row] = await db
    .select()
    .from(delegationMembers)
    .where(and(eq(delegationMembers.delegationId, delegationId), eq(delegationMembers.id, memberId)));
  return row;
}

export async function upsertMember(db: Queryable, values: typeof delegationMembers.$inferInsert): Promise<MemberRow> {
  const [row] = await db
    .insert(delegationMembers)
    .values(values)
    .onConflictDoUpdate({
      target: delegationMembers.registrationId,
      set: { role: values.role, rank: values.rank, endorsedAt: values.endorsedAt, endorsedBy: values.endorsedBy },
    })
    .returning();
  if (!row) throw new Error('member upsert returned nothing');
  return row;
}

export async function insertMembers(db: Queryable, rows: (typeof delegationMembers.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(delegationMembers).values(rows);
}

export async function deleteMember(db: Queryable, memberId: string) {
  await db.delete(delegationMembers).where(eq(delegationMembers.id, memberId));
}

/** The delegation that endorsed each of the registrations, for those a delegation endorsed. */
export async function listEndorsements(db: Queryable, registrationIds: string[]) {
  if (registrationIds.length === 0) return [];
  return db
    .select({
      registrationId: delegationMembers.registrationId,
      delegationId: delegations.id,
      country: delegations.country,
      name: delegations.name,
      role: delegationMembers.role,
    })
    .from(delegationMembers)
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .where(inArray(delegationMembers.registrationId, registrationIds));
}
