import type { AuditActorView, AuditEntryView } from '../../../shared/admin.js';
import type { AuditAction } from '../../../shared/audit.js';
import { EVENT_POLICY } from '../../../shared/policies.js';
import { type AuditFilter, listAuditActors, listAuditActs } from '../../core/audit/audit.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { listOutbox, type OutboxRow } from '../../core/mail/outbox.js';
import { eventRead } from './operation.service.js';

/** Organizers of the event: its audit log as acts, newest first, filtered and paged by `before`. */
export async function readAuditLog(options: {
  db: Db;
  actor: Actor;
  slug: string;
  query: Omit<AuditFilter, 'eventId' | 'timeZone'>;
}): Promise<AuditEntryView[]> {
  const event = await eventRead({ ...options, may: EVENT_POLICY.readAudit });
  const rows = await listAuditActs(options.db, { ...options.query, eventId: event.id, timeZone: event.timeZone });
  return rows.map((row) => ({
    ...row,
    action: row.action as AuditAction,
    entityId: row.entityIds[0] ?? '',
    createdAt: row.createdAt.toISOString(),
  }));
}

/** Organizers of the event: the people its log names, for the filter by person. */
export async function readAuditActors(options: { db: Db; actor: Actor; slug: string }): Promise<AuditActorView[]> {
  const event = await eventRead({ ...options, may: EVENT_POLICY.readAudit });
  return listAuditActors(options.db, event.id);
}

/** Organizers and secretariat: the mails the event sent or will send. */
export async function readEventOutbox(options: {
  db: Db;
  actor: Actor;
  slug: string;
  limit: number;
}): Promise<OutboxRow[]> {
  const event = await eventRead({ ...options, may: EVENT_POLICY.readOutbox });
  return listOutbox(options.db, { eventId: event.id, limit: options.limit });
}
