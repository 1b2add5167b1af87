import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentDetail, CommitmentList, TrackerSummary } from '../../../shared/commitmentViews.js';
import type { TestClient } from '../../testing/client.js';
import { commitmentBody, commitmentOf } from '../../testing/commitments.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { createAdoptedWorld, createOutcomeWorld } from '../../testing/outcome.js';

type World = Awaited<ReturnType<typeof createAdoptedWorld>>;

describe.each(BACKENDS)('commitments under the adopted text (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const own = (w: World, delegationId: string, rest = '') =>
    `/api/events/${w.slug}/delegations/${delegationId}/commitments${rest}`;
  const base = (w: World, rest = '') => `/api/events/${w.slug}/commitments${rest}`;
  const register = async (client: TestClient, w: World, delegationId: string, body = commitmentOf(w)) => {
    const response = await client.post(own(w, delegationId), body);
    expect(response.status).toBe(201);
    return response.json.id as string;
  };
  /** Registered, submitted and published by the secretariat. */
  async function published(w: World, client = w.indonesia, delegationId = w.delegations.ID, body = commitmentOf(w)) {
    const id = await register(client, w, delegationId, body);
    expect((await client.post(own(w, delegationId, `/${id}/submit`))).json).toEqual({ reviewState: 'submitted' });
    const review = { decision: 'publish', checks: ['specific', 'measurable', 'dated', 'has_lead'], comments: null };
    expect((await w.chair.post(base(w, `/${id}/review`), review)).status).toBe(200);
    const detail = (await client.get<CommitmentDetail>(own(w, delegationId, `/${id}`))).json;
    return { id, deliverables: detail.deliverables.map((d) => d.id) };
  }
  /** A report on a published commitment, its deliverables at these percents in order. */
  const reportOn = (client: TestClient, w: World, delegationId: string, id: string, status: string, at: number[]) =>
    client.get<CommitmentDetail>(own(w, delegationId, `/${id}`)).then(({ json }) =>
      client.post(own(w, delegationId, `/${id}/reports`), {
        status,
        progress: Object.fromEntries(json.deliverables.map((d, i) => [d.id, at[i] ?? 0])),
        narrative: { en: `Reported ${status}.` },
        evidence: [],
      }),
    );

  it('waits for the adopted text: no commitment before adoption', async () => {
    const w = await createOutcomeWorld(test);
    const body = commitmentBody(w.event.focusAreas[0]?.id as string, []);
    expectProblem(
      await w.indonesia.post(`/api/events/${w.slug}/delegations/${w.delegations.ID}/commitments`, body),
      409,
      'commitments.not_adopted',
    );
  });

  it('lets a country’s focal point, or the secretariat for it, register; no one else, and not for another country', async () => {
    const w = await createAdoptedWorld(test);
    expectProblem(await w.public.post(own(w, w.delegations.ID), commitmentOf(w)), 401, 'auth.required');
    expectProblem(await w.finland.post(own(w, w.delegations.ID), commitmentOf(w)), 403, 'auth.forbidden');
    expectProblem(await w.japanHead.post(own(w, w.delegations.JP), commitmentOf(w)), 403, 'auth.forbidden');
    const mine = await register(w.indonesia, w, w.delegations.ID);
    const forThem = await register(w.chair, w, w.delegations.FI);
    const listed = (await w.chair.get<CommitmentDetail[]>(own(w, w.delegations.FI))).json;
    expect(listed.map((c) => [c.id, c.isOnBehalf, c.reviewState])).toEqual([[forThem, true, 'draft']]);
    expect((await w.indonesia.get<CommitmentDetail>(own(w, w.delegations.ID, `/${mine}`))).json.isOnBehalf).toBe(false);
    // Finland's commitment is not Indonesia's to read or change, even by its own id.
    expectProblem(await w.indonesia.get(own(w, w.delegations.ID, `/${forThem}`)), 404, 'commitment.not_found');
    expectProblem(
      await w.indonesia.put(own(w, w.delegations.ID, `/${forThem}`), commitmentOf(w)),
      404,
      'commitment.not_found',
    );
  });

  it('lets a focal point read the tracker’s settings, when reports are due, but not change them', async () => {
    const w = await createAdoptedWorld(test);
    const settings = await w.indonesia.get(base(w, '/settings'));
    expect(settings.status).toBe(200);
    expect(settings.json).toMatchObject({ periodMonths: 6, isReportingFromAdoption: true, isReviewRequired: true });
    const { isReportingFromAdoption: _fromAdoption, ...choices } = settings.json;
    expectProblem(await w.indonesia.put(base(w, '/settings'), { ...choices, periodMonths: 3 }), 403, 'auth.forbidden');
    expectProblem(await w.japanHead.get(base(w, '/settings')), 403, 'auth.forbidden');
    expectProblem(await w.public.get(base(w, '/settings')), 401, 'auth.required');
    expect((await w.chair.get(base(w, '/settings'))).json.periodMonths).toBe(6);
  });

  it('checks a commitment against the adopted text and names each bad field', async () => {
    const w = await createAdoptedWorld(test);
    const other = w.published.content.sections[1];
    const wrongParagraph = commitmentOf(w, { paragraphIds: [other.paragraphs[0].id] });
    expect(fieldsOf(await w.indonesia.post(own(w, w.delegations.ID), wrongParagraph))).toEqual(['paragraphIds']);
    const bad = commitmentOf(w, { startsOn: '2023-01-01', endsOn: '2022-01-01', deliverables: [], lead: ' ' });
    expect(fieldsOf(await w.indonesia.post(own(w, w.delegations.ID), bad)).sort()).toEqual([
      'deliverables',
      'endsOn',
      'lead',
    ]);
    expect((await w.indonesia.get<CommitmentDetail[]>(own(w, w.delegations.ID))).json).toEqual([]);
  });

  it('shows the public a commitment only once the secretariat published it; a returned one carries its comments', async () => {
    const w = await createAdoptedWorld(test);
    const id = await register(w.indonesia, w, w.delegations.ID);
    expectProblem(await w.public.get(base(w, `/${id}`)), 404, 'commitment.not_found');
    expectProblem(
      await w.chair.post(base(w, `/${id}/review`), { decision: 'publish', checks: [], comments: null }),
      409,
      'commitment.wrong_state',
    );
    await w.indonesia.post(own(w, w.delegations.ID, `/${id}/submit`));
    expectProblem(
      await w.indonesia.post(base(w, `/${id}/review`), { decision: 'publish', checks: [], comments: null }),
      403,
      'auth.forbidden',
    );
    expect(
      fieldsOf(await w.chair.post(base(w, `/${id}/review`), { decision: 'return', checks: [], comments: null })),
    ).toEqual(['comments']);
    const returned = {
      decision: 'return',
      checks: ['specific', 'dated'],
      comments: 'Give the number of data sets at the start.',
    };
    expect((await w.chair.post(base(w, `/${id}/review`), returned)).json).toEqual({ reviewState: 'returned' });
    const seen = (await w.indonesia.get<CommitmentDetail>(own(w, w.delegations.ID, `/${id}`))).json;
    expect(seen.review).toEqual({ checks: ['specific', 'dated'], comments: returned.comments });
    expect((await w.public.get<CommitmentList>(base(w))).json.total).toBe(0);

    await w.indonesia.post(own(w, w.delegations.ID, `/${id}/submit`));
    await w.chair.post(base(w, `/${id}/review`), {
      decision: 'publish',
      checks: ['specific', 'measurable', 'dated', 'has_lead'],
      comments: null,
    });
    const listed = (await w.public.get<CommitmentList>(base(w))).json;
    expect(listed.items.map((c) => [c.id, c.country, c.standing.status])).toEqual([
      [id, 'ID', 'awaiting_first_report'],
    ]);
    const publicDetail = (await w.public.get<CommitmentDetail>(base(w, `/${id}`))).json;
    expect(publicDetail.review).toBeNull();
    expect(publicDetail.baseline).toBe('12 data sets published');
  });

  it('keeps a reviewed commitment as reviewed: its country reports, only the secretariat changes it', async () => {
    const w = await createAdoptedWorld(test);
    const submitted = await register(w.indonesia, w, w.delegations.ID);
    await w.indonesia.post(own(w, w.delegations.ID, `/${submitted}/submit`));
    const { id } = await published(w);
    const changed = commitmentOf(w, { lead: 'Ministry of Communication' });
    for (const commitmentId of [submitted, id])
      expectProblem(
        await w.indonesia.put(own(w, w.delegations.ID, `/${commitmentId}`), changed),
        409,
        'commitment.published',
      );
    expect((await w.indonesia.get<CommitmentDetail>(own(w, w.delegations.ID, `/${id}`))).json.lead).toBe(
      'Directorate of Information and Media',
    );
    expect((await w.chair.put(own(w, w.delegations.ID, `/${id}`), changed)).status).toBe(200);
    expect((await w.public.get<CommitmentDetail>(base(w, `/${id}`))).json.lead).toBe('Ministry of Communication');
    // Without review, what the country publishes stays its own to change.
    const withoutReview = { periodMonths: 6, reportingFrom: null, remindDaysBefore: 14, weighting: 'equal' };
    expect((await w.chair.put(base(w, '/settings'), { ...withoutReview, isReviewRequired: false })).status).toBe(200);
    expect((await w.indonesia.put(own(w, w.delegations.ID, `/${id}`), commitmentOf(w))).status).toBe(200);
  });

  it('takes a report with every deliverable’s progress, rolls the focus area up, and counts a completion once confirmed', async () => {
    const w = await createAdoptedWorld(test);
    const { id, deliverables } = await published(w);
    const [portal, sets] = deliverables as [string, string];
    const reports = own(w, w.delegations.ID, `/${id}/reports`);
    const report = {
      status: 'on_track',
      progress: { [portal]: 100, [sets]: 40 },
      narrative: { en: 'The portal is online.' },
      evidence: ['https://data.example.id'],
    };
    expectProblem(await w.finland.post(reports, report), 403, 'auth.forbidden');
    expect(fieldsOf(await w.indonesia.post(reports, { ...report, progress: { [portal]: 100 } }))).toEqual([
      `progress.${sets}`,
    ]);
    expect(fieldsOf(await w.indonesia.post(reports, { ...report, evidence: ['javascript:alert(1)'] }))).toEqual([
      'evidence.0',
    ]);
    expect((await w.indonesia.post(reports, report)).status).toBe(201);

    const summary = (await w.public.get<TrackerSummary>(base(w, '/summary'))).json;
    const area = summary.areas.find((a) => a.focusAreaId === w.published.content.sections[0].focusAreaId);
    // Weights 3 and 1: (3 × 100 + 1 × 40) / 4 = 85.
    expect(area).toMatchObject({ count: 1, progress: 85, counted: 1, weightTotal: 1, byStatus: { on_track: 1 } });
    expect(summary.totals).toMatchObject({ commitments: 1, countries: 1, progress: 85, counted: 1, weightTotal: 1 });

    expectProblem(await w.chair.post(base(w, `/${id}/completion`)), 409, 'commitment.not_completed');
    await w.indonesia.post(reports, { ...report, status: 'completed', progress: { [portal]: 100, [sets]: 100 } });
    expect((await w.public.get<CommitmentDetail>(base(w, `/${id}`))).json.standing.status).toBe('completion_pending');
    expectProblem(await w.indonesia.post(base(w, `/${id}/completion`)), 403, 'auth.forbidden');
    expect((await w.chair.post(base(w, `/${id}/completion`))).status).toBe(200);
    const done = (await w.public.get<CommitmentDetail>(base(w, `/${id}`))).json;
    expect(done.standing).toMatchObject({ status: 'completed', isLate: false, nextDue: null });
    expect(done.reports.map((r) => [r.status, r.overall])).toEqual([
      ['on_track', 85],
      ['completed', 100],
    ]);
  });

  it('rolls every published commitment up into one overall figure, over commitments, the discontinued left out', async () => {
    const w = await createAdoptedWorld(test);
    const crisis = w.published.content.sections[1].focusAreaId as string;
    const portal = await published(w);
    const hotline = await published(w, w.finland, w.delegations.FI, commitmentBody(crisis, []));
    expect((await reportOn(w.indonesia, w, w.delegations.ID, portal.id, 'on_track', [100, 40])).status).toBe(201);
    expect((await reportOn(w.finland, w, w.delegations.FI, hotline.id, 'delayed', [0, 40])).status).toBe(201);
    const summary = async () => (await w.public.get<TrackerSummary>(base(w, '/summary'))).json;
    // Indonesia's 85 and Finland's 10 (3 × 0 + 1 × 40, over 4), each weighing 1.
    expect((await summary()).totals).toMatchObject({ progress: 47.5, counted: 2, weightTotal: 2 });
    expect((await reportOn(w.finland, w, w.delegations.FI, hotline.id, 'discontinued', [0, 40])).status).toBe(201);
    const after = await summary();
    expect(after.totals).toMatchObject({ commitments: 2, progress: 85, counted: 1, weightTotal: 1 });
    expect(after.totals.byStatus).toEqual({ on_track: 1, discontinued: 1 });
    expect(after.areas.find((a) => a.focusAreaId === crisis)).toMatchObject({ progress: null, counted: 0 });
  });

  it('filters the public list by delegation, and names a malformed one', async () => {
    const w = await createAdoptedWorld(test);
    const portal = await published(w);
    await published(w, w.finland, w.delegations.FI);
    const listed = await w.public.get<CommitmentList>(base(w, `?delegation=${w.delegations.ID}`));
    expect(listed.json.items.map((c) => [c.id, c.delegationId])).toEqual([[portal.id, w.delegations.ID]]);
    expect((await w.public.get<CommitmentList>(base(w))).json.total).toBe(2);
    expect((await w.public.get<CommitmentList>(base(w, `?delegation=${w.delegations.MY}`))).json.total).toBe(0);
    const malformed = await w.public.get(base(w, '?delegation=ID'));
    expectProblem(malformed, 400, 'validation.failed');
    expect(fieldsOf(malformed)).toEqual(['delegation']);
  });
});
