import type { TrackerSummary } from '../../../../shared/commitmentViews.js';

type Area = TrackerSummary['areas'][number];

/**
 * The overall progress now, from the focus areas' roll-ups: each area's figure is its counted
 * commitments' weighted mean, so weighing each by its weight total gives the mean over all of them
 * (to the rounding of each area's figure). Null when none is counted.
 */
export function overallNow(areas: readonly Area[]): number | null {
  const counted = areas.filter((a) => a.progress !== null && a.weightTotal > 0);
  const total = counted.reduce((sum, a) => sum + a.weightTotal, 0);
  if (total === 0) return null;
  const sum = counted.reduce((acc, a) => acc + (a.progress ?? 0) * a.weightTotal, 0);
  return Math.round((sum / total) * 10) / 10;
}

/** One point of the chart: a due date passed, or now. */
export interface ChartPoint {
  /** The period that ended (null: now). */
  period: number | null;
  at: string;
  overall: number | null;
  areas: Record<string, number | null>;
}

/** The timeline's points, then now's: the figures as the reports stand today. */
export function chartPoints(summary: TrackerSummary): ChartPoint[] {
  const past: ChartPoint[] = summary.timeline.map((p) => ({
    period: p.period,
    at: p.dueAt,
    overall: p.overall,
    areas: p.areas,
  }));
  if (summary.totals.commitments === 0) return past;
  const areas = Object.fromEntries(summary.areas.map((a) => [a.focusAreaId, a.progress]));
  return [...past, { period: null, at: summary.asOf, overall: overallNow(summary.areas), areas }];
}

export interface Series {
  key: string;
  /** 0: overall; then the focus areas in their order (1-based). */
  index: number;
  values: (number | null)[];
}

export function seriesOf(summary: TrackerSummary, points: ChartPoint[]): Series[] {
  return [
    { key: 'overall', index: 0, values: points.map((p) => p.overall) },
    ...summary.areas.map((area, i) => ({
      key: area.focusAreaId,
      index: i + 1,
      values: points.map((p) => p.areas[area.focusAreaId] ?? null),
    })),
  ];
}

/** The countries, most commitments first, then by name. */
export function sortedCountries<T extends { count: number }>(
  countries: readonly T[],
  nameOf: (c: T) => string,
  locale: string,
) {
  const collator = new Intl.Collator(locale);
  return [...countries].sort((a, b) => b.count - a.count || collator.compare(nameOf(a), nameOf(b)));
}
