import { useQuery } from '@tanstack/react-query';
import type { PublicDelegationDetail } from '../../../../shared/delegations.js';
import type { PublicOutcome, PublishedOutcome } from '../../../../shared/outcome.js';
import { api, eventApiPath } from '../../../lib/api.js';

// What the page reads of other features, which have no public index.ts to take it from: their own
// queries under their own keys (features/outcome/api.ts, features/delegations/api.ts), so one read serves both.

const eventPath = (slug: string) => `/events/${encodeURIComponent(slug)}`;

/** The same keys as the outcome's and the delegations' own factories. */
const readKeys = {
  outcome: (slug: string) => ['outcome', slug, 'public'] as const,
  adopted: (slug: string) => ['outcome', slug, 'published'] as const,
  delegation: (slug: string, id: string) => ['delegations', slug, 'public', id] as const,
};

/** The outcome document's stage: commitments come once it is adopted. */
export function useOutcomeStage(slug: string) {
  return useQuery({
    queryKey: readKeys.outcome(slug),
    queryFn: () => api.get<PublicOutcome>(eventApiPath(slug, '/outcome')),
  });
}

/** The adopted text as published (focus areas, paragraphs and their numbers): asked for once adopted. */
export function useAdoptedText(slug: string, isAdopted: boolean) {
  return useQuery({
    queryKey: readKeys.adopted(slug),
    queryFn: () => api.get<PublishedOutcome>(`${eventPath(slug)}/outcome.json`),
    enabled: isAdopted,
  });
}

/** A delegation as anyone sees it: its country and name. */
export function useDelegation(slug: string, id: string) {
  return useQuery({
    queryKey: readKeys.delegation(slug, id),
    queryFn: () => api.get<PublicDelegationDetail>(eventApiPath(slug, `/delegations/${encodeURIComponent(id)}`)),
  });
}
