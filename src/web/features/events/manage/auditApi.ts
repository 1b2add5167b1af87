import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { AuditActorView, AuditEntryView } from '../../../../shared/admin.js';
import { api, eventApiPath } from '../../../lib/api.js';
import { eventKeys } from '../api.js';

/** The filters of the audit log, as the address and GET /audit carry them. */
export const AUDIT_FILTERS = ['actor', 'action', 'from', 'to'] as const;
export type AuditFilters = Partial<Record<(typeof AUDIT_FILTERS)[number], string>>;

export const readAuditFilters = (params: URLSearchParams): AuditFilters =>
  Object.fromEntries(AUDIT_FILTERS.flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : [])));

export const writeAuditFilters = (filters: AuditFilters) =>
  new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));

const AUDIT_PAGE = 50;

/** The log as acts, newest first, filtered on the server, a page at a time. */
export function useAuditLog(slug: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: eventKeys.auditActs(slug, filters),
    initialPageParam: 0,
    queryFn: async ({ pageParam }) => {
      const query = writeAuditFilters(filters);
      query.set('limit', String(AUDIT_PAGE));
      if (pageParam) query.set('before', String(pageParam));
      return (await api.get<{ entries: AuditEntryView[] }>(eventApiPath(slug, `/audit?${query}`))).entries;
    },
    getNextPageParam: (page) => (page.length < AUDIT_PAGE ? undefined : page[page.length - 1]?.firstId),
  });
}

export function useAuditActors(slug: string) {
  return useQuery({
    queryKey: eventKeys.auditActors(slug),
    queryFn: async () => (await api.get<{ actors: AuditActorView[] }>(eventApiPath(slug, '/audit/actors'))).actors,
  });
}
