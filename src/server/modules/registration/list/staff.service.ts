import type { RoleAccess } from '../../../../shared/access.js';
import { LIST_POLICY } from '../../../../shared/policies.js';
import type {
  HistoryEntry,
  RegistrationListItem,
  StaffEdit,
  StaffNoteInput,
} from '../../../../shared/registrationList.js';
import { pickText } from '../../../../shared/text.js';
import { describeChange, listRecordAudit } from '../../../core/audit/audit.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Db } from '../../../core/db/db.js';
import { notFound } from '../../../core/errors.js';
import { enqueueMail } from '../../../core/mail/outbox.js';
import { type EventScope, eventOperation, eventRead } from '../../events/operation.service.js';
import type { LinkSettings } from '../form.service.js';
import { newLinkKey, personalLink } from '../link.js';
import { registrationLinkRenewed } from '../registration.mails.js';
import * as registrations from '../registration.repo.js';
import { getRegistration } from './list.service.js';

interface OneRegistration {
  db: Db;
  actor: Actor;
  slug: string;
  id: string;
}

/** The staff's write on one registration of the event: found (not erased) and locked, then the work, audited by it. */
function onRegistration<T>(
  options: OneRegistration,
  may: RoleAccess,
  work: (scope: EventScope, row: registrations.RegistrationRow) => Promise<T>,
): Promise<T> {
  return eventOperation({ ...options, may }, async (scope) => {
    const row = await registrations.findById(scope.tx, scope.event.id, options.id, true);
    if (!row || row.erasedAt) throw notFound('registration');
    return work(scope, row);
  });
}

/** The private note, replaced whole; the log says that it changed, not what it says. */
export async function saveStaffNote(
  options: OneRegistration & { input: StaffNoteInput },
): Promise<RegistrationListItem> {
  await onRegistration(options, LIST_POLICY.writeNote, async ({ tx, audit }, row) => {
    const note = options.input.note || null;
    await registrations.updateRegistration(tx, row.id, { staffNote: note });
    await audit({
      action: note ? 'registration.note_saved' : 'registration.note_cleared',
      entityType: 'registration',
      entityId: row.id,
    });
  });
  return getRegistration(options);
}

/** A correction by staff; the log keeps the names of the fields changed, not the personal values. */
export async function editRegistration(options: OneRegistration & { input: StaffEdit }): Promise<RegistrationListItem> {
  await onRegistration(options, LIST_POLICY.editRegistration, async ({ tx, audit }, row) => {
    const fields = Object.keys(describeChange(row, options.input));
    if (fields.length === 0) return;
    await registrations.updateRegistration(tx, row.id, options.input);
    await audit({ action: 'registration.edited', entityType: 'registration', entityId: row.id, summary: { fields } });
  });
  return getRegistration(options);
}

/**
 * A new personal link, mailed to the registrant: the key changes, so the old link stops
 * working. The answer names the address only; the link goes nowhere but the mail.
 */
export async function resendPersonalLink(
  options: OneRegistration & { links: LinkSettings },
): Promise<{ mailedTo: string }> {
  return onRegistration(options, LIST_POLICY.resendLink, async ({ tx, event, audit }, row) => {
    const linkKey = newLinkKey();
    await registrations.updateRegistration(tx, row.id, { linkKey });
    const link = personalLink({ ...options.links, slug: event.slug, id: row.id, linkKey });
    await enqueueMail(tx, {
      to: row.email,
      language: row.language,
      eventId: event.id,
      template: registrationLinkRenewed,
      params: { name: row.name, event: pickText(event.name, row.language), link },
    });
    await audit({ action: 'registration.link_resent', entityType: 'registration', entityId: row.id });
    return { mailedTo: row.email };
  });
}

/** The record's audit entries, newest first. */
export async function registrationHistory(options: OneRegistration): Promise<{ entries: HistoryEntry[] }> {
  const event = await eventRead({ ...options, may: LIST_POLICY.readHistory });
  const row = await registrations.findById(options.db, event.id, options.id);
  if (!row) throw notFound('registration');
  const rows = await listRecordAudit(options.db, {
    eventId: event.id,
    entityType: 'registration',
    entityId: row.id,
    limit: 200,
  });
  return {
    entries: rows.map(({ entry, actorName }) => ({
      id: entry.id,
      action: entry.action,
      actorName,
      createdAt: entry.createdAt.toISOString(),
      summary: entry.summary,
    })),
  };
}
