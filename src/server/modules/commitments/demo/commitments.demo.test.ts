import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentList, TrackerSummary } from '../../../../shared/commitmentViews.js';
import { progressOf, rollUp, standingAt } from '../../../../shared/tracker.js';
import { auditLog } from '../../../core/audit/audit.tables.js';
import { SYSTEM } from '../../../core/auth/actor.js';
import { seedDemo } from '../../../demo/seed.js';
import { TestClient } from '../../../testing/client.js';
import { startTestApp, type TestApp } from '../../../testing/harness.js';
import { getEvent } from '../../events/events.service.js';
import { findEvent } from '../../events/operation.service.js';
import * as repo from '../commitments.repo.js';
import { commitmentReports, commitments } from '../commitments.tables.js';
import { listAll, readDashboard, readSummary } from '../tracker/tracker.service.js';
import { snapshotOf } from '../tracker/tracker.snapshot.js';
import { seedCommitmentsDemo } from './commitments.demo.js';

// The demo's "now" is the real clock (December 2026, period 11); the figures are asked at a
// fixed day of that period so that the test says the same thing next year.
const NOW = new Date('2026-12-15T00:00:00Z');
const slug = 'icdd-2021';

describe('the tracker of the ICDD 2021 demo', () => {
  let test: TestApp;
  let seedSeconds = 0;
  beforeAll(async () => {
    test = await startTestApp('pglite');
    const started = performance.now();
    await seedDemo({ db: test.db, publicUrl: 'http://pendopo.test', registrants: 5 });
    seedSeconds = (performance.now() - started) / 1000;
  }, 120_000);
  afterAll(() => test.close());

  it('shows the five focus areas, most countries, every status and ten points of follow-up', async () => {
    const summary = await readSummary({ db: test.db, slug, now: NOW });
    console.info(`demo seeded in ${seedSeconds.toFixed(1)} s:`, summary.totals);
    expect(summary.currentPeriod).toBe(11);
    expect(summary.areas).toHaveLength(5);
    for (const area of summary.areas) {
      expect(area.count).toBeGreaterThanOrEqual(5);
      expect(area.progress).toBeGreaterThan(0);
    }
    expect(summary.totals.countries).toBeGreaterThanOrEqual(15);
    for (const status of ['on_track', 'delayed', 'completed', 'completion_pending', 'discontinued', 'inactive'])
      expect(summary.totals.byStatus[status], status).toBeGreaterThan(0);
    expect(summary.timeline.map((p) => p.period)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(summary.timeline.at(-1)?.dueAt).toBe('2026-11-16T09:20:00.000Z');
    const overall = summary.timeline.map((p) => p.overall ?? 0);
    expect(overall.at(-1)).toBeGreaterThan((overall[0] ?? 0) + 40);
  });

  it('draws each point of its timeline as the shared rules say: the roll-up of the standings then', async () => {
    const snapshot = await snapshotOf(test.db, await findEvent(test.db, slug));
    const reporting = snapshot.reporting;
    if (!reporting) throw new Error('no reporting');
    const published = snapshot.entries.filter((e) => e.row.reviewState === 'published');
    const { timeline, areas } = await readSummary({ db: test.db, slug, now: NOW });
    for (const point of timeline) {
      const due = new Date(point.dueAt);
      const then = published
        .filter((e) => e.row.registeredAt <= due)
        .map((e) => {
          const facts = {
            registeredAt: e.row.registeredAt,
            isCompletionConfirmed: e.row.completionConfirmedAt !== null,
          };
          const last = e.reports.filter((r) => r.submittedAt <= due).at(-1);
          return {
            focusAreaId: e.row.focusAreaId,
            progress: progressOf(e.deliverables, last?.progress ?? null),
            weight: 1,
            status: standingAt(reporting, facts, e.reports, due).status,
          };
        });
      expect(point.overall).toBe(rollUp(then));
      for (const { focusAreaId } of areas)
        expect(point.areas[focusAreaId]).toBe(rollUp(then.filter((c) => c.focusAreaId === focusAreaId)));
    }
  });

  it('answers the public over HTTP with demo data only, a late commitment among them', async () => {
    const client = new TestClient(test.app);
    const summary = (await client.get<TrackerSummary>(`/api/events/${slug}/commitments/summary`)).json;
    expect(summary.totals.commitments).toBe(33);
    const list = (await client.get<CommitmentList>(`/api/events/${slug}/commitments?pageSize=100`)).json;
    expect(list.total).toBe(33);
    expect(list.items.every((c) => c.title.en?.endsWith('(demo)') && c.title.id?.endsWith('(demo)'))).toBe(true);
    expect(new Set(list.items.map((c) => c.type)).size).toBe(6);
    expect(list.items.some((c) => c.beganBefore)).toBe(true);
    const late = await listAll({
      db: test.db,
      actor: SYSTEM,
      slug,
      now: NOW,
      filters: { isLate: true, page: 1, pageSize: 100 },
    });
    expect(late.items.map((c) => [c.country, c.standing.status])).toEqual(
      expect.arrayContaining([
        ['NZ', 'on_track'],
        ['VN', 'inactive'],
      ]),
    );
  });

  it('files through the focal points, through the secretariat on behalf of two countries, every step audited', async () => {
    const rows = await test.db.select().from(commitments);
    const reports = await test.db.select().from(commitmentReports);
    expect(rows).toHaveLength(35);
    const countryOf = new Map(
      (await listAll({ db: test.db, actor: SYSTEM, slug, now: NOW, filters: { page: 1, pageSize: 100 } })).items.map(
        (c) => [c.id, c.country],
      ),
    );
    const onBehalf = new Set(rows.filter((r) => r.isOnBehalf).map((r) => countryOf.get(r.id)));
    expect([...onBehalf].sort()).toEqual(['FJ', 'KH']);
    expect(rows.every((r) => r.registeredBy !== null)).toBe(true);
    expect(reports.length).toBeGreaterThan(250);
    expect(reports.filter((r) => r.isOnBehalf).length).toBeGreaterThan(0);
    expect(reports.every((r) => r.submittedAt <= new Date('2026-11-16T09:20:00Z'))).toBe(true);
    const audited = (action: string) =>
      test.db.$count(auditLog, and(eq(auditLog.action, action), like(auditLog.entityType, 'commitment%')));
    expect(await audited('commitment.registered')).toBe(35);
    expect(await audited('commitment.reported')).toBe(reports.length);
    expect(await audited('commitment.completion_confirmed')).toBe(
      summaryCompleted(await readSummary({ db: test.db, slug, now: NOW })),
    );
  });

  it('leaves the host a queue: one submitted, one returned; the late and the inactive on the dashboard', async () => {
    const all = await listAll({ db: test.db, actor: SYSTEM, slug, now: NOW, filters: { page: 1, pageSize: 100 } });
    const states = all.items.map((c) => c.reviewState);
    expect(states.filter((s) => s === 'submitted')).toHaveLength(1);
    expect(states.filter((s) => s === 'returned')).toHaveLength(1);
    const dashboard = await readDashboard({ db: test.db, actor: SYSTEM, slug, now: NOW });
    expect(dashboard.currentPeriod).toBe(11);
    const byCountry = new Map(dashboard.countries.map((c) => [c.country, c]));
    expect(byCountry.get('BN')?.awaitingReview).toBe(1);
    expect(byCountry.get('VN')?.inactive).toBe(1);
    expect(byCountry.get('NZ')?.late).toBe(1);
  });

  it('changes nothing when seeded again', async () => {
    const event = await getEvent({ db: test.db, slug });
    const count = async () => ({
      commitments: await test.db.$count(commitments),
      reports: await test.db.$count(commitmentReports),
      revision: await repo.trackerRevision(test.db, event.id),
      audit: await test.db.$count(auditLog),
    });
    const before = await count();
    await seedCommitmentsDemo({ db: test.db, actor: SYSTEM, event, data: {} });
    expect(await count()).toEqual(before);
  });
});

const summaryCompleted = (summary: TrackerSummary) => summary.totals.byStatus.completed ?? 0;
