import type { TrackerStatus } from '../../../shared/commitments.js';
import type { StandingView, TrackerSummary } from '../../../shared/commitmentViews.js';
import { dueDate, periodAt, progressOf, rollUp } from '../../../shared/tracker.js';
import type { Entry, Snapshot } from './tracker.snapshot.js';
import { standingOf } from './tracker.snapshot.js';

export interface Computed {
  entry: Entry;
  standing: StandingView;
  progress: number;
  weight: number;
}

export interface Figures {
  period: number;
  /** Every commitment, in registration order, with its standing and progress now. */
  all: Computed[];
  byId: Map<string, Computed>;
  /** The public's figures: reviewed (published) commitments only. */
  summary: Omit<TrackerSummary, 'asOf'>;
}

/** The last report at or before an instant (reports are oldest first). */
function lastReportBy(entry: Entry, at: Date) {
  for (let i = entry.reports.length - 1; i >= 0; i--) {
    const report = entry.reports[i];
    if (report && report.submittedAt <= at) return report;
  }
  return undefined;
}

function compute(snapshot: Snapshot, entry: Entry, now: Date): Computed {
  const standing = standingOf(snapshot, entry, now);
  return {
    entry,
    standing: { ...standing, nextDue: standing.nextDue?.toISOString() ?? null },
    progress: progressOf(entry.deliverables, lastReportBy(entry, now)?.progress ?? null),
    weight: snapshot.settings.weighting === 'custom' ? entry.row.weight : 1,
  };
}

function countByStatus(items: readonly { standing: { status: TrackerStatus } }[]) {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.standing.status] = (counts[item.standing.status] ?? 0) + 1;
  return counts;
}

const rollUpOf = (items: readonly Computed[]) =>
  rollUp(items.map((c) => ({ progress: c.progress, weight: c.weight, status: c.standing.status })));

/** At each due date passed, each focus area's roll-up as the reports then stood. */
function timelineOf(snapshot: Snapshot, published: Entry[], period: number) {
  const reporting = snapshot.reporting;
  if (!reporting) return [];
  const points: TrackerSummary['timeline'] = [];
  for (let n = 1; n < period; n++) {
    const due = dueDate(reporting, n);
    const then = published.filter((e) => e.row.registeredAt <= due).map((e) => compute(snapshot, e, due));
    const areas: Record<string, number | null> = {};
    for (const area of snapshot.focusAreas)
      areas[area.id] = rollUpOf(then.filter((c) => c.entry.row.focusAreaId === area.id));
    points.push({ period: n, dueAt: due.toISOString(), overall: rollUpOf(then), areas });
  }
  return points;
}

function summarize(snapshot: Snapshot, all: Computed[], period: number): Figures['summary'] {
  const published = all.filter((c) => c.entry.row.reviewState === 'published');
  const areas = snapshot.focusAreas.map((area) => {
    const own = published.filter((c) => c.entry.row.focusAreaId === area.id);
    const counted = own.filter((c) => c.standing.status !== 'discontinued');
    return {
      focusAreaId: area.id,
      title: area.title,
      count: own.length,
      byStatus: countByStatus(own),
      progress: rollUpOf(own),
      counted: counted.length,
      weightTotal: counted.reduce((sum, c) => sum + c.weight, 0),
    };
  });
  const byDelegation = new Map<string, Computed[]>();
  for (const c of published)
    byDelegation.set(c.entry.row.delegationId, [...(byDelegation.get(c.entry.row.delegationId) ?? []), c]);
  const countries = [...byDelegation.entries()].map(([delegationId, own]) => ({
    delegationId,
    country: own[0]?.entry.delegation.country ?? null,
    name: own[0]?.entry.delegation.name ?? {},
    count: own.length,
    byStatus: countByStatus(own),
    progress: rollUpOf(own),
  }));
  return {
    settings: snapshot.settings,
    currentPeriod: period,
    currentDue: snapshot.reporting ? dueDate(snapshot.reporting, Math.max(1, period)).toISOString() : null,
    totals: { commitments: published.length, countries: countries.length, byStatus: countByStatus(published) },
    areas,
    countries,
    timeline: timelineOf(
      snapshot,
      published.map((c) => c.entry),
      period,
    ),
  };
}

// A commitment's standing moves only when a period ends, so the figures hold for a snapshot and a period.
const computed = new WeakMap<Snapshot, Figures>();

/** The figures of a snapshot at `now`, computed once per snapshot and period. */
export function figuresOf(snapshot: Snapshot, now: Date): Figures {
  const period = snapshot.reporting ? periodAt(snapshot.reporting, now) : 0;
  const known = computed.get(snapshot);
  if (known?.period === period) return known;
  const all = snapshot.entries.map((entry) => compute(snapshot, entry, now));
  const figures = {
    period,
    all,
    byId: new Map(all.map((c) => [c.entry.row.id, c])),
    summary: summarize(snapshot, all, period),
  };
  computed.set(snapshot, figures);
  return figures;
}
