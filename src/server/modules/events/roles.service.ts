import type { EventRole } from '../../../shared/auth.js';
import { EVENT_POLICY } from '../../../shared/policies.js';
import { recordAudit } from '../../core/audit/audit.js';
import { type Actor, requireEventRole } from '../../core/auth/actor.js';
import * as authRepo from '../../core/auth/auth.repo.js';
import type { Db } from '../../core/db/db.js';
import { AppError } from '../../core/errors.js';
import { getEventRow } from './events.service.js';

export async function listRoles({ db, actor, slug }: { db: Db; actor: Actor; slug: string }) {
  const event = await getEventRow(db, slug);
  requireEventRole(actor, event.id, EVENT_POLICY.manageRoles);
  const rows = await authRepo.listEventRoles(db, event.id);
  return rows.map((r) => ({ ...r, role: r.role as EventRole }));
}

/** Gives a person a role in the event, creating their account if they have none. */
export async function grantRole(options: {
  db: Db;
  actor: Actor;
  slug: string;
  email: string;
  name?: string;
  role: EventRole;
}) {
  const { db, actor, slug, email, role } = options;
  return db.transaction(async (tx) => {
    const event = await getEventRow(tx, slug);
    requireEventRole(actor, event.id, EVENT_POLICY.manageRoles);
    let account = await authRepo.findAccountByEmail(tx, email);
    if (!account) {
      if (!options.name) {
        throw new AppError('role.name_required', 'This person has no account yet: give their name too.', [
          { field: 'name', code: 'field.required', message: 'is required for a new account' },
        ]);
      }
      account = await authRepo.insertAccount(tx, { email, name: options.name });
      await recordAudit(tx, {
        eventId: event.id,
        actorId: actor.accountId,
        action: 'account.created',
        entityType: 'account',
        entityId: account.id,
      });
    }
    await authRepo.insertEventRole(tx, { eventId: event.id, accountId: account.id, role });
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
      action: 'role.granted',
      entityType: 'account',
      entityId: account.id,
      summary: { role },
    });
    return { accountId: account.id, email: account.email, name: account.name, role };
  });
}

export async function revokeRole(options: { db: Db; actor: Actor; slug: string; accountId: string; role: EventRole }) {
  const { db, actor, slug, accountId, role } = options;
  await db.transaction(async (tx) => {
    const event = await getEventRow(tx, slug);
    requireEventRole(actor, event.id, EVENT_POLICY.manageRoles);
    const isDeleted = await authRepo.deleteEventRole(tx, { eventId: event.id, accountId, role });
    if (!isDeleted) throw new AppError('role.not_found', 'This person does not hold this role.');
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
      action: 'role.revoked',
      entityType: 'account',
      entityId: accountId,
      summary: { role },
    });
  });
}
