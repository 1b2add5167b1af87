import { useQuery } from '@tanstack/react-query';
import type { Paragraph, PublishedOutcome } from '../../../../shared/outcome.js';
import { api } from '../../../lib/api.js';

/** The outcome page's key for the adopted text (features/outcome/api.ts), which has no public index to take it from. */
const adoptedKeys = { published: (slug: string) => ['outcome', slug, 'published'] as const };

/**
 * The adopted text as published, for the paragraphs a commitment cites: the outcome page's own
 * query (the same key, so one is read for both), asked for only when there is one to cite.
 */
export function useAdoptedText(slug: string, isWanted: boolean) {
  return useQuery({
    queryKey: adoptedKeys.published(slug),
    queryFn: () => api.get<PublishedOutcome>(`/events/${encodeURIComponent(slug)}/outcome.json`),
    enabled: isWanted,
  });
}

/** The cited paragraphs with their printed numbers, in the text's order; a paragraph no longer there is left out. */
export function citedParagraphs(published: PublishedOutcome, ids: readonly string[]) {
  const wanted = new Set(ids);
  const all: Paragraph[] = [...published.content.preamble, ...published.content.sections.flatMap((s) => s.paragraphs)];
  return all.filter((p) => wanted.has(p.id)).map((p) => ({ paragraph: p, number: published.numbers[p.id] ?? '' }));
}
