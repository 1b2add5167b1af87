import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdoptionBoard, Comparison, WorkingDocument } from '../../../../shared/outcome.js';
import { api, eventApiPath } from '../../../lib/api.js';

/** The outcome document's API, under the event: `/api/events/:slug/outcome/...`. */
export const outcomePath = (slug: string, rest = '') => eventApiPath(slug, `/outcome${rest}`);

/** A delegation's own routes: its amendments and its adoption answer. */
export const delegationOutcomePath = (slug: string, delegationId: string, rest = '') =>
  eventApiPath(slug, `/delegations/${encodeURIComponent(delegationId)}/outcome${rest}`);

export const workKeys = {
  all: (slug: string) => ['outcome', slug] as const,
  working: (slug: string) => ['outcome', slug, 'working'] as const,
  versions: (slug: string) => ['outcome', slug, 'versions'] as const,
  compare: (slug: string, from: number, to: number, lang: string) =>
    ['outcome', slug, 'compare', from, to, lang] as const,
  board: (slug: string) => ['outcome', slug, 'board'] as const,
};

export interface VersionSummary {
  number: number;
  message: string;
  madeAt: string;
  madeBy: string | null;
  amendmentIds: string[];
}

/** The working text, its states, every amendment, the delegations, and those the reader speaks for. */
export function useWorking(slug: string) {
  return useQuery({
    queryKey: workKeys.working(slug),
    queryFn: () => api.get<WorkingDocument>(outcomePath(slug, '/working')),
  });
}

export function useVersions(slug: string) {
  return useQuery({
    queryKey: workKeys.versions(slug),
    queryFn: () => api.get<VersionSummary[]>(outcomePath(slug, '/versions')),
  });
}

/** Two versions compared word by word; asked for once both are chosen. */
export function useComparison(slug: string, from: number | null, to: number | null, lang: string) {
  return useQuery({
    queryKey: workKeys.compare(slug, from ?? 0, to ?? 0, lang),
    queryFn: () => api.get<Comparison>(outcomePath(slug, `/compare?from=${from}&to=${to}&lang=${lang}`)),
    enabled: from !== null && to !== null,
  });
}

export function useAdoptionBoard(slug: string) {
  return useQuery({
    queryKey: workKeys.board(slug),
    queryFn: () => api.get<AdoptionBoard>(outcomePath(slug, '/adoption')),
  });
}

/** A write to the document: afterwards everything read of it (text, versions, board, public page) is read again. */
export function useOutcomeMutation<I, O>(slug: string, send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workKeys.all(slug) }),
  });
}
