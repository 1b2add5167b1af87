import { REGISTRATION_POLICY } from '../../../shared/policies.js';
import { recordAudit } from '../../core/audit/audit.js';
import { deleteAccountsIfUnused } from '../../core/auth/accounts.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { eraseElsewhere } from '../../core/erasure.js';
import { invalidField } from '../../core/errors.js';
import { forgetAnswersFor } from '../../core/idempotency/idempotency.js';
import { deleteMails } from '../../core/mail/outbox.js';
import { listEventIdsEndedBefore, lockEvent } from '../events/events.service.js';
import { eventOperation } from '../events/operation.service.js';
import * as repo from './erasure.repo.js';

/**
 * Erases the personal data of one registration or of every live one of an event, in
 * the caller's transaction: the rows stay as anonymous counts; the mails about the
 * event to them go (others' mails about the event stay), and so do accounts that existed only for these registrations
 * (with their mails about no event).
 */
export async function eraseRegistrations(tx: Queryable, options: { eventId: string; onlyId?: string }) {
  const erased = await repo.anonymizeRegistrations(tx, options.eventId, options.onlyId);
  const accountIds = [...new Set(erased.flatMap((row) => (row.accountId ? [row.accountId] : [])))];
  const stillRegistered = await repo.findAccountsWithLiveRegistrations(tx, accountIds);
  const goneAddresses = await deleteAccountsIfUnused(
    tx,
    accountIds.filter((id) => !stillRegistered.has(id)),
  );
  const erasedIds = erased.map((row) => row.id);
  await forgetAnswersFor(tx, erasedIds);
  await eraseElsewhere(tx, erasedIds);
  await deleteMails(tx, {
    eventId: options.eventId,
    to: erased.map((row) => row.email),
    goneAddresses,
  });
  return { count: erased.length, accountsErased: goneAddresses.length };
}

const erasedAll = (result: { count: number; accountsErased: number }, reason: string) => ({
  action: 'registration.all_erased' as const,
  entityType: 'event',
  summary: { ...result, reason },
});

/** The organizers erase everyone's personal data at once, typically when the event is over. */
export async function eraseAllRegistrations(options: { db: Db; actor: Actor; slug: string; confirm: string }) {
  const { slug } = options;
  return eventOperation({ ...options, may: REGISTRATION_POLICY.eraseAll, lock: true }, async ({ tx, event, audit }) => {
    if (options.confirm !== slug)
      throw invalidField('confirm', 'field.mismatch', `type the event's address (${slug}) to confirm`);
    const result = await eraseRegistrations(tx, { eventId: event.id });
    await audit({ ...erasedAll(result, 'organizer'), entityId: event.id });
    return result;
  });
}

/** The retention rule (PURGE_AFTER_DAYS): events that ended longer ago lose their registrants' personal data. */
export async function purgeEndedEvents(options: { db: Db; days: number; now?: Date }): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.days * 86_400_000);
  const ended = await listEventIdsEndedBefore(options.db, cutoff);
  let erased = 0;
  for (const eventId of await repo.findEventsWithLiveRegistrations(options.db, ended)) {
    const result = await options.db.transaction(async (tx) => {
      await lockEvent(tx, eventId);
      const result = await eraseRegistrations(tx, { eventId });
      const reason = `ended over ${options.days} days ago`;
      await recordAudit(tx, { ...erasedAll(result, reason), eventId, actorId: null, entityId: eventId });
      return result;
    });
    erased += result.count;
  }
  return erased;
}
