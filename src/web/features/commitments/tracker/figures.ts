import type { TrackerSummary } from '../../../../shared/commitmentViews.js';

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
  return [...past, { period: null, at: summary.asOf, overall: summary.totals.progress, areas }];
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
