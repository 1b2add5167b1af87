import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Access, mayAccess } from '../../shared/access.js';
import type { AccountView, SessionView } from '../../shared/auth.js';
import type { EventRole } from '../../shared/constants.js';
import { STAFF_ROLES } from '../../shared/policies.js';
import { pagePath } from '../../shared/routes.js';
import type { Language } from '../../shared/text.js';
import { api, refreshSession } from './api.js';

export const SESSION_KEY = ['session'] as const;

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: refreshSession, staleTime: 60_000 });
}

/** The signed-in account, or null (also while the session loads). */
export function useAccount(): AccountView | null {
  return useSession().data?.account ?? null;
}

/**
 * Whether the account may call what a route declares (src/shared/policies.ts), to show a
 * link or a button; the server decides.
 */
export function may(
  account: AccountView | null,
  access: Access,
  params: { readonly slug: string; readonly [name: string]: unknown },
): boolean {
  return mayAccess(access, account && { isSignedIn: true, isAdmin: account.isAdmin, roles: account.roles }, params);
}

/** The delegation the account is focal point of in the event, if any: the session says which. */
export function focalDelegationOf(account: AccountView | null, slug: string): string | null {
  const role = account?.roles.find((r) => r.eventSlug === slug && r.role === 'focal_point');
  return role?.delegationId ?? null;
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/sign-out'),
    onSuccess: async () => {
      // Whatever was fetched with the old session may hold what the public must not see.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      await queryClient.refetchQueries({ queryKey: SESSION_KEY });
    },
  });
}

/** Saves the account's language, which decides the language of its mail; the session shows it at once. */
export function useSaveLanguage() {
  const queryClient = useQueryClient();
  return (language: Language) => {
    queryClient.setQueryData<SessionView>(SESSION_KEY, (session) =>
      session?.account ? { ...session, account: { ...session.account, language } } : session,
    );
    // The page has switched whatever the answer; a failure reloads the session as the server has it.
    api.patch('/api/me', { language }).catch(() => queryClient.invalidateQueries({ queryKey: SESSION_KEY }));
  };
}

/** After a sign-in: the new session (and its CSRF token) before anything else. */
export function useAfterSignIn() {
  const queryClient = useQueryClient();
  return async (): Promise<SessionView> => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    // A request that left before the cookie was set would answer "nobody": drop it and ask again.
    await queryClient.cancelQueries({ queryKey: SESSION_KEY });
    return queryClient.fetchQuery({ queryKey: SESSION_KEY, queryFn: refreshSession, staleTime: 0 });
  };
}

const isStaff = (role: EventRole) => (STAFF_ROLES as readonly EventRole[]).includes(role);
/** The roles a person holds as someone registered for the event (their page is their registration). */
const REGISTRANT_ROLES: readonly EventRole[] = ['participant', 'delegate', 'speaker'];

/**
 * Where a person lands after signing in when no page asked for it, by what they do: the staff of
 * one event on its dashboard (of several, on the events list to choose), a focal point on their
 * delegation, a registrant on their registration; anyone else on the events list.
 */
export function landingOf(session: Pick<SessionView, 'account' | 'registration'> | null): string {
  const roles = session?.account?.roles ?? [];
  const staffEvents = [...new Set(roles.filter((r) => isStaff(r.role)).map((r) => r.eventSlug))];
  if (staffEvents.length > 1) return '/';
  const [staffEvent] = staffEvents;
  if (staffEvent) return pagePath('manage', { slug: staffEvent });
  const focal = roles.find((r) => r.role === 'focal_point');
  if (focal) return pagePath('focalPoint', { slug: focal.eventSlug });
  const registered =
    roles.find((r) => REGISTRANT_ROLES.includes(r.role))?.eventSlug ?? session?.registration?.eventSlug;
  return registered ? pagePath('myRegistration', { slug: registered }) : '/';
}

/** The page a sign-in asked to return to (the page that needed it), or null to land by role. */
export function explicitNext(next: string | null): string | null {
  const safe = safeNext(next);
  return safe === '/' ? null : safe;
}

/** Where to go after signing in: a path on this site only, never another origin ("//evil.example" included). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
