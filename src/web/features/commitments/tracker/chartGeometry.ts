import type { ChartPoint, Series } from './figures.js';

// Where the progress chart draws what, in its viewBox's units (the SVG scales to its box).

export const CHART = { width: 640, height: 300, left: 60, right: 24, top: 16, bottom: 44 } as const;
const PLOT_WIDTH = CHART.width - CHART.left - CHART.right;
const PLOT_HEIGHT = CHART.height - CHART.top - CHART.bottom;
export const Y_TICKS = [0, 25, 50, 75, 100];

/** Each line's look: a colour (at least 4.5:1 on white), a dash and a marker of its own, so no two differ by colour alone. */
export const SERIES_STYLES = [
  { colour: '#1c2421', dash: '', marker: 'circle', width: 3.5 },
  { colour: '#0b62a4', dash: '', marker: 'square', width: 2.5 },
  { colour: '#b3470b', dash: '8 4', marker: 'triangle', width: 2.5 },
  { colour: '#00765a', dash: '2 4', marker: 'diamond', width: 2.5 },
  { colour: '#8e3b78', dash: '10 4 2 4', marker: 'down', width: 2.5 },
  { colour: '#6f5800', dash: '1 3', marker: 'cross', width: 2.5 },
] as const;
export type SeriesStyle = (typeof SERIES_STYLES)[number];
export const styleOf = (index: number): SeriesStyle =>
  SERIES_STYLES[index === 0 ? 0 : 1 + ((index - 1) % (SERIES_STYLES.length - 1))] ?? SERIES_STYLES[0];

export const yOf = (value: number) => CHART.top + PLOT_HEIGHT * (1 - value / 100);

/** The points' x, by their dates: a single point in the middle. */
export function xPositions(points: readonly ChartPoint[]): number[] {
  const times = points.map((p) => Date.parse(p.at));
  const first = times[0] ?? 0;
  const span = (times.at(-1) ?? first) - first;
  const x = (time: number) =>
    span === 0 ? CHART.left + PLOT_WIDTH / 2 : CHART.left + (PLOT_WIDTH * (time - first)) / span;
  return times.map((time) => Math.round(x(time) * 10) / 10);
}

/** A series as path data: its runs of known values, a gap where a value is missing. */
export function linePath(series: Series, xs: readonly number[]): string {
  let d = '';
  let isDrawing = false;
  series.values.forEach((value, i) => {
    if (value === null) {
      isDrawing = false;
      return;
    }
    d += `${isDrawing ? 'L' : 'M'}${(xs[i] ?? 0).toFixed(1)} ${yOf(value).toFixed(1)}`;
    isDrawing = true;
  });
  return d;
}

/** A marker's path data centred on x, y. */
export function markerPath(marker: SeriesStyle['marker'], x: number, y: number, size = 5): string {
  const s = size;
  const at = (dx: number, dy: number) => `${(x + dx).toFixed(1)} ${(y + dy).toFixed(1)}`;
  switch (marker) {
    case 'circle':
      return `M${at(-s, 0)}a${s} ${s} 0 1 0 ${2 * s} 0a${s} ${s} 0 1 0 ${-2 * s} 0z`;
    case 'square':
      return `M${at(-s, -s)}L${at(s, -s)}L${at(s, s)}L${at(-s, s)}z`;
    case 'triangle':
      return `M${at(0, -s - 1)}L${at(s + 1, s)}L${at(-s - 1, s)}z`;
    case 'down':
      return `M${at(0, s + 1)}L${at(s + 1, -s)}L${at(-s - 1, -s)}z`;
    case 'diamond':
      return `M${at(0, -s - 1)}L${at(s + 1, 0)}L${at(0, s + 1)}L${at(-s - 1, 0)}z`;
    case 'cross':
      return `M${at(-s, -s)}L${at(s, s)}M${at(s, -s)}L${at(-s, s)}`;
  }
}

/** The x axis's labels: every point while they are few, else as many as fit, the last (now) always. */
export function xLabels(points: readonly ChartPoint[], xs: readonly number[], most = 5): number[] {
  if (points.length <= most) return points.map((_, i) => i);
  const step = Math.ceil((points.length - 1) / (most - 1));
  const chosen = points.map((_, i) => i).filter((i) => i % step === 0 && i < points.length - 1);
  const last = points.length - 1;
  // The last one never crowds the one before it.
  const lastX = xs[last] ?? 0;
  const kept = chosen.filter((i) => lastX - (xs[i] ?? 0) > PLOT_WIDTH / (most + 1));
  return [...kept, last];
}
