import type { EventRole } from '../../../shared/auth.js';
import { EVENT_POLICY } from '../../../shared/policies.js';
import { addEventRole, ensureAccount, listEventRoles, removeEventRole } from '../../core/auth/accounts.js';
import type { Actor } from '../../core/auth/actor.js';

import type { Db } from '../../core/db/db.js';
import { AppError } from '../../core/errors.js';
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

/** Gives a person a role in the event, creating their account if they have none. */
export async function grantRole(options: {
  db: Db;
  actor: Actor;
  slug: string;
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
    await audit({ action: 'role.granted', entityType: 'account', entityId: account.id, summary: { role } });
    return { accountId: account.id, email: account.email, name: account.name, role };
  });
}

export async function revokeRole(options: { db: Db; actor: Actor; slug: string; accountId: string; role: EventRole }) {
  const { accountId, role } = options;
  await eventOperation({ ...options, may: EVENT_POLICY.manageRoles }, async ({ tx, event, audit }) => {
    const isDeleted = await removeEventRole(tx, { eventId: event.id, accountId, role });
    if (!isDeleted) throw new AppError('role.not_found', 'This person does not hold this role.');
    await audit({ action: 'role.revoked', entityType: 'account', entityId: accountId, summary: { role } });
  });
}
