import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntryView, OutboxMailView } from '../../../../shared/admin.js';
import type { EventRole } from '../../../../shared/auth.js';
import type { EventDashboard } from '../../../../shared/dashboard.js';
import type { EventView } from '../../../../shared/events.js';
import { api, eventApiPath } from '../../../lib/api.js';
import { SESSION_KEY } from '../../../lib/session.js';
import { eventKeys } from '../api.js';
import type { EventInput } from './eventForm.js';

export interface RoleView {
  accountId: string;
  email: string;
  name: string;
  role: EventRole;
}

export function useUpdateEvent(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<EventInput>) => api.patch<EventView>(eventApiPath(slug), changes),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.one(slug), event);
      void queryClient.invalidateQueries({ queryKey: eventKeys.list, exact: true });
      void queryClient.invalidateQueries({ queryKey: eventKeys.audit(slug) });
    },
  });
}

export function useRoles(slug: string) {
  return useQuery({
    queryKey: eventKeys.roles(slug),
    queryFn: async () => (await api.get<{ roles: RoleView[] }>(eventApiPath(slug, '/roles'))).roles,
  });
}

export function useGrantRole(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grant: { email: string; name?: string; role: EventRole }) =>
      api.post<RoleView>(eventApiPath(slug, '/roles'), grant),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.manage(slug) }),
  });
}

export function useRevokeRole(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (role: RoleView) =>
      api.delete<void>(
        eventApiPath(slug, `/roles/${encodeURIComponent(role.accountId)}/${encodeURIComponent(role.role)}`),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.manage(slug) }),
  });
}

const AUDIT_PAGE = 50;

export function useAudit(slug: string) {
  return useInfiniteQuery({
    queryKey: eventKeys.audit(slug),
    initialPageParam: 0,
    queryFn: async ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(AUDIT_PAGE) });
      if (pageParam) query.set('before', String(pageParam));
      return (await api.get<{ entries: AuditEntryView[] }>(eventApiPath(slug, `/audit?${query}`))).entries;
    },
    getNextPageParam: (page) => (page.length < AUDIT_PAGE ? undefined : page[page.length - 1]?.id),
  });
}

export function useEventOutbox(slug: string) {
  return useQuery({
    queryKey: eventKeys.outbox(slug),
    queryFn: async () => (await api.get<{ mails: OutboxMailView[] }>(eventApiPath(slug, '/outbox'))).mails,
  });
}

/** A new event (platform administrators), of which the creator becomes the organizer. */
export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EventInput & { slug: string }) => api.post<EventView>('/api/events', input),
    onSuccess: async (event) => {
      queryClient.setQueryData(eventKeys.one(event.slug), event);
      await queryClient.invalidateQueries({ queryKey: eventKeys.list, exact: true });
      // The creator is now the event's organizer: the session lists that role.
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}

/** The event's figures of the day; read again each time the dashboard opens. */
export function useDashboard(slug: string) {
  return useQuery({
    queryKey: eventKeys.dashboard(slug),
    queryFn: () => api.get<EventDashboard>(eventApiPath(slug, '/dashboard')),
  });
}
