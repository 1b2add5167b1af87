// The tracker at the size of issue 15's benchmark, built straight into the module's tables in bulk
// (the services would take an hour at this size): COMMITMENTS published commitments of the event's
// delegations that take part, spread over its focus areas, each with 2 to 4 deliverables and
// REPORTS reports; then the tracker's revision bumped once, as one write through the services does.
// Seeded (mulberry32), so every run builds the same mix of standings.
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/server/core/db/db.js';
import * as repo from '../../src/server/modules/commitments/commitments.repo.js';
import {
  commitmentDeliverables,
  commitmentReports,
  commitments,
} from '../../src/server/modules/commitments/commitments.tables.js';
import type { ReportStatus } from '../../src/shared/commitments.js';
import { COMMITMENT_TYPES, PRIORITIES } from '../../src/shared/commitments.js';
import { dueDate, type Reporting } from '../../src/shared/tracker.js';

const DAY = 86_400_000;
/** The period that ended last before the benchmark's "now" (December 2026). */
const LAST_PERIOD = 10;

let seed = 15;
/** mulberry32: a small, good enough generator with a seed. */
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
/** A version 4 UUID from the seeded generator. */
function uuid() {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const WORDS = ['digital', 'consular', 'data', 'training', 'portal', 'MSME', 'crisis', 'policy', 'open', 'regional'];
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

/** How a commitment's follow-up ends, and how often: most report on, a few stop, finish or fall silent. */
const ENDINGS: [number, 'on_track' | 'delayed' | 'confirmed' | 'pending' | 'discontinued' | 'inactive' | 'late'][] = [
  [0.55, 'on_track'],
  [0.15, 'delayed'],
  [0.08, 'confirmed'],
  [0.02, 'pending'],
  [0.05, 'discontinued'],
  [0.1, 'inactive'],
  [0.05, 'late'],
];
function ending() {
  let roll = random();
  for (const [share, kind] of ENDINGS) {
    roll -= share;
    if (roll < 0) return kind;
  }
  return 'on_track';
}

/** `count` periods spread evenly from `first` to `last` (ascending, distinct while there is room). */
const spread = (first: number, last: number, count: number) =>
  Array.from({ length: count }, (_, i) => Math.round(first + ((last - first) * i) / Math.max(1, count - 1)));

async function insertInBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let at = 0; at < rows.length; at += size) await insert(rows.slice(at, at + size));
}

export async function buildTracker(
  db: Db,
  options: {
    eventId: string;
    reporting: Reporting;
    delegationIds: string[];
    focusAreaIds: string[];
    count: number;
    reportsEach: number;
  },
) {
  const { eventId, reporting, count, reportsEach } = options;
  const commitmentRows: (typeof commitments.$inferInsert)[] = [];
  const deliverableRows: (typeof commitmentDeliverables.$inferInsert)[] = [];
  const reportRows: (typeof commitmentReports.$inferInsert)[] = [];
  const endings: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    const id = uuid();
    const kind = ending();
    endings[kind] = (endings[kind] ?? 0) + 1;
    // Registered early in a period from 1 to 6 (so that five periods are left to report in).
    const first = between(1, 10 - reportsEach + 1);
    const registeredAt = new Date(
      (first > 1 ? dueDate(reporting, first - 1) : reporting.from).getTime() + between(1, 40) * DAY,
    );
    const last = kind === 'inactive' ? Math.max(first + 1, 8) : kind === 'late' ? 9 : LAST_PERIOD;
    const periods = spread(Math.min(first, last - reportsEach + 1), last, reportsEach);
    const deliverableIds = Array.from({ length: between(2, 4) }, () => uuid());
    commitmentRows.push({
      id,
      eventId,
      delegationId: pick(options.delegationIds),
      focusAreaId: pick(options.focusAreaIds),
      title: { en: `Commitment ${i + 1}: ${sentence(5)} (bench)`, id: `Komitmen ${i + 1} (bench)` },
      description: { en: sentence(30) },
      type: pick(COMMITMENT_TYPES),
      priority: pick(PRIORITIES),
      startsOn: '2022-01-01',
      endsOn: '2028-12-31',
      partnerCountries: random() < 0.5 ? ['ID', 'FI'] : [],
      partnerOrganisations: random() < 0.3 ? ['UNDP'] : [],
      lead: 'Ministry of Foreign Affairs, bench office',
      baseline: random() < 0.8 ? sentence(6) : null,
      target: random() < 0.8 ? sentence(6) : null,
      beganBefore: random() < 0.2,
      reviewState: 'published',
      reviewChecks: ['specific', 'measurable', 'dated', 'has_lead'],
      registeredAt,
      publishedAt: new Date(registeredAt.getTime() + 7 * DAY),
      completionConfirmedAt: null,
    });
    for (const [position, deliverableId] of deliverableIds.entries())
      deliverableRows.push({
        id: deliverableId,
        commitmentId: id,
        position,
        title: { en: sentence(4) },
        dueOn: `${2023 + position}-12-31`,
        weight: between(1, 3),
      });
    let percent = 0;
    let lastAt = registeredAt;
    for (const [n, period] of periods.entries()) {
      const isLast = n === periods.length - 1;
      percent = Math.min(95, percent + between(5, 20));
      const status: ReportStatus =
        isLast && (kind === 'confirmed' || kind === 'pending')
          ? 'completed'
          : isLast && kind === 'discontinued'
            ? 'discontinued'
            : kind === 'delayed' && n >= 2
              ? 'delayed'
              : 'on_track';
      const done = status === 'completed' ? 100 : percent;
      const submittedAt = new Date(
        Math.max(dueDate(reporting, period).getTime() - between(2, 30) * DAY, lastAt.getTime() + DAY),
      );
      lastAt = submittedAt;
      reportRows.push({
        id: uuid(),
        commitmentId: id,
        status,
        progress: Object.fromEntries(deliverableIds.map((d, k) => [d, Math.max(0, done - k * 10)])),
        narrative: { en: sentence(25) },
        evidence: random() < 0.3 ? ['https://bench.example/evidence'] : [],
        submittedAt,
      });
    }
    if (kind === 'confirmed') {
      const row = commitmentRows.at(-1);
      if (row) row.completionConfirmedAt = new Date(lastAt.getTime() + 10 * DAY);
    }
  }
  const started = performance.now();
  await db.delete(commitments).where(eq(commitments.eventId, eventId));
  await insertInBatches(commitmentRows, 500, (batch) => db.insert(commitments).values(batch));
  await insertInBatches(deliverableRows, 1000, (batch) => db.insert(commitmentDeliverables).values(batch));
  await insertInBatches(reportRows, 1000, (batch) => db.insert(commitmentReports).values(batch));
  const { revision } = await repo.touchTracker(db, eventId);
  return {
    insertSeconds: (performance.now() - started) / 1000,
    revision,
    commitments: commitmentRows.length,
    deliverables: deliverableRows.length,
    reports: reportRows.length,
    endings,
  };
}
