import { recordAudit } from '../audit/audit.js';
import type { Queryable } from '../db/db.js';
import { type AccountRow, deleteAccountsWithoutRoles, findAccountByEmail, insertAccount } from './auth.repo.js';

export type { AccountRow };

/** Who a new account is made for, and who makes it (for the audit). */
export interface AccountRequest {
  email: string;
  /** Needed only when the address has no account yet: `onMissingName` says what to tell the caller. */
  name?: string | undefined;
  language?: string | undefined;
  eventId: string | null;
  actorId: string | null;
  /** The error when the address is new and no name was given. */
  onMissingName?: () => Error;
}

/**
 * The account of an address, made (and audited as `account.created`) when there is
 * none: the one way roles, focal-point invitations and personal links find a person.
 */
export async function ensureAccount(
  tx: Queryable,
  request: AccountRequest,
): Promise<{ account: AccountRow; isNew: boolean }> {
  const existing = await findAccountByEmail(tx, request.email);
  if (existing) return { account: existing, isNew: false };
  if (!request.name) throw request.onMissingName?.() ?? new Error('ensureAccount: a new account needs a name');
  const account = await insertAccount(tx, {
    email: request.email,
    name: request.name,
    ...(request.language ? { language: request.language } : {}),
  });
  await recordAudit(tx, {
    eventId: request.eventId,
    actorId: request.actorId,
    action: 'account.created',
    entityType: 'account',
    entityId: account.id,
  });
  return { account, isNew: true };
}

/**
 * Deletes the accounts a module no longer needs (the caller has checked its own records),
 * unless they are an administrator's or hold a role. Answers the addresses deleted.
 */
export const deleteAccountsIfUnused = (tx: Queryable, accountIds: string[]): Promise<string[]> =>
  deleteAccountsWithoutRoles(tx, accountIds);

/**
 * An event's roles, for the modules that grant and list them, and a delegation's focal
 * points (the role with its delegation) for the delegations module: the queries stay in auth.repo.
 */
export {
  deleteEventRole as removeEventRole,
  findFocalDelegationId,
  insertEventRole as addEventRole,
  listEventRoles,
  listFocalPoints,
  upsertFocalPoint,
} from './auth.repo.js';
