import { REGISTRATION_POLICY } from '../../../shared/policies.js';
import { recordAudit } from '../../core/audit/audit.js';
import { type Actor, requireEventRole } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { invalidField } from '../../core/errors.js';
import { forgetAnswersFor } from '../../core/idempotency/idempotency.js';
import { deleteMails } from '../../core/mail/outbox.js';
import { findEvent, lockEvent } from '../events/events.service.js';
import * as repo from './registration.repo.js';

/**
 * Erases the personal data of one registration or of every live one of an event, in
 * the caller's transaction: the rows stay as anonymous counts; the mails about the
 * event to them go (others' mails about the event stay), and so do accounts that existed only for these registrations
 * (with their mails about no event).
 */
export async function eraseRegistrations(tx: Queryable, options: { eventId: string; onlyId?: string }) {
  const erased = await repo.anonymizeRegistrations(tx, options.eventId, options.onlyId);
  const accountIds = [...new Set(erased.flatMap((row) => (row.accountId ? [row.accountId] : [])))];
  const goneAddresses = await repo.deleteUnusedAccounts(tx, accountIds);
  await forgetAnswersFor(
    tx,
    erased.map((row) => row.id),
  );
  await deleteMails(tx, {
    eventId: options.eventId,
    to: erased.map((row) => row.email),
    goneAddresses,
  });
  return { count: erased.length, accountsErased: goneAddresses.length };
}

async function eraseEvent(tx: Queryable, eventId: string, actorId: string | null, reason: string) {
  await lockEvent(tx, eventId);
  const result = await eraseRegistrations(tx, { eventId });
  await recordAudit(tx, {
    eventId,
    actorId,
    action: 'registration.all_erased',
    entityType: 'event',
    entityId: eventId,
    summary: { ...result, reason },
  });
  return result;
}

/** The organizers erase everyone's personal data at once, typically when the event is over. */
export async function eraseAllRegistrations(options: { db: Db; actor: Actor; slug: string; confirm: string }) {
  const { db, actor, slug } = options;
  const event = await findEvent(db, slug);
  requireEventRole(actor, event.id, REGISTRATION_POLICY.eraseAll);
  if (options.confirm !== slug)
    throw invalidField('confirm', 'field.mismatch', `type the event's address (${slug}) to confirm`);
  return db.transaction((tx) => eraseEvent(tx, event.id, actor.accountId, 'organizer'));
}

/** The retention rule (PURGE_AFTER_DAYS): events that ended longer ago lose their registrants' personal data. */
export async function purgeEndedEvents(options: { db: Db; days: number; now?: Date }): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.days * 86_400_000);
  let erased = 0;
  for (const eventId of await repo.listEventsEndedWithLiveRegistrations(options.db, cutoff)) {
    const result = await options.db.transaction((tx) =>
      eraseEvent(tx, eventId, null, `ended over ${options.days} days ago`),
    );
    erased += result.count;
  }
  return erased;
}
