import type { AuditEntryView } from '../../../shared/admin.js';
import { EVENT_POLICY } from '../../../shared/policies.js';
import { listAuditEntries } from '../../core/audit/audit.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { listOutbox, type OutboxRow } from '../../core/mail/outbox.js';
import { eventRead } from './operation.service.js';

/** Organizers of the event: its audit log, newest first, paged by `before`. */
export async function readAuditLog(options: {
  db: Db;
  actor: Actor;
  slug: string;
  query: { before?: number | undefined; limit: number };
}): Promise<AuditEntryView[]> {
  const event = await eventRead({ ...options, may: EVENT_POLICY.readAudit });
  const rows = await listAuditEntries(options.db, { eventId: event.id, ...options.query });
  return rows.map(({ entry, actorName }) => ({
    id: entry.id,
    actorId: entry.actorId,
    actorName,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    summary: entry.summary,
    createdAt: entry.createdAt.toISOString(),
  }));
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
