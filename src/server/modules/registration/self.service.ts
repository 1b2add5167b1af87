import { REGISTRATION_POLICY } from '../../../shared/policies.js';
import type { RegistrationUpdate, RegistrationView } from '../../../shared/registration.js';
import { ensureAccount } from '../../core/auth/accounts.js';
import { type Actor, ANONYMOUS, requireSignedIn } from '../../core/auth/actor.js';
import { startRegistrationSession } from '../../core/auth/auth.service.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, notFound, unauthenticated } from '../../core/errors.js';
import { listMailsTo } from '../../core/mail/outbox.js';
import { eventSlugs } from '../events/events.service.js';
import { type EventScope, eventOperation } from '../events/operation.service.js';
import { eraseRegistrations } from './erase.service.js';
import { type LinkSettings, loadEventAndForm, placementOf } from './form.service.js';
import { idOfLinkToken, isLinkTokenValid } from './link.js';
import {
  mailCancelled,
  needsAccreditation,
  type PlacementContext,
  placeInPerson,
  promoteFromWaitlist,
} from './placement.js';
import * as repo from './registration.repo.js';
import { checkAnswers, checkPanels, presentRegistration, refuseIfAny } from './registration.service.js';

const holdsPlace = (row: repo.RegistrationRow) => row.attendance === 'in_person' && row.status === 'confirmed';

const invalidLink = () => new AppError('registration.link_invalid', 'This personal link is not valid (any more).');

/**
 * The personal link of the mails: a session for that registration only (see
 * startRegistrationSession), never the account of its address, whatever roles that
 * account holds. The registrant gets an account on first use, as a participant.
 */
export async function signInWithLink(options: { db: Db; slug: string; token: string; links: LinkSettings }) {
  const { token } = options;
  const id = idOfLinkToken(token);
  if (!id) throw invalidLink();
  // Whoever holds the link may use it: the token is the rule.
  return eventOperation({ ...options, actor: ANONYMOUS, may: null }, async ({ tx, event, audit }) => {
    const row = await repo.findById(tx, event.id, id);
    if (!row || row.erasedAt || !isLinkTokenValid(options.links.secret, token, row)) throw invalidLink();
    const { email, name, language } = row;
    const { account } = await ensureAccount(tx, { email, name, language, eventId: event.id, actorId: null });
    if (row.accountId !== account.id) await repo.updateRegistration(tx, row.id, { accountId: account.id });
    await audit({
      actorId: account.id,
      action: 'registration.link_used',
      entityType: 'registration',
      entityId: row.id,
    });
    return startRegistrationSession(tx, { accountId: account.id, registrationId: row.id });
  });
}

/**
 * The caller's own registration for the event, locked when asked (for a change): the one
 * a personal link's session opens (in its own event only), or the signed-in account's.
 */
export async function findOwnRegistration(tx: Queryable, eventId: string, actor: Actor, forUpdate = false) {
  if (actor.registration) {
    if (actor.registration.eventId !== eventId) throw unauthenticated();
    const row = await repo.findById(tx, eventId, actor.registration.id, forUpdate);
    if (!row || row.erasedAt) throw unauthenticated();
    return row;
  }
  requireSignedIn(actor);
  return repo.findOfAccount(tx, eventId, actor.accountId, forUpdate);
}

async function ownRegistration(tx: Queryable, eventId: string, actor: Actor, forUpdate = false) {
  const own = await findOwnRegistration(tx, eventId, actor, forUpdate);
  if (!own) throw notFound('registration');
  return own;
}

/** Who the audit names for a registrant's own change: their account (a personal link's session has none). */
const actorIdOf = (actor: Actor, row: repo.RegistrationRow) => actor.accountId ?? row.accountId;

interface SelfOptions {
  db: Db;
  actor: Actor;
  slug: string;
  links: LinkSettings;
}

export async function getOwnRegistration(options: SelfOptions): Promise<RegistrationView> {
  const { event } = await loadEventAndForm(options.db, options.slug);
  return presentRegistration(options.db, await ownRegistration(options.db, event.id, options.actor), event.slug);
}

/**
 * Runs one change to the caller's own registration under the event's lock: a change
 * of attendance or status moves in-person places, and the waiting list moves up.
 */
async function changeOwn(
  options: SelfOptions,
  change: (scope: EventScope, ctx: PlacementContext, row: repo.RegistrationRow) => Promise<repo.RegistrationRow>,
): Promise<{ ctx: PlacementContext; row: repo.RegistrationRow }> {
  const may = REGISTRATION_POLICY.changeOwn;
  return eventOperation({ ...options, may, lock: true }, async (scope) => {
    const { tx } = scope;
    const ctx = await placementOf(tx, scope.event, options.links);
    const before = await ownRegistration(tx, ctx.event.id, options.actor, true);
    const row = await change(scope, ctx, before);
    if (holdsPlace(before) && !holdsPlace(row)) {
      await promoteFromWaitlist(tx, { ...ctx, actorId: actorIdOf(options.actor, before) });
    }
    return { ctx, row };
  });
}

