import type { AccountView } from '../../../shared/auth.js';
import { EVENT_ROLES, type EventRole } from '../../../shared/auth.js';
import { LANGUAGES, type Language } from '../../../shared/text.js';
import { recordAudit } from '../audit/audit.js';
import type { Db, Queryable } from '../db/db.js';
import { AppError } from '../errors.js';
import { enqueueMail } from '../mail/outbox.js';
import type { Actor } from './actor.js';
import { magicLinkMail } from './auth.mails.js';
import * as repo from './auth.repo.js';
import type { SessionDirectory } from './directory.js';
import { hashPassword, hashToken, newToken, verifyPassword } from './secrets.js';

export const SESSION_DAYS = 14;
export const MAGIC_LINK_MINUTES = 30;
/** A personal link's session is short: the link in the registrant's mails opens a new one. */
export const REGISTRATION_SESSION_HOURS = 24;

const asLanguage = (value: string): Language =>
  (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : 'en';
const asRole = (value: string): EventRole =>
  (EVENT_ROLES as readonly string[]).includes(value) ? (value as EventRole) : 'participant';

export async function loadActor(db: Queryable, account: repo.AccountRow, directory: SessionDirectory): Promise<Actor> {
  const roles = await repo.listRolesOfAccount(db, account.id);
  const slugs = roles.length > 0 ? await directory.eventSlugs(db, [...new Set(roles.map((r) => r.eventId))]) : null;
  return {
    accountId: account.id,
    isAdmin: account.isAdmin,
    roles: roles.map((r) => ({
      eventId: r.eventId,
      eventSlug: slugs?.get(r.eventId) ?? '',
      role: asRole(r.role),
      delegationId: r.delegationId,
    })),
  };
}

export function presentAccount(account: repo.AccountRow, actor: Actor): AccountView {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    language: asLanguage(account.language),
    isAdmin: account.isAdmin,
    roles: actor.roles.map((r) => ({ eventSlug: r.eventSlug, role: r.role, delegationId: r.delegationId })),
  };
}

/** Returns the session token for the cookie. */
export async function startSession(tx: Queryable, accountId: string): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await repo.insertSession(tx, { tokenHash: hashToken(token), accountId, expiresAt });
  await recordAudit(tx, { actorId: accountId, action: 'auth.signed_in', entityType: 'account', entityId: accountId });
  return token;
}

/**
 * The session a registration's personal link opens: scoped to that registration, it
 * carries none of the account's roles (the session hook gives it no account at all).
 * The caller audits the link's use. Returns the session token for the cookie.
 */
export async function startRegistrationSession(
  tx: Queryable,
  options: { accountId: string; registrationId: string },
): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + REGISTRATION_SESSION_HOURS * 3_600_000);
  await repo.insertSession(tx, { tokenHash: hashToken(token), expiresAt, ...options });
  return token;
}

export async function signInWithPassword({ db, email, password }: { db: Db; email: string; password: string }) {
  const account = await repo.findAccountByEmail(db, email);
  const isValid = account?.passwordHash ? await verifyPassword(password, account.passwordHash) : false;
  if (!account || !isValid) {
    throw new AppError('auth.invalid_credentials', 'The e-mail address or the password is wrong.');
  }
  return db.transaction((tx) => startSession(tx, account.id));
}

/** Issues a single-use sign-in link; the caller decides how it travels (mail, console). */
export async function issueMagicLink(
  tx: Queryable,
  options: { accountId: string; publicUrl: string; minutes?: number; redirectTo?: string },
): Promise<string> {
  const token = newToken();
  const minutes = options.minutes ?? MAGIC_LINK_MINUTES;
  await repo.insertMagicLink(tx, {
    tokenHash: hashToken(token),
    accountId: options.accountId,
    expiresAt: new Date(Date.now() + minutes * 60_000),
  });
  const query = new URLSearchParams({ token });
  if (options.redirectTo) query.set('next', options.redirectTo);
  return `${options.publicUrl}/sign-in/link?${query}`;
}

