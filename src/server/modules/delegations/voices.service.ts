import { LANGUAGES } from '../../../shared/constants.js';
import { ensureAccount } from '../../core/auth/accounts.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Queryable } from '../../core/db/db.js';
import { notFound } from '../../core/errors.js';
import { findOwnRegistration } from '../registration/self.service.js';
import { DEMO_FOCAL_POINT } from './delegations.demo.data.js';
import * as repo from './delegations.repo.js';
import { delegationName } from './staff/invite.service.js';

/**
 * The delegations a person speaks for at an event: as its focal point, or as its head of
 * delegation (the registration a focal point endorsed as head, under this person's account).
 * One voice per delegation, whoever of them gives it.
 */
export async function delegationsSpokenFor(db: Queryable, actor: Actor, eventId: string): Promise<Set<string>> {
  const focal = actor.roles
    .filter((r) => r.eventId === eventId && r.role === 'focal_point' && r.delegationId)
    .map((r) => r.delegationId as string);
  const voices = new Set(focal);
  if (!actor.accountId) return voices;
  const own = await findOwnRegistration(db, eventId, actor);
  const member = own && !own.erasedAt ? await repo.findMemberByRegistration(db, own.id) : undefined;
  if (member?.role === 'head') voices.add(member.delegationId);
  return voices;
}

/** The event's delegation, or 404. */
export async function findEventDelegation(db: Queryable, eventId: string, delegationId: string) {
  const delegation = await repo.findDelegation(db, eventId, delegationId);
  if (!delegation) throw notFound('delegation');
  return delegation;
}

/** The event's delegations, each named in every language, and whether it takes part (its head of delegation endorsed). */
export async function listNamedDelegations(db: Queryable, eventId: string) {
  const rows = await repo.listDelegations(db, eventId);
  return rows.map((row) => ({
    id: row.id,
    country: row.country,
    name: Object.fromEntries(LANGUAGES.map((l) => [l, delegationName(row, l)])),
    isTakingPart: isTakingPart(row),
  }));
}

/** The delegations that take part (their head of delegation endorsed), each named in every language. */
export async function listParticipatingDelegations(db: Queryable, eventId: string) {
  const rows = await listNamedDelegations(db, eventId);
  return rows.filter((row) => row.isTakingPart).map(({ id, name }) => ({ id, name }));
}

export const isTakingPart = (delegation: { confirmedAt: Date | null }) => delegation.confirmedAt !== null;

/** The account of the demo's focal point of Indonesia (this module's demo made it). */
export async function demoFocalPointAccount(db: Queryable): Promise<string> {
  const request = { email: DEMO_FOCAL_POINT.email, eventId: null, actorId: null };
  return (await ensureAccount(db, { ...request, onMissingName: () => new Error('demo: no focal point of Indonesia') }))
    .account.id;
}
