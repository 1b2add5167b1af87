import { useQuery } from '@tanstack/react-query';
import type { EventSummary, EventView } from '../../../shared/events.js';
import { api, eventApiPath } from '../../lib/api.js';

export const eventKeys = {
  list: ['events'] as const,
  one: (slug: string) => ['events', slug] as const,
  /** The organizer area's queries of an event: roles, audit, outbox, dashboard. */
  manage: (slug: string) => ['manage', slug] as const,
  roles: (slug: string) => ['manage', slug, 'roles'] as const,
  audit: (slug: string) => ['manage', slug, 'audit'] as const,
  auditActs: (slug: string, filters: object) => ['manage', slug, 'audit', 'acts', filters] as const,
  auditActors: (slug: string) => ['manage', slug, 'audit', 'actors'] as const,
  /** The delegations' names the roles page shows beside their focal points. */
  delegations: (slug: string) => ['manage', slug, 'delegations'] as const,
  outbox: (slug: string) => ['manage', slug, 'outbox'] as const,
  dashboard: (slug: string) => ['manage', slug, 'dashboard'] as const,
};

/** The demo event first, then the newest; the list is short enough to sort here. */
const DEMO_SLUG = 'icdd-2021';

export function useEvents() {
  return useQuery({
    queryKey: eventKeys.list,
    queryFn: async () => {
      const { events } = await api.get<{ events: EventSummary[] }>('/api/events');
      return [...events].sort(
        (a, b) => Number(b.slug === DEMO_SLUG) - Number(a.slug === DEMO_SLUG) || b.startsAt.localeCompare(a.startsAt),
      );
    },
  });
}

export function useEvent(slug: string) {
  return useQuery({
    queryKey: eventKeys.one(slug),
    queryFn: () => api.get<EventView>(eventApiPath(slug)),
  });
}
