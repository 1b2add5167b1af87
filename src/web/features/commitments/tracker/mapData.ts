import { useQuery } from '@tanstack/react-query';
import type { WorldMap } from '../../../../shared/worldMap.js';
import { api } from '../../../lib/api.js';
import { trackerKeys, trackerPath } from '../api.js';

export const mapKeys = { map: (slug: string) => [...trackerKeys.all(slug), 'map'] as const };

/**
 * The shapes never change: read once, and kept. Asked for only when wanted (the map near the
 * screen), so that neither the server's page nor a first visit that stays above it carries them.
 */
export function useWorldMap(slug: string, isWanted: boolean) {
  return useQuery({
    queryKey: mapKeys.map(slug),
    queryFn: () => api.get<WorldMap>(trackerPath(slug, '/map')),
    staleTime: Number.POSITIVE_INFINITY,
    enabled: isWanted,
  });
}

/** A shading class of the map: the counts it holds, from..to (to null: and more), and its tone of four. */
export interface ShadeClass {
  from: number;
  to: number | null;
  /** 1 (lightest) to 4 (darkest): the darkest for the most, the others spread between. */
  tone: number;
}

/**
 * Up to four classes of commitments per country, from the largest count: one each up to four,
 * else equal steps (1–3, 4–6, 7–9, 10 or more for a largest of 12).
 */
export function shadeClasses(largest: number): ShadeClass[] {
  if (largest <= 0) return [];
  const step = largest <= 4 ? 1 : Math.ceil(largest / 4);
  const ranges = [0, 1, 2, 3].map((i) => i * step + 1).filter((from) => from <= largest);
  return ranges.map((from, i) => ({
    from,
    // The last class is "and more" when it holds more than one count.
    to: step === 1 ? from : i === ranges.length - 1 ? null : from + step - 1,
    tone: Math.round(((i + 1) * 4) / ranges.length),
  }));
}

export const classOf = (classes: ShadeClass[], count: number) =>
  classes.find((c) => count >= c.from && (c.to === null || count <= c.to)) ?? null;
