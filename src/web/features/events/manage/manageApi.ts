import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OutboxMailView } from '../../../../shared/admin.js';
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
  /** For a focal point or a delegate: the delegation they act for. */
  delegationId: string | null;
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
