import { useQuery } from '@tanstack/react-query';
import type { PublicOutcome, PublishedOutcome } from '../../../shared/outcome.js';
import { api, eventApiPath } from '../../lib/api.js';

export const outcomeKeys = {
  public: (slug: string) => ['outcome', slug, 'public'] as const,
  published: (slug: string) => ['outcome', slug, 'published'] as const,
};

const eventPath = (slug: string) => `/events/${encodeURIComponent(slug)}`;

/** The document's stage, and its text once adopted or while the chair shows the draft. */
export function usePublicOutcome(slug: string) {
  return useQuery({
    queryKey: outcomeKeys.public(slug),
    queryFn: () => api.get<PublicOutcome>(eventApiPath(slug, '/outcome')),
  });
}

/** The adopted text as published (numbers, reservations, hash): asked for only once the stage says adopted. */
export function usePublishedOutcome(slug: string, isAdopted: boolean) {
  return useQuery({
    queryKey: outcomeKeys.published(slug),
    queryFn: () => api.get<PublishedOutcome>(`${eventPath(slug)}/outcome.json`),
    enabled: isAdopted,
  });
}

export type ExportLanguage = 'en' | 'id' | 'both';

/** The adopted text's files; the server answers them whatever the reader's language, so each names its own. */
export const exportPaths = {
  json: (slug: string) => `${eventPath(slug)}/outcome.json`,
  txt: (slug: string, lang: 'en' | 'id') => `${eventPath(slug)}/outcome.txt?lang=${lang}`,
  akn: (slug: string, lang: 'en' | 'id') => `${eventPath(slug)}/outcome.akn.xml?lang=${lang}`,
  pdf: (slug: string, lang: ExportLanguage) => `${eventPath(slug)}/outcome.pdf?lang=${lang}`,
};
