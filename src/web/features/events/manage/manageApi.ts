import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntryView, OutboxMailView } from '../../../../shared/admin.js';
import type { EventRole } from '../../../../shared/auth.js';
import type { EventView } from '../../../../shared/events.js';
import { api, eventApiPath } from '../../../lib/api.js';
import { eventKeys } from '../api.js';
import type { EventInput } from './eventForm.js';

export interface RoleView {
  accountId: string;
  email: string;
  name: string;
  role: EventRole;
}

export const manageKeys = {
  roles: (slug: string) => ['manage', slug, 'roles'] as const,
  audit: (slug: string) => ['manage', slug, 'audit'] as const,
  outbox: (slug: string) => ['manage', slug, 'outbox'] as const,
};

export function useUpdateEvent(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<EventInput>) => api.patch<EventView>(eventApiPath(slug), changes),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.one(slug), event);
      void queryClient.invalidateQueries({ queryKey: eventKeys.list, exact: true });
      void queryClient.invalidateQueries({ queryKey: manageKeys.audit(slug) });
    },
  });
}

export function useRoles(slug: string) {
  return useQuery({
    queryKey: manageKeys.roles(slug),
    queryFn: async () => (await api.get<{ roles: RoleView[] }>(eventApiPath(slug, '/roles'))).roles,
  });
}

export function useGrantRole(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grant: { email: string; name?: string; role: EventRole }) =>
      api.post<RoleView>(eventApiPath(slug, '/roles'), grant),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['manage', slug] }),
  });
}

export function useRevokeRole(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (role: RoleView) =>
      api.delete<void>(
        eventApiPath(slug, `/roles/${encodeURIComponent(role.accountId)}/${encodeURIComponent(role.role)}`),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['manage', slug] }),
  });
}

const AUDIT_PAGE = 50;

export function useAudit(slug: string) {
  return useInfiniteQuery({
    queryKey: manageKeys.audit(slug),
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
    queryKey: manageKeys.outbox(slug),
    queryFn: async () => (await api.get<{ mails: OutboxMailView[] }>(eventApiPath(slug, '/outbox'))).mails,
  });
}