const refuseUnlessActive = (row: repo.RegistrationRow) => {
  if (!repo.ACTIVE_STATUSES.includes(row.status)) {
    throw new AppError('registration.not_active', `This registration is ${row.status}; it cannot change.`);
  }
};

export async function updateOwnRegistration(options: SelfOptions & { input: RegistrationUpdate }) {
  const { input } = options;
  const { ctx, row } = await changeOwn(options, async ({ tx, audit }, ctx, before) => {
    refuseUnlessActive(before);
    refuseIfAny([
      ...(input.answers ? checkAnswers(ctx.form, input.answers, before.category) : []),
      ...(await checkPanels(tx, ctx.event.id, input.panels ?? [])),
    ]);
    let status = before.status;
    if (input.attendance === 'virtual' && before.attendance === 'in_person') status = 'confirmed';
    if (input.attendance === 'in_person' && before.attendance === 'virtual') {
      status = needsAccreditation(ctx.form, before.category) ? 'pending' : await placeInPerson(tx, ctx);
    }
    const changed = Object.keys(input).filter((key) => input[key as keyof RegistrationUpdate] !== undefined);
    const after = await repo.updateRegistration(tx, before.id, { ...input, status });
    // Field names only: the values are personal data, and the audit log outlives an erasure.
    await audit({
      actorId: actorIdOf(options.actor, before),
      action: 'registration.updated',
      entityType: 'registration',
      entityId: before.id,
      summary: { fields: changed, ...(status !== before.status ? { status } : {}) },
    });
    return after;
  });
  return presentRegistration(options.db, row, ctx.event.slug);
}

export async function cancelOwnRegistration(options: SelfOptions): Promise<RegistrationView> {
  const { ctx, row } = await changeOwn(options, async ({ tx, audit }, ctx, before) => {
    refuseUnlessActive(before);
    const after = await repo.updateRegistration(tx, before.id, { status: 'cancelled' });
    await mailCancelled(tx, ctx, after, 'registrant');
    await audit({
      actorId: actorIdOf(options.actor, before),
      action: 'registration.cancelled',
      entityType: 'registration',
      entityId: before.id,
      summary: { from: before.status },
    });
    return after;
  });
  return presentRegistration(options.db, row, ctx.event.slug);
}

/** Everything the platform holds about the person for this event, as one JSON document. */
export async function exportOwnData(options: SelfOptions) {
  const { event } = await loadEventAndForm(options.db, options.slug);
  const row = await ownRegistration(options.db, event.id, options.actor);
  const mails = await listMailsTo(options.db, { to: row.email, eventId: event.id });
  return {
    exportedAt: new Date().toISOString(),
    event: { slug: event.slug, name: event.name },
    registration: await presentRegistration(options.db, row, event.slug),
    consent: { version: row.consentVersion, at: row.consentedAt.toISOString() },
    checkInCode: row.checkInCode,
    timeZone: row.timeZone,
    // Redacted: a downloaded file that lies around must not carry a link that signs in.
    mails: mails.map((m) => ({ subject: m.subject, text: m.redactedText, createdAt: m.createdAt.toISOString() })),
  };
}

/**
 * Erasure: the personal data goes, the row stays as an anonymous count (country,
 * sector, category, attendance, status, date). Mails to the person go; so does their
 * account when nothing else of the platform needs it (no roles, no other registration).
 */
export async function eraseOwnData(options: SelfOptions): Promise<void> {
  await changeOwn(options, async ({ tx, audit }, ctx, before) => {
    const result = await eraseRegistrations(tx, { eventId: ctx.event.id, onlyId: before.id });
    const isAccountGone = result.accountsErased > 0;
    await audit({
      actorId: isAccountGone ? null : actorIdOf(options.actor, before),
      action: 'registration.erased',
      entityType: 'registration',
      entityId: before.id,
      summary: { accountErased: isAccountGone },
    });
    const after = await repo.findById(tx, ctx.event.id, before.id);
    if (!after) throw new Error('an erased registration stays as a count');
    return after;
  });
}

/** The registration a personal link's session opens, with its event's address; null once erased. */
export async function findSessionRegistration(db: Queryable, registrationId: string) {
  const row = await repo.findLiveById(db, registrationId);
  if (!row) return null;
  const eventSlug = (await eventSlugs(db, [row.eventId])).get(row.eventId);
  return eventSlug ? { eventId: row.eventId, eventSlug, name: row.name } : null;
}
