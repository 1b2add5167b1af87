import type { EventRole } from '../../../shared/auth.js';
import { EVENT_POLICY } from '../../../shared/policies.js';
import { pagePath } from '../../../shared/routes.js';
import { pickText } from '../../../shared/text.js';
import { addEventRole, ensureAccount, listEventRoles, removeEventRole } from '../../core/auth/accounts.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { AppError } from '../../core/errors.js';
import { enqueueMail } from '../../core/mail/outbox.js';
import { roleGranted } from './events.mails.js';
import { eventOperation, eventRead } from './operation.service.js';

export async function listRoles({ db, actor, slug }: { db: Db; actor: Actor; slug: string }) {
  const event = await eventRead({ db, actor, slug, may: EVENT_POLICY.manageRoles });
  const rows = await listEventRoles(db, event.id);
  return rows.map((r) => ({ ...r, role: r.role as EventRole }));
}

const nameRequired = () =>
  new AppError('role.name_required', 'This person has no account yet: give their name too.', [
    { field: 'name', code: 'field.required', message: 'is required for a new account' },
  ]);

/** Where a role's work starts: the organizer area for staff, the event's page for the others. */
const STAFF_ROLES: readonly EventRole[] = ['organizer', 'secretariat'];

/**
 * Gives a person a role in the event, creating their account if they have none, and
 * mails them what the role is for, with the sign-in page (never a credential: the
 * organizer who typed the address is not its owner).
 */
export async function grantRole(options: {
  db: Db;
  actor: Actor;
  slug: string;
  publicUrl: string;
  email: string;
  name?: string;
  role: EventRole;
}) {
  const { email, role } = options;
  return eventOperation({ ...options, may: EVENT_POLICY.manageRoles }, async ({ tx, event, actor, audit }) => {
    const { account } = await ensureAccount(tx, {
      email,
      name: options.name,
      eventId: event.id,
      actorId: actor.accountId,
      onMissingName: nameRequired,
    });
    await addEventRole(tx, { eventId: event.id, accountId: account.id, role });
    const language = account.language === 'id' ? 'id' : 'en';
    const next = pagePath(STAFF_ROLES.includes(role) ? 'manage' : 'event', { slug: event.slug });
    await enqueueMail(tx, {
      to: account.email,
      language,
      eventId: event.id,
      template: roleGranted,
      params: {
        name: account.name,
        role,
        event: pickText(event.name, language) || event.slug,
        signInPage: `${options.publicUrl}${pagePath('signIn')}?${new URLSearchParams({ next })}`,
      },
    });
    await audit({ action: 'role.granted', entityType: 'account', entityId: account.id, summary: { role } });
    return { accountId: account.id, email: account.email, name: account.name, role, delegationId: null };
  });
}

/** Takes a role away; never the last organizer's, whoever asks: the event would have no one to run it. */
export async function revokeRole(options: { db: Db; actor: Actor; slug: string; accountId: string; role: EventRole }) {
  const { accountId, role } = options;
  await eventOperation({ ...options, may: EVENT_POLICY.manageRoles, lock: true }, async ({ tx, event, audit }) => {
    if (role === 'organizer') {
      const organizers = (await listEventRoles(tx, event.id)).filter((r) => r.role === 'organizer');
      if (organizers.length === 1 && organizers[0]?.accountId === accountId) {
        throw new AppError('role.last_organizer', 'The last organizer of the event keeps the role.');
      }
    }
    const isDeleted = await removeEventRole(tx, { eventId: event.id, accountId, role });
    if (!isDeleted) throw new AppError('role.not_found', 'This person does not hold this role.');
    await audit({ action: 'role.revoked', entityType: 'account', entityId: accountId, summary: { role } });
  });
}
