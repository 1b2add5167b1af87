import type { CommitmentType, Priority, ReportStatus } from '../../../../shared/commitments.js';
import type { LocalizedText } from '../../../../shared/text.js';
import { dueDate, firstOwedPeriod, type Reporting } from '../../../../shared/tracker.js';

// How each demo commitment's follow-up unfolds: when it was registered and published, and the
// reports it sent, period by period. Pure and without chance, so the demo is the same every time.

/** What the seed adds to every title and description, so no one takes the demo for a record. */
export const DEMO_MARK = { en: '(demo)', id: '(demo)' };
export const DEMO_NOTE = 'Demo data: an invented commitment, not a policy of the country named.';

/**
 * How a commitment's follow-up goes, period by period (period n ends 6n months after the
 * adoption; period 10 ended on 16 November 2026, so in December 2026 period 11 runs).
 */
export type DemoStory =
  /** A report every period to the 10th. */
  | { kind: 'on_track' }
  /** On track until period `from`, then behind, for the reason given. */
  | { kind: 'delayed'; from: number; reason: string }
  /** On track, but the 10th period's report never came: late, not yet inactive. */
  | { kind: 'late' }
  /** Completed in period `at`, confirmed by the secretariat. */
  | { kind: 'completed'; at: number }
  /** Completed in the 10th period; the secretariat has not confirmed it yet. */
  | { kind: 'pending' }
  /** Stopped in period `at`, for the reason given. */
  | { kind: 'discontinued'; at: number; reason: string }
  /** Reports stop after period `after`: inactive two periods later. */
  | { kind: 'inactive'; after: number }
  /** In the secretariat's queue, not public. */
  | { kind: 'submitted' }
  /** Returned to the country with the secretariat's comments, not public. */
  | { kind: 'returned'; comments: string };

export interface DemoCommitment {
  /** The country; the focus area's index in the event (0-4); the adopted text's paragraphs cited, by index. */
  where: { country: string; area: number; cites: number[] };
  kind: { type: CommitmentType; priority: Priority; beganBefore: boolean };
  title: { en: string; id: string };
  description: string;
  /** The office that leads it. */
  lead: string;
  partners: { countries: string[]; organisations: string[] };
  /** Null where the country gave none: the registries' most cited gap. */
  measure: { baseline: string | null; target: string | null };
  dates: { registered: string; starts: string; ends: string | null };
  /** Title, due date, weight. */
  deliverables: [string, string, number][];
  story: DemoStory;
}

/** The last period that ended before the demo's "now" (December 2026): period 10, due 16 November 2026. */
export const DEMO_LAST_PERIOD = 10;

const DAY = 86_400_000;

export const isPublic = (story: DemoStory) => story.kind !== 'submitted' && story.kind !== 'returned';

/** In the morning (UTC) of the day given, a minute apart so that the order of registration holds. */
export const registeredAt = (c: DemoCommitment, index: number) =>
  new Date(Date.parse(`${c.dates.registered}T02:00:00Z`) + index * 60_000);

/** The secretariat's review, one to two weeks after. */
export const reviewedAt = (c: DemoCommitment, index: number) =>
  new Date(registeredAt(c, index).getTime() + (7 + (index % 6)) * DAY);

/** The secretariat confirms a completion about two weeks after the report. */
export const confirmedAt = (report: PlannedReport) => new Date(report.at.getTime() + 12 * DAY);

export interface PlannedReport {
  period: number;
  at: Date;
  status: ReportStatus;
  /** Percent done, one per deliverable, in their order. */
  percents: number[];
  narrative: LocalizedText;
  evidence: string[];
}

function lastPeriod(story: DemoStory): number {
  if (story.kind === 'completed' || story.kind === 'discontinued') return story.at;
  if (story.kind === 'inactive') return story.after;
  if (story.kind === 'late') return DEMO_LAST_PERIOD - 1;
  return DEMO_LAST_PERIOD;
}

/** A deliverable's progress at `t`: a straight line from the commitment's start to its due date, in steps of 5. */
function percentAt(start: number, due: number, t: number): number {
  if (t <= start) return 0;
  if (t >= due) return 100;
  return Math.floor((95 * (t - start)) / (due - start) / 5) * 5;
}

