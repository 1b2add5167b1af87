import { type Access, judgeAccess, type RoleAccess, type Viewer } from '../../../shared/access.js';
import type { EventRole } from '../../../shared/auth.js';
import { forbidden, unauthenticated } from '../errors.js';

export interface Actor {
  accountId: string | null;
  isAdmin: boolean;
  /** `delegationId`: the delegation a focal point or delegate acts for. */
  roles: { eventId: string; eventSlug: string; role: EventRole; delegationId: string | null }[];
  /**
   * The session of a registration's personal link: no account, no role, only this
   * registration's own self-service (see the registration module's self.service).
   */
  registration?: { id: string; eventId: string };
}

/** The actor as the shared access rules see it. */
export const viewerOf = (actor: Actor): Viewer => ({
  isSignedIn: actor.accountId !== null || actor.registration !== undefined,
  isRegistrationOnly: actor.registration !== undefined,
  isAdmin: actor.isAdmin,
  roles: actor.roles,
});

type Roles = RoleAccess | readonly EventRole[];
const rolesOf = (roles: Roles): readonly EventRole[] => ('kind' in roles ? roles.roles : roles);

export const ANONYMOUS: Actor = { accountId: null, isAdmin: false, roles: [] };

/** The system itself: the seed, the CLI and background jobs. Audited with no actor. */
export const SYSTEM: Actor = { accountId: null, isAdmin: true, roles: [] };

export const isSignedIn = (actor: Actor): actor is Actor & { accountId: string } => actor.accountId !== null;

/** Platform administrators hold every role of every event. */
export function hasEventRole(actor: Actor, eventId: string, roles: Roles): boolean {
  const allowed = rolesOf(roles);
  return actor.isAdmin || actor.roles.some((r) => r.eventId === eventId && allowed.includes(r.role));
}

/** 401 for the anonymous, 403 for the signed-in without one of the roles. */
export function requireEventRole(actor: Actor, eventId: string, roles: Roles): void {
  if (!isSignedIn(actor) && !actor.isAdmin) throw unauthenticated();
  if (!hasEventRole(actor, eventId, roles)) throw forbidden();
}

/** The system (no account, but an administrator) passes, as it does requireEventRole. */
export function requireAdmin(actor: Actor): void {
  if (!isSignedIn(actor) && !actor.isAdmin) throw unauthenticated();
  if (!actor.isAdmin) throw forbidden('Only platform administrators may do this.');
}

export function requireSignedIn(actor: Actor): asserts actor is Actor & { accountId: string } {
  if (!isSignedIn(actor)) throw unauthenticated();
}

/**
 * The route's declared access, checked again inside the operation against the event
 * it found (`params` as the route's, `slug` included): 401 or 403 as the route would.
 * The system (an administrator with no account) passes.
 */
export function requireAccess(actor: Actor, access: Access, params: Readonly<Record<string, unknown>>): void {
  if (actor.isAdmin) return;
  const verdict = judgeAccess(access, viewerOf(actor), params);
  if (verdict === 'unauthenticated') throw unauthenticated();
  if (verdict === 'forbidden') throw forbidden();
}
