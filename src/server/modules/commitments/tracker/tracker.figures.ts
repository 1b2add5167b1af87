import type { TrackerStatus } from '../../../../shared/commitments.js';
import type { StandingView, TrackerSummary } from '../../../../shared/commitmentViews.js';
import { dueDate, periodAt, progressOf, rollUp } from '../../../../shared/tracker.js';
import type { Entry, Snapshot } from './tracker.snapshot.js';
import { groupBy, standingOf } from './tracker.snapshot.js';

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

const weightOf = (snapshot: Snapshot, entry: Entry) =>
  snapshot.settings.weighting === 'custom' ? entry.row.weight : 1;

function compute(snapshot: Snapshot, entry: Entry, now: Date): Computed {
  const standing = standingOf(snapshot, entry, now);
  return {
    entry,
    standing: { ...standing, nextDue: standing.nextDue?.toISOString() ?? null },
    progress: progressOf(entry.deliverables, lastReportBy(entry, now)?.progress ?? null),
    weight: weightOf(snapshot, entry),
  };
}

function countByStatus(items: readonly { standing: { status: TrackerStatus } }[]) {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.standing.status] = (counts[item.standing.status] ?? 0) + 1;
  return counts;
}

const rollUpOf = (items: readonly Computed[]) =>
  rollUp(items.map((c) => ({ progress: c.progress, weight: c.weight, status: c.standing.status })));

/** A roll-up with its method: the commitments it counts (not the discontinued) and their weights' sum. */
function rollUpFigure(items: readonly Computed[]) {
  const counted = items.filter((c) => c.standing.status !== 'discontinued');
  return {
    progress: rollUpOf(items),
    counted: counted.length,
    weightTotal: counted.reduce((sum, c) => sum + c.weight, 0),
  };
}

type RollUpPart = Parameters<typeof rollUp>[0][number];

/**
 * At each due date passed, each focus area's roll-up as the reports then stood. One walk along
 * each entry's reports (oldest first) for all the due dates. The roll-up takes of an entry its
 * progress then, its weight and its status; it leaves out only the discontinued, and a standing is
 * discontinued exactly when the last report by then says so (standingAt), so the last report's
 * status serves, without the standing's other rules (periods, inactive), which do not move it.
 */
function timelineOf(snapshot: Snapshot, published: Entry[], period: number) {
  const reporting = snapshot.reporting;
  if (!reporting) return [];
  const dues = Array.from({ length: Math.max(0, period - 1) }, (_, i) => dueDate(reporting, i + 1));
  const overall = dues.map((): RollUpPart[] => []);
  const byArea = new Map(snapshot.focusAreas.map((a) => [a.id, dues.map((): RollUpPart[] => [])]));
  // Times as numbers: comparing Dates converts them on every comparison.
  const dueTimes = dues.map((due) => due.getTime());
  for (const entry of published) {
    const areaParts = byArea.get(entry.row.focusAreaId);
    const weight = weightOf(snapshot, entry);
    const registered = entry.row.registeredAt.getTime();
    const { reports } = entry;
    let last = -1;
    for (let i = 0; i < dueTimes.length; i++) {
      const due = dueTimes[i] ?? 0;
      if (registered > due) continue;
      while (last + 1 < reports.length && (reports[last + 1]?.submittedAt.getTime() ?? due + 1) <= due) last++;
      const report = reports[last];
      const part = {
        progress: progressOf(entry.deliverables, report?.progress ?? null),
        weight,
        status: report?.status ?? ('awaiting_first_report' as const),
      };
      overall[i]?.push(part);
      areaParts?.[i]?.push(part);
    }
  }
  return dues.map((due, i) => {
    const areas: Record<string, number | null> = {};
    for (const area of snapshot.focusAreas) areas[area.id] = rollUp(byArea.get(area.id)?.[i] ?? []);
    return { period: i + 1, dueAt: due.toISOString(), overall: rollUp(overall[i] ?? []), areas };
  });
}

function summarize(snapshot: Snapshot, all: Computed[], period: number): Figures['summary'] {
  const published = all.filter((c) => c.entry.row.reviewState === 'published');
  const areas = snapshot.focusAreas.map((area) => {
    const own = published.filter((c) => c.entry.row.focusAreaId === area.id);
    return {
      focusAreaId: area.id,
      title: area.title,
      count: own.length,
      byStatus: countByStatus(own),
      ...rollUpFigure(own),
    };
  });
  const byDelegation = groupBy(published, (c) => c.entry.row.delegationId);
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
    totals: {
      commitments: published.length,
      countries: countries.length,
      byStatus: countByStatus(published),
      ...rollUpFigure(published),
    },
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
