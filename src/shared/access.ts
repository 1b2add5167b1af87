import type { EventRole } from './constants.js';

/**
 * Who may call a route: every route declares one, the server checks it before the
 * route reads its body, and the browser reads the same declarations to decide what
 * to offer. Finer rules (a registrant's own registration, a session that is
 * published) stay with the services.
 */
export type Access =
  /** Anyone, signed in or not. */
  | { readonly kind: 'anyone' }
  /** Whoever holds the secret the request carries (a link's token, a feed's address): roles don't matter. */
  | { readonly kind: 'secret'; readonly secret: string }
  /** Any account with a full session. */
  | { readonly kind: 'signed_in' }
  /** A registrant: a full session, or one that their personal link opened for their registration only. */
  | { readonly kind: 'registrant' }
  /** Platform administrators. */
  | { readonly kind: 'admin' }
  /**
   * The operator: known by the connection, not by an account (a loopback peer that came through
   * no proxy, or the bearer of the server's metrics token). Only the server can tell.
   */
  | { readonly kind: 'operator' }
  | RoleAccess;

/** The holders of one of these roles in the route's event (`:slug`); administrators hold every role. */
export interface RoleAccess {
  readonly kind: 'roles';
  readonly roles: readonly EventRole[];
  /** The route parameter naming a delegation: a focal point passes only for their own. */
  readonly focalPointOf?: string;
}

export const ANYONE: Access = { kind: 'anyone' };
export const SIGNED_IN: Access = { kind: 'signed_in' };
export const REGISTRANT: Access = { kind: 'registrant' };
export const ADMINS: Access = { kind: 'admin' };
export const OPERATOR: Access = { kind: 'operator' };
export const secretHolder = (secret: string): Access => ({ kind: 'secret', secret });
export const eventRoles = (roles: readonly EventRole[], options: { focalPointOf?: string } = {}): RoleAccess => ({
  kind: 'roles',
  roles,
  ...options,
});

/** What the check needs to know of the caller: the server's actor and the browser's account both fit. */
export interface Viewer {
  readonly isSignedIn: boolean;
  /** A session a registration's personal link opened: it reaches that registration only. */
  readonly isRegistrationOnly?: boolean;
  readonly isAdmin: boolean;
  readonly roles: readonly { eventSlug: string; role: EventRole; delegationId?: string | null }[];
}

export type Verdict = 'allowed' | 'unauthenticated' | 'forbidden';

/** The verdict of a declaration for a caller and the route's parameters. */
export function judgeAccess(access: Access, viewer: Viewer, params: Readonly<Record<string, unknown>>): Verdict {
  if (access.kind === 'anyone' || access.kind === 'secret') return 'allowed';
  // No account opens the operator's routes: the server judges the connection (core/http/operator.ts).
  if (access.kind === 'operator') return 'forbidden';
  if (!viewer.isSignedIn) return 'unauthenticated';
  if (access.kind === 'registrant') return 'allowed';
  // To every route but a registrant's own, a personal link's session is nobody.
  if (viewer.isRegistrationOnly) return 'unauthenticated';
  if (access.kind === 'signed_in' || viewer.isAdmin) return 'allowed';
  if (access.kind === 'admin') return 'forbidden';
  const slug = params.slug;
  const held = viewer.roles.filter((r) => r.eventSlug === slug && access.roles.includes(r.role));
  const passes = held.some(
    (r) => r.role !== 'focal_point' || !access.focalPointOf || r.delegationId === params[access.focalPointOf],
  );
  return passes ? 'allowed' : 'forbidden';
}

/** Whether the caller may, for the browser's links and buttons (the server decides). */
export const mayAccess = (access: Access, viewer: Viewer | null, params: Readonly<Record<string, unknown>>) =>
  viewer !== null && judgeAccess(access, viewer, params) === 'allowed';
