import type { Access } from '../../../shared/access.js';
import { type AuditEntry, recordAudit, recordAudits } from '../../core/audit/audit.js';
import { type Actor, requireAccess } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { notFound } from '../../core/errors.js';
import * as repo from './events.repo.js';

/** The event as other modules see it: its own row, no children. */
export type EventRecord = repo.EventRow;

/** An audit entry of the operation: its event is the operation's, its actor too unless named. */
export type ScopedAudit = Omit<AuditEntry, 'eventId' | 'actorId'> & { actorId?: string | null };

/** What an operation works with: its transaction, its event and a log that knows both. */
export interface EventScope {
  tx: Queryable;
  event: EventRecord;
  actor: Actor;
  audit: (entry: ScopedAudit) => Promise<void>;
  audits: (entries: ScopedAudit[]) => Promise<void>;
}

export interface OperationOptions {
  db: Db;
  actor: Actor;
  slug: string;
  /**
   * Who may: the route's declared access (checked again here against the event found),
   * or `null` where the route is open to anyone and the operation's own rule decides.
   */
  may: Access | null;
  /** The route's other parameters that the access reads (a focal point's delegation `id`). */
  params?: Readonly<Record<string, unknown>>;
  /**
   * Take the event's lock before the work: writes that decide by counting (places,
   * double bookings) take turns per event.
   */
  lock?: boolean;
}

export async function findEvent(db: Queryable, slug: string): Promise<EventRecord> {
  const event = await repo.findEventBySlug(db, slug);
  if (!event) throw notFound('event');
  return event;
}

/** A read of one event's data: the event found and the caller's access checked. */
export async function eventRead(options: Omit<OperationOptions, 'lock'> & { db: Queryable }): Promise<EventRecord> {
  const event = await findEvent(options.db, options.slug);
  if (options.may) requireAccess(options.actor, options.may, { ...options.params, slug: event.slug });
  return event;
}

/**
 * One write to an event, the way every module opens one: the event found by its slug,
 * the access checked, one transaction, the lock if asked, and an audit log that fills
 * in the event and the actor. The work states only what is its own.
 */
export function eventOperation<T>(options: OperationOptions, work: (scope: EventScope) => Promise<T>): Promise<T> {
  return options.db.transaction(async (tx) => {
    const event = await eventRead({ ...options, db: tx });
    if (options.lock) await repo.lockEvent(tx, event.id);
    const scoped = (entry: ScopedAudit): AuditEntry => ({
      ...entry,
      eventId: event.id,
      actorId: entry.actorId === undefined ? options.actor.accountId : entry.actorId,
    });
    return work({
      tx,
      event,
      actor: options.actor,
      audit: (entry) => recordAudit(tx, scoped(entry)),
      audits: (entries) => recordAudits(tx, entries.map(scoped)),
    });
  });
}
