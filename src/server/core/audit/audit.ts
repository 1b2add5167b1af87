import { and, desc, eq, lt } from 'drizzle-orm';
import { accounts } from '../auth/auth.tables.js';
import type { Queryable } from '../db/db.js';
import { auditLog } from './audit.tables.js';

export interface AuditEntry {
  eventId?: string | null;
  actorId: string | null;
  action: string;
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

export async function listAuditEntries(db: Queryable, options: { eventId: string; before?: number; limit: number }) {
  const where = options.before
    ? and(eq(auditLog.eventId, options.eventId), lt(auditLog.id, options.before))
    : eq(auditLog.eventId, options.eventId);
  return db
    .select({ entry: auditLog, actorName: accounts.name })
    .from(auditLog)
    .leftJoin(accounts, eq(accounts.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
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
