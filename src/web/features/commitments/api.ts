import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CommitmentDetail,
  CommitmentList,
  TrackerDashboard,
  TrackerSettingsView,
  TrackerSummary,
} from '../../../shared/commitmentViews.js';
import { api, eventApiPath } from '../../lib/api.js';

/** The tracker's API: `/api/events/:slug/commitments...`. */
export const trackerPath = (slug: string, rest = '') => eventApiPath(slug, `/commitments${rest}`);

/** A delegation's own commitments: `/api/events/:slug/delegations/:id/commitments...`. */
export const ownPath = (slug: string, delegationId: string, rest = '') =>
  eventApiPath(slug, `/delegations/${encodeURIComponent(delegationId)}/commitments${rest}`);

export const trackerKeys = {
  all: (slug: string) => ['commitments', slug] as const,
  summary: (slug: string) => ['commitments', slug, 'summary'] as const,
  list: (slug: string, query: string) => ['commitments', slug, 'list', query] as const,
  staffList: (slug: string, query: string) => ['commitments', slug, 'staff-list', query] as const,
  one: (slug: string, id: string) => ['commitments', slug, 'one', id] as const,
  own: (slug: string, delegationId: string) => ['commitments', slug, 'own', delegationId] as const,
  dashboard: (slug: string) => ['commitments', slug, 'dashboard'] as const,
  settings: (slug: string) => ['commitments', slug, 'settings'] as const,
};

/** The public figures: by focus area, by country, over time. */
export function useTrackerSummary(slug: string) {
  return useQuery({
    queryKey: trackerKeys.summary(slug),
    queryFn: () => api.get<TrackerSummary>(trackerPath(slug, '/summary')),
  });
}

/**
 * The reviewed commitments a page at a time; `query` is the URL's own search string (area,
 * country, status, type, late, page, pageSize), sent as it stands.
 */
export function useCommitmentList(slug: string, query: string) {
  return useQuery({
    queryKey: trackerKeys.list(slug, query),
    queryFn: () => api.get<CommitmentList>(trackerPath(slug, query ? `?${query}` : '')),
  });
}

/** One reviewed commitment, whole. */
export function usePublicCommitment(slug: string, id: string) {
  return useQuery({
    queryKey: trackerKeys.one(slug, id),
    queryFn: () => api.get<CommitmentDetail>(trackerPath(slug, `/${encodeURIComponent(id)}`)),
  });
}

/** A delegation's own commitments, drafts too, with the secretariat's review. */
export function useOwnCommitments(slug: string, delegationId: string) {
  return useQuery({
    queryKey: trackerKeys.own(slug, delegationId),
    queryFn: () => api.get<CommitmentDetail[]>(ownPath(slug, delegationId)),
  });
}

/** The secretariat's list: every commitment, with the same filters and `reviewState`, `delegation`. */
export function useStaffCommitmentList(slug: string, query: string) {
  return useQuery({
    queryKey: trackerKeys.staffList(slug, query),
    queryFn: () => api.get<CommitmentList>(trackerPath(slug, `/all${query ? `?${query}` : ''}`)),
  });
}

export function useTrackerDashboard(slug: string) {
  return useQuery({
    queryKey: trackerKeys.dashboard(slug),
    queryFn: () => api.get<TrackerDashboard>(trackerPath(slug, '/dashboard')),
  });
}

export function useTrackerSettings(slug: string) {
  return useQuery({
    queryKey: trackerKeys.settings(slug),
    queryFn: () => api.get<TrackerSettingsView>(trackerPath(slug, '/settings')),
  });
}

/** A write to the tracker: afterwards every read of it is read again. Use `mutateAsync` where the form may unmount. */
export function useTrackerMutation<I, O>(slug: string, send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trackerKeys.all(slug) }),
  });
}
