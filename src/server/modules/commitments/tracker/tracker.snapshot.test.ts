import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import { commitmentOf } from '../../../testing/commitments.js';
import { BACKENDS, startTestApp, type TestApp } from '../../../testing/harness.js';
import { adoptFirstText, createAdoptedWorld, createOutcomeWorld } from '../../../testing/outcome.js';
import { findEvent } from '../../events/operation.service.js';
import * as repo from '../commitments.repo.js';
import { commitments } from '../commitments.tables.js';
import { buildSnapshot, type Snapshot, snapshotOf } from './tracker.snapshot.js';

type World = Awaited<ReturnType<typeof createAdoptedWorld>>;

/** What the figures are made of, in the snapshot's order: each commitment with its deliverables and reports. */
const contents = (snapshot: Snapshot) =>
  snapshot.entries.map((e) => ({
    row: e.row,
    deliverables: e.deliverables,
    reports: e.reports,
    delegation: e.delegation,
  }));

describe.each(BACKENDS)('the tracker’s snapshot, patched after each write (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const own = (w: World, delegationId: string, rest = '') =>
    `/api/events/${w.slug}/delegations/${delegationId}/commitments${rest}`;
  const review = { decision: 'publish', checks: ['specific', 'measurable', 'dated', 'has_lead'], comments: null };

  it('holds after every kind of write exactly what reading everything again holds', async () => {
    const w = await createAdoptedWorld(test);
    const event = await findEvent(test.db, w.slug);
    const expectSameAsRebuilt = async () => {
      const patched = await snapshotOf(test.db, event);
      const rebuilt = await buildSnapshot(test.db, event, patched.revision);
      expect(contents(patched)).toEqual(contents(rebuilt));
      return patched;
    };
    const register = async (delegationId: string, client = w.indonesia) => {
      const response = await client.post(own(w, delegationId), commitmentOf(w));
      expect(response.status).toBe(201);
      return response.json.id as string;
    };

    const first = await register(w.delegations.ID);
    const before = await expectSameAsRebuilt();
    expect(before.entries.map((e) => e.row.id)).toEqual([first]);

    const second = await register(w.delegations.FI, w.finland);
    await w.indonesia.post(own(w, w.delegations.ID, `/${first}/submit`));
    expect((await w.chair.post(`/api/events/${w.slug}/commitments/${first}/review`, review)).status).toBe(200);
    const afterReview = await expectSameAsRebuilt();
    expect(afterReview.entries.map((e) => [e.row.id, e.row.reviewState])).toEqual([
      [first, 'published'],
      [second, 'draft'],
    ]);

    const detail = (await w.indonesia.get<CommitmentDetail>(own(w, w.delegations.ID, `/${first}`))).json;
    const progress = Object.fromEntries(detail.deliverables.map((d) => [d.id, 40]));
    const report = { status: 'on_track', progress, narrative: { en: 'Portal online in beta.' }, evidence: [] };
    expect((await w.indonesia.post(own(w, w.delegations.ID, `/${first}/reports`), report)).status).toBe(201);
    const edited = commitmentOf(w, { title: { en: 'Finnish open data portal' } });
    expect((await w.finland.put(own(w, w.delegations.FI, `/${second}`), edited)).status).toBe(200);
    const after = await expectSameAsRebuilt();
    expect(after.revision).toBeGreaterThan(afterReview.revision);
    expect(after.byId.get(first)?.reports.map((r) => r.progress)).toEqual([progress]);
    expect(after.byId.get(second)?.row.title).toEqual({ en: 'Finnish open data portal' });

    // A removal stamps no row (a failed import takes back what it wrote): the count tells.
    await test.db.delete(commitments).where(eq(commitments.id, second));
    await repo.touchTracker(test.db, event.id);
    expect((await expectSameAsRebuilt()).entries.map((e) => e.row.id)).toEqual([first]);
  });

  it('is read again when the text is adopted, though no commitment moved (a page read before the adoption)', async () => {
    const w = await createOutcomeWorld(test);
    const event = await findEvent(test.db, w.slug);
    const before = await snapshotOf(test.db, event);
    expect(before.reporting).toBeNull();
    const published = await adoptFirstText(w);
    const after = await snapshotOf(test.db, event);
    expect(after.revision).toBe(before.revision);
    expect(after.reporting?.from.toISOString()).toBe(published.adoptedAt);
    expect(await snapshotOf(test.db, event)).toBe(after);
  });
});