const ON_TRACK = [
  (d: string, p: number) => `Work went as planned: “${d}” stands at ${p}%.`,
  (d: string, p: number) => `On schedule. Most of the work went into “${d}”, now at ${p}%.`,
  (d: string, p: number) => `As planned; “${d}” is at ${p}% and the next steps are funded.`,
];

function narrativeOf(c: DemoCommitment, status: ReportStatus, percents: number[], n: number): LocalizedText {
  const weights = c.deliverables.map(([, , weight]) => weight);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const overall = Math.round(percents.reduce((sum, p, i) => sum + p * (weights[i] ?? 0), 0) / total);
  const open = percents.findIndex((p) => p < 100);
  const focus = open >= 0 ? open : percents.length - 1;
  const [d = ''] = c.deliverables[focus] ?? [];
  const p = percents[focus] ?? 0;
  const story = c.story;
  const en = {
    not_started: `Not started yet: the work begins on ${c.dates.starts}.`,
    on_track: (ON_TRACK[n % ON_TRACK.length] ?? ON_TRACK[0])?.(d, p),
    delayed: `Behind the plan: ${story.kind === 'delayed' ? story.reason : 'the work slowed'}. “${d}” stands at ${p}%.`,
    completed: 'Completed: every deliverable is done; the final report is linked.',
    discontinued: `Discontinued: ${story.kind === 'discontinued' ? story.reason : 'the work stopped'}.`,
  }[status];
  const id = {
    not_started: `Belum dimulai; pekerjaan dimulai pada ${c.dates.starts}.`,
    on_track: `Sesuai rencana; kemajuan keseluruhan ${overall}%.`,
    delayed: `Terlambat dari rencana; kemajuan keseluruhan ${overall}%.`,
    completed: 'Selesai: semua keluaran telah tercapai.',
    discontinued: 'Dihentikan.',
  }[status];
  return { en: `${en} Overall ${overall}%. (Demo report.)`, id: `${id} (Laporan demo.)` };
}

/**
 * The reports of a public commitment: one in each period from the first it owes to the last its
 * story reaches, sent 3 to 26 days before the period's due date (and after it was published).
 * A delayed commitment's clock runs at 30% from the period its delay begins.
 */
export function planReports(reporting: Reporting, c: DemoCommitment, index: number): PlannedReport[] {
  const { story } = c;
  if (!isPublic(story)) return [];
  const start = Date.parse(c.dates.starts);
  const dues = c.deliverables.map(([, due]) => Date.parse(due));
  const published = reviewedAt(c, index).getTime();
  const last = lastPeriod(story);
  const isTerminal = story.kind === 'completed' || story.kind === 'pending' || story.kind === 'discontinued';
  const reports: PlannedReport[] = [];
  let previous = dues.map(() => 0);
  let slowedFrom: number | null = null;
  for (let n = firstOwedPeriod(reporting, registeredAt(c, index)); n <= last; n++) {
    const due = dueDate(reporting, n).getTime();
    const at = Math.max(due - (3 + ((index * 7 + n * 5) % 24)) * DAY, published + 3 * DAY);
    const isDelayed = story.kind === 'delayed' && n >= story.from;
    if (isDelayed && slowedFrom === null) slowedFrom = reports.at(-1)?.at.getTime() ?? at;
    const t = slowedFrom === null ? at : slowedFrom + (at - slowedFrom) * 0.3;
    let status: ReportStatus;
    let percents: number[];
    if (n === last && isTerminal) {
      status = story.kind === 'discontinued' ? 'discontinued' : 'completed';
      percents = status === 'completed' ? dues.map(() => 100) : previous;
    } else {
      percents = dues.map((d, i) => Math.max(previous[i] ?? 0, percentAt(start, d, t)));
      status = isDelayed ? 'delayed' : t < start ? 'not_started' : 'on_track';
    }
    const evidenceUrl = `https://icdd-2021.example/demo/evidence/${c.where.country.toLowerCase()}-${index}-${n}`;
    const evidence = status === 'completed' || n % 3 === 0 ? [evidenceUrl] : [];
    reports.push({
      period: n,
      at: new Date(at),
      status,
      percents,
      narrative: narrativeOf(c, status, percents, n),
      evidence,
    });
    previous = percents;
  }
  return reports;
}
