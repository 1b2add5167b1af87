import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { AuditAction } from '../../../shared/audit.js';
import { accounts } from '../auth/auth.tables.js';
import type { Queryable } from '../db/db.js';
import { auditLog } from './audit.tables.js';

export interface AuditEntry {
  eventId?: string | null;
  actorId: string | null;
  /** One of AUDIT_ACTIONS: a new action needs its words in both languages. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  summary?: Record<string, unknown>;
}

const auditValues = (entry: AuditEntry) => ({
  eventId: entry.eventId ?? null,
  actorId: entry.actorId,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  summary: entry.summary ?? {},
});

/** Call inside the transaction of the write it describes: both land or neither. */
export async function recordAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(auditValues(entry));
}

/** Many entries in one statement, for writes that change many records at once. */
export async function recordAudits(tx: Queryable, entries: AuditEntry[]): Promise<void> {
  if (entries.length > 0) await tx.insert(auditLog).values(entries.map(auditValues));
}

export interface AuditFilter {
  eventId: string;
  /** The event's zone, in which the dates are calendar days. */
  timeZone: string;
  before?: number | undefined;
  limit: number;
  actor?: string | undefined;
  action?: AuditAction | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function auditWhere(f: AuditFilter) {
  return and(
    eq(auditLog.eventId, f.eventId),
    f.before ? lt(auditLog.id, f.before) : undefined,
    f.actor ? eq(auditLog.actorId, f.actor) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.from ? sql`${auditLog.createdAt} >= (${f.from}::date::timestamp at time zone ${f.timeZone})` : undefined,
    f.to ? sql`${auditLog.createdAt} < ((${f.to}::date + 1)::timestamp at time zone ${f.timeZone})` : undefined,
  );
}

const newestId = sql<number>`max(${auditLog.id})`.mapWith(Number);

/**
 * The event's log as acts, newest first: the rows of one transaction (one `now()`) by one
 * actor with one action and kind of record are one act, such as a bulk approval.
 */
export async function listAuditActs(db: Queryable, f: AuditFilter) {
  return db
    .select({
      id: newestId,
      firstId: sql<number>`min(${auditLog.id})`.mapWith(Number),
      actorId: auditLog.actorId,
      actorName: accounts.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      createdAt: auditLog.createdAt,
      count: sql<number>`count(*)`.mapWith(Number),
      entityIds: sql<string[]>`(array_agg(${auditLog.entityId} order by ${auditLog.id}))[1:20]`,
      summary: sql<Record<string, unknown>>`(array_agg(${auditLog.summary} order by ${auditLog.id} desc))[1]`,
    })
    .from(auditLog)
    .leftJoin(accounts, eq(accounts.id, auditLog.actorId))
    .where(auditWhere(f))
    .groupBy(auditLog.actorId, accounts.name, auditLog.action, auditLog.entityType, auditLog.createdAt)
    .orderBy(desc(newestId))
    .limit(f.limit);
}

/** The people who appear in the event's log, by name. */
export async function listAuditActors(db: Queryable, eventId: string) {
  return db
    .selectDistinct({ id: accounts.id, name: accounts.name })
    .from(auditLog)
    .innerJoin(accounts, eq(accounts.id, auditLog.actorId))
    .where(eq(auditLog.eventId, eventId))
    .orderBy(accounts.name, accounts.id);
}

/** JSON with object keys sorted: jsonb hands keys back in its own order, so equal values must compare equal. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** Which fields a change touched, with their new values: what the log shows a reader. */
export function describeChange(before: Record<string, unknown>, patch: Record<string, unknown>) {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined && canonicalJson(before[key]) !== canonicalJson(value)) changed[key] = value;
  }
  return changed;
}

/** One record's entries, newest first, with the name of who acted: a record's history. */
export async function listRecordAudit(
  db: Queryable,
  options: { eventId: string; entityType: string; entityId: string; limit: number },
) {
  return db
    .select({ entry: auditLog, actorName: accounts.name })
    .from(auditLog)
    .leftJoin(accounts, eq(accounts.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.eventId, options.eventId),
        eq(auditLog.entityType, options.entityType),
        eq(auditLog.entityId, options.entityId),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
}