/** Answers the same whether or not the address has an account: no one learns who is registered. */
export async function requestMagicLink(options: { db: Db; email: string; publicUrl: string; redirectTo?: string }) {
  const account = await repo.findAccountByEmail(options.db, options.email);
  if (!account) return;
  await options.db.transaction(async (tx) => {
    const link = await issueMagicLink(tx, {
      accountId: account.id,
      publicUrl: options.publicUrl,
      redirectTo: options.redirectTo,
    });
    await enqueueMail(tx, {
      to: account.email,
      template: magicLinkMail,
      language: asLanguage(account.language),
      params: { name: account.name, link, minutes: MAGIC_LINK_MINUTES },
    });
    await recordAudit(tx, {
      actorId: null,
      action: 'auth.magic_link_requested',
      entityType: 'account',
      entityId: account.id,
    });
  });
}

export async function consumeMagicLink({ db, token }: { db: Db; token: string }): Promise<string> {
  const tokenHash = hashToken(token);
  return db.transaction(async (tx) => {
    const accountId = await repo.useMagicLink(tx, tokenHash);
    if (accountId) {
      await repo.retireMagicLinks(tx, accountId);
      return startSession(tx, accountId);
    }
    const link = await repo.findMagicLink(tx, tokenHash);
    if (link?.usedAt) throw new AppError('auth.link_used', 'This sign-in link was used already. Ask for a new one.');
    if (link) throw new AppError('auth.link_expired', 'This sign-in link has expired. Ask for a new one.');
    throw new AppError('auth.link_invalid', 'This sign-in link is not valid.');
  });
}

/** Ends the session of an account, or of a registration's personal link. */
export async function signOut({ db, token, actor }: { db: Db; token: string; actor: Actor }) {
  await db.transaction(async (tx) => {
    await repo.deleteSession(tx, hashToken(token));
    const entity = actor.registration
      ? { entityType: 'registration', entityId: actor.registration.id }
      : { entityType: 'account', entityId: actor.accountId ?? '' };
    await recordAudit(tx, {
      eventId: actor.registration?.eventId,
      actorId: actor.accountId,
      action: 'auth.signed_out',
      ...entity,
    });
  });
}

export async function updateMe(options: { db: Db; accountId: string; name?: string; language?: Language }) {
  await options.db.transaction(async (tx) => {
    const before = await repo.findAccountById(tx, options.accountId);
    if (!before) throw new AppError('account.not_found', 'No such account.');
    const changes = { name: options.name, language: options.language };
    await repo.updateAccount(tx, options.accountId, changes);
    await recordAudit(tx, {
      actorId: options.accountId,
      action: 'account.updated',
      entityType: 'account',
      entityId: options.accountId,
      summary: { fields: Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined) },
    });
  });
}

/** The CLI's `create-organizer`: a platform administrator who may create and run events. */
export async function createOrganizer(options: {
  db: Db;
  email: string;
  name: string;
  password?: string;
  publicUrl: string;
}): Promise<{ accountId: string; link: string | null }> {
  const passwordHash = options.password ? await hashPassword(options.password) : null;
  return options.db.transaction(async (tx) => {
    const existing = await repo.findAccountByEmail(tx, options.email);
    const account =
      existing ??
      (await repo.insertAccount(tx, { email: options.email, name: options.name, isAdmin: true, passwordHash }));
    if (existing)
      await repo.updateAccount(tx, existing.id, { isAdmin: true, ...(passwordHash ? { passwordHash } : {}) });
    await recordAudit(tx, {
      actorId: null,
      action: existing ? 'account.made_organizer' : 'account.created',
      entityType: 'account',
      entityId: account.id,
      summary: { isAdmin: true, hasPassword: passwordHash !== null },
    });
    const link = passwordHash
      ? null
      : await issueMagicLink(tx, { accountId: account.id, publicUrl: options.publicUrl, minutes: 24 * 60 });
    return { accountId: account.id, link };
  });
}
