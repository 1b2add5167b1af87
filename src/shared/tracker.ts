// Where a commitment stands, from its reports and the clock: pure, so that a test sets the clock
// and the browser explains the same rules the server applies. Import-free (no zod).

import type { ReportStatus, TrackerStatus } from './commitments.js';

export interface Reporting {
  /** Where the periods start (the adoption of the text, unless organizers choose another day). */
  from: Date;
  periodMonths: number;
}

/** The end of the n-th period (n >= 1), when its report is due; period n runs from due(n - 1) to due(n). */
export function dueDate(reporting: Reporting, n: number): Date {
  const from = reporting.from;
  const months = from.getUTCMonth() + n * reporting.periodMonths;
  const year = from.getUTCFullYear() + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  // The same day of the month, or the month's last day when it has fewer (31 August + 6 months: 28 February).
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(from.getUTCDate(), lastDay);
  const time = [from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds(), from.getUTCMilliseconds()] as const;
  return new Date(Date.UTC(year, month, day, ...time));
}

/** Where the n-th period begins: where the one before it ends (the first, where the periods start). */
export const periodStart = (reporting: Reporting, n: number): Date => dueDate(reporting, Math.max(0, n - 1));

/** The period an instant falls in: 1 for the first; 0 before the periods start. */
export function periodAt(reporting: Reporting, at: Date): number {
  if (at <= reporting.from) return 0;
  // A first guess from the months, then corrected by the real due dates.
  const elapsed =
    (at.getUTCFullYear() - reporting.from.getUTCFullYear()) * 12 + at.getUTCMonth() - reporting.from.getUTCMonth();
  let n = Math.max(1, Math.floor(elapsed / reporting.periodMonths));
  while (n > 1 && dueDate(reporting, n - 1) >= at) n--;
  while (dueDate(reporting, n) < at) n++;
  return n;
}

/**
 * The first period a commitment reports for: the first that ends at least a month after it was
 * registered, so that no one is late the day they join.
 */
export function firstOwedPeriod(reporting: Reporting, registeredAt: Date): number {
  const monthLater = dueDate({ from: registeredAt, periodMonths: 1 }, 1);
  let n = Math.max(1, periodAt(reporting, registeredAt));
  while (dueDate(reporting, n) < monthLater) n++;
  return n;
}

export interface ReportFacts {
  submittedAt: Date;
  status: ReportStatus;
}

export interface Standing {
  /** The last report's status; inactive after two periods without one; awaiting before the first. */
  status: TrackerStatus;
  /** A report is overdue: the period that ended last has none. */
  isLate: boolean;
  /** The period the next report is for, and when it is due; null once completed or discontinued. */
  nextPeriod: number | null;
  nextDue: Date | null;
  /** Periods that ended without a report, counted back from the last one. */
  missedPeriods: number;
}

const TERMINAL: ReadonlySet<ReportStatus> = new Set<ReportStatus>(['completed', 'discontinued']);

/**
 * A commitment's standing at `now`. A report covers the period it is submitted in (the first
 * period it reports for also takes a report sent before that period began). Completed and
 * discontinued commitments stop asking; a completion counts once the secretariat confirms it. Two periods in a row without a report make it inactive,
 * until it reports again.
 */
export function standingAt(
  reporting: Reporting,
  commitment: { registeredAt: Date; isCompletionConfirmed: boolean },
  reports: readonly ReportFacts[],
  now: Date,
): Standing {
  const sorted = [...reports].filter((r) => r.submittedAt <= now).sort((a, b) => +a.submittedAt - +b.submittedAt);
  const last = sorted.at(-1);
  if (last && TERMINAL.has(last.status)) {
    // A completion counts once the secretariat confirms it; until then it waits, and asks no more reports.
    const status =
      last.status === 'completed' && !commitment.isCompletionConfirmed ? 'completion_pending' : last.status;
    return { status, isLate: false, nextPeriod: null, nextDue: null, missedPeriods: 0 };
  }

  const first = firstOwedPeriod(reporting, commitment.registeredAt);
  const current = Math.max(first, periodAt(reporting, now));
  const covered = new Set(sorted.map((r) => Math.max(first, periodAt(reporting, r.submittedAt))));
  const next = { nextPeriod: current, nextDue: dueDate(reporting, current) };
  const lastStatus: TrackerStatus = last?.status ?? 'awaiting_first_report';
  if (covered.has(current)) return { status: lastStatus, isLate: false, missedPeriods: 0, ...next };

  let missed = 0;
  for (let n = current - 1; n >= first && !covered.has(n); n--) missed++;
  return { status: missed >= 2 ? 'inactive' : lastStatus, isLate: missed >= 1, missedPeriods: missed, ...next };
}

/** A commitment's progress in percent: its deliverables' reported progress, weighed by their weights. */
export function progressOf(
  deliverables: readonly { id: string; weight: number }[],
  progress: Readonly<Record<string, number>> | null,
): number {
  const total = deliverables.reduce((sum, d) => sum + d.weight, 0);
  if (!progress || total === 0) return 0;
  const done = deliverables.reduce((sum, d) => sum + d.weight * (progress[d.id] ?? 0), 0);
  return Math.round((done / total) * 10) / 10;
}

/**
 * A focus area's progress: the weighted mean of its commitments' progress (each weighing 1 unless
 * organizers weigh them). Discontinued commitments are left out; none left: null.
 */
export function rollUp(commitments: readonly { progress: number; weight: number; status: TrackerStatus }[]) {
  const counted = commitments.filter((c) => c.status !== 'discontinued');
  const total = counted.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) return null;
  return Math.round((counted.reduce((sum, c) => sum + c.weight * c.progress, 0) / total) * 10) / 10;
}
