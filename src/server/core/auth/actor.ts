import type { EventRole } from '../../../shared/auth.js';
import { forbidden, unauthenticated } from '../errors.js';

export interface Actor {
  accountId: string | null;
  isAdmin: boolean;
  roles: { eventId: string; eventSlug: string; role: EventRole }[];
  /**
   * The session of a registration's personal link: no account, no role, only this
   * registration's own self-service (see the registration module's self.service).
   */
  registration?: { id: string; eventId: string };
}

export const ANONYMOUS: Actor = { accountId: null, isAdmin: false, roles: [] };

/** The system itself: the seed, the CLI and background jobs. Audited with no actor. */
export const SYSTEM: Actor = { accountId: null, isAdmin: true, roles: [] };

export const isSignedIn = (actor: Actor): actor is Actor & { accountId: string } => actor.accountId !== null;

/** Platform administrators hold every role of every event. */
export function hasEventRole(actor: Actor, eventId: string, roles: readonly EventRole[]): boolean {
  return actor.isAdmin || actor.roles.some((r) => r.eventId === eventId && roles.includes(r.role));
}

/** 401 for the anonymous, 403 for the signed-in without one of the roles. */
export function requireEventRole(actor: Actor, eventId: string, roles: readonly EventRole[]): void {
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
