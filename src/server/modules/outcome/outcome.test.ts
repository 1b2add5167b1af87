import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, PublicOutcome, WorkingDocument } from '../../../shared/outcome.js';
import type { TestClient } from '../../testing/client.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { createOutcomeWorld, firstText } from '../../testing/outcome.js';

type World = Awaited<ReturnType<typeof createOutcomeWorld>>;
const inADay = () => new Date(Date.now() + 86_400_000).toISOString();

describe.each(BACKENDS)('the outcome document (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const api = (w: World) => `/api/events/${w.slug}/outcome`;
  const amendments = (w: World, delegationId: string) =>
    `/api/events/${w.slug}/delegations/${delegationId}/outcome/amendments`;
  const working = async (w: World) => (await w.chair.get<WorkingDocument>(`${api(w)}/working`)).json;
  const paragraphIds = async (w: World) => {
    const { content } = await working(w);
    return { preamble: content.preamble[0]?.id as string, policy: content.sections[0]?.paragraphs[0]?.id as string };
  };
  /** A world whose first text is saved and open for amendments until tomorrow. */
  async function openWorld() {
    const w = await createOutcomeWorld(test);
    expect((await w.chair.put(`${api(w)}/text`, firstText(w))).status).toBe(200);
    expect((await w.chair.post(`${api(w)}/stage`, { stage: 'amendments', amendmentDeadline: inADay() })).status).toBe(
      200,
    );
    return { w, ids: await paragraphIds(w) };
  }
  const propose = (
    client: TestClient,
    w: World,
    delegationId: string,
    paragraphId: string,
    text = 'We commit to open and interoperable data.',
  ) =>
    client.post(amendments(w, delegationId), {
      paragraphId,
      kind: 'replace',
      text,
      justification: 'Interoperability matters.',
    });

  it('lets the chair alone write the text, keeps each save as a version, and shows the public only what the chair shows', async () => {
    const w = await createOutcomeWorld(test);
    expectProblem(await w.indonesia.put(`${api(w)}/text`, firstText(w)), 403, 'auth.forbidden');
    expectProblem(await w.public.put(`${api(w)}/text`, firstText(w)), 401, 'auth.required');
    expect((await w.chair.put(`${api(w)}/text`, firstText(w))).json).toEqual({ version: 1 });
    const doc = await working(w);
    expect(doc.content.sections.map((s) => s.heading.en)).toEqual(['Policy frameworks', 'Crisis management']);
    expect(doc.content.sections[0]?.paragraphs[0]?.text.en).toBe('We commit to open data.');
    expect((await w.indonesia.get(`${api(w)}/working`)).status).toBe(200);
    expect((await w.public.get<PublicOutcome>(api(w))).json).toMatchObject({ stage: 'drafting', content: null });

    expect((await w.chair.put(`${api(w)}/public-draft`, { isDraftPublic: true })).status).toBe(200);
    const shown = (await w.public.get<PublicOutcome>(api(w))).json;
    expect(shown).toMatchObject({ stage: 'drafting', isDraft: true, version: 1 });
    expect(shown.content?.title.en).toBe('Bali Message');
    const versions = (await w.chair.get(`${api(w)}/versions`)).json;
    expect(versions).toMatchObject([{ number: 1, message: 'First draft of the chair', amendmentIds: [] }]);
  });

  it('marks a translation out of date when the authoritative paragraph changes, until it is rewritten', async () => {
    const w = await createOutcomeWorld(test);
    await w.chair.put(`${api(w)}/text`, firstText(w));
    const { policy } = await paragraphIds(w);
    const second = firstText(w);
    second.baseVersion = 1;
    second.message = 'Sharper wording';
    const [section] = second.sections;
    if (section)
      section.paragraphs = [
        {
          id: policy,
          text: { en: 'We commit to open government data.', id: 'Kami berkomitmen pada data terbuka.' },
        } as never,
      ];
    expect((await w.chair.put(`${api(w)}/text`, second)).json).toEqual({ version: 2 });
    expect((await working(w)).outdated).toEqual({ [policy]: ['id'] });
    // Saved again against version 1: the chair edited an old text.
    expectProblem(await w.chair.put(`${api(w)}/text`, second), 409, 'outcome.version_conflict');
    expect(fieldsOf(await w.chair.put(`${api(w)}/text`, second))).toEqual(['baseVersion']);
    second.baseVersion = 2;
    if (section)
      section.paragraphs = [
        {
          id: policy,
          text: { en: 'We commit to open government data.', id: 'Kami berkomitmen pada data pemerintah yang terbuka.' },
        } as never,
      ];
    expect((await w.chair.put(`${api(w)}/text`, second)).json).toEqual({ version: 3 });
    expect((await working(w)).outdated).toEqual({});
  });

  it('lets only a delegation’s focal point or head propose for it, while amendments are open', async () => {
    const w = await createOutcomeWorld(test);
    await w.chair.put(`${api(w)}/text`, firstText(w));
    const { policy } = await paragraphIds(w);
    expectProblem(await propose(w.indonesia, w, w.delegations.ID, policy), 409, 'outcome.wrong_stage');
    await w.chair.post(`${api(w)}/stage`, { stage: 'amendments', amendmentDeadline: inADay() });
    expect((await propose(w.indonesia, w, w.delegations.ID, policy)).status).toBe(201);
    expect((await propose(w.japanHead, w, w.delegations.JP, policy)).status).toBe(201);
    expectProblem(await propose(w.indonesia, w, w.delegations.FI, policy), 403, 'auth.forbidden');
    expectProblem(await propose(w.japanDelegate, w, w.delegations.JP, policy), 403, 'auth.forbidden');
    expectProblem(await propose(w.chair, w, w.delegations.ID, policy), 403, 'auth.forbidden');
    expectProblem(await propose(w.public, w, w.delegations.ID, policy), 401, 'auth.required');
    const unknownParagraph = await propose(w.indonesia, w, w.delegations.ID, crypto.randomUUID());
    expectProblem(unknownParagraph, 400, 'validation.failed');
    const deletion = await w.indonesia.post(amendments(w, w.delegations.ID), {
      paragraphId: policy,
      kind: 'delete',
      text: 'not for a deletion',
      justification: 'Redundant.',
    });
    expect(fieldsOf(deletion)).toEqual(['text']);
    const doc = await working(w);
    expect(doc.amendments.map((a) => a.delegationId)).toEqual([w.delegations.ID, w.delegations.JP]);
  });

  it('records each other delegation’s support or objection once, changeable, and never the proposer’s own', async () => {
    const { w, ids } = await openWorld();
    const id = (await propose(w.indonesia, w, w.delegations.ID, ids.policy)).json.id as string;
    const position = (client: TestClient, delegationId: string, value: string) =>
      client.put(`${amendments(w, delegationId)}/${id}/position`, { position: value });
    expect((await position(w.finland, w.delegations.FI, 'support')).status).toBe(200);
    expect((await position(w.finland, w.delegations.FI, 'object')).status).toBe(200);
    expect((await position(w.japanHead, w.delegations.JP, 'support')).status).toBe(200);
    expectProblem(await position(w.indonesia, w.delegations.ID, 'support'), 409, 'amendment.own_delegation');
    expectProblem(await position(w.finland, w.delegations.JP, 'support'), 403, 'auth.forbidden');
    const [amendment] = (await working(w)).amendments;
    expect(amendment).toMatchObject({ support: [w.delegations.JP], objections: [w.delegations.FI] });
  });

  it('makes a version of an acceptance, and refuses a second decision on that paragraph against the same version', async () => {
    const { w, ids } = await openWorld();
    const first = (await propose(w.indonesia, w, w.delegations.ID, ids.policy)).json.id as string;
    const rival = (await propose(w.japanHead, w, w.delegations.JP, ids.policy, 'We commit to open data by default.'))
      .json.id as string;
    const other = (
      await propose(w.finland, w, w.delegations.FI, ids.preamble, 'We, the participants, meeting in Bali and online,')
    ).json.id as string;
    const decide = (id: string, body: Record<string, unknown>) =>
      w.chair.post(`${api(w)}/amendments/${id}/decision`, { baseVersion: 1, reason: 'Agreed in the room.', ...body });
    expectProblem(
      await w.indonesia.post(`${api(w)}/amendments/${first}/decision`, {
        decision: 'accept',
        reason: 'x',
        baseVersion: 1,
      }),
      403,
      'auth.forbidden',
    );

    expect((await decide(first, { decision: 'accept' })).json).toMatchObject({ status: 'accepted', version: 2 });
    const conflict = await decide(rival, { decision: 'accept' });
    expectProblem(conflict, 409, 'outcome.version_conflict');
    expect(fieldsOf(conflict)).toEqual(['paragraphId']);
    // Another paragraph, decided against the same version, is no conflict.
    expect(
      (
        await decide(other, {
          decision: 'accept_modified',
          text: 'We, the participants, meeting in Bali and online, in person and remotely,',
        })
      ).json,
    ).toMatchObject({ status: 'merged', version: 3 });

    const doc = await working(w);
    expect(doc.version).toBe(3);
    expect(doc.content.sections[0]?.paragraphs[0]?.text.en).toBe('We commit to open and interoperable data.');
    expect(doc.content.preamble[0]?.text.en).toBe(
      'We, the participants, meeting in Bali and online, in person and remotely,',
    );
    const pending = doc.amendments.find((a) => a.id === rival);
    expect(pending).toMatchObject({
      status: 'proposed',
      againstText: 'We commit to open data.',
      currentText: 'We commit to open and interoperable data.',
    });
    expect(
      (await w.chair.get(`${api(w)}/versions`)).json.map((v: { amendmentIds: string[] }) => v.amendmentIds),
    ).toEqual([[other], [first], []]);
    // Decided against today's text, the rival is rejected, and stays on the record.
    expect((await decide(rival, { decision: 'reject', baseVersion: 3 })).json).toMatchObject({
      status: 'rejected',
      version: 3,
    });
    expectProblem(await decide(rival, { decision: 'accept', baseVersion: 3 }), 409, 'amendment.wrong_state');
  });

  it('compares two versions word by word, each paragraph with its old and new number', async () => {
    const { w, ids } = await openWorld();
    const crisis = (await working(w)).content.sections[1]?.paragraphs[0]?.id as string;
    const amend = async (client: TestClient, delegationId: string, body: Record<string, unknown>) =>
      (await client.post(amendments(w, delegationId), { justification: 'Better.', ...body })).json.id as string;
    const inserted = await amend(w.indonesia, w.delegations.ID, {
      paragraphId: ids.policy,
      kind: 'insert_after',
      text: 'We build skills.',
    });
    const changed = await amend(w.finland, w.delegations.FI, {
      paragraphId: crisis,
      kind: 'replace',
      text: 'We share early warnings at once.',
    });
    const deleted = await amend(w.japanHead, w.delegations.JP, { paragraphId: ids.preamble, kind: 'delete' });
    for (const [id, baseVersion] of [
      [inserted, 1],
      [changed, 2],
      [deleted, 3],
    ] as const)
      expect(
        (
          await w.chair.post(`${api(w)}/amendments/${id}/decision`, {
            decision: 'accept',
            reason: 'Agreed.',
            baseVersion,
          })
        ).status,
      ).toBe(200);
    const { rows } = (await w.chair.get(`${api(w)}/compare?from=1&to=4`)).json as Comparison;
    expect(rows.map((r) => [r.fromNumber, r.toNumber, r.change])).toEqual([
      ['PP1', null, 'deleted'],
      ['1', '1', 'same'],
      [null, '2', 'inserted'],
      ['2', '3', 'changed'],
    ]);
    expect(rows[3]?.ops).toEqual([
      { kind: 'same', text: 'We share early warnings' },
      { kind: 'insert', text: ' at once' },
      { kind: 'same', text: '.' },
    ]);
    expectProblem(await w.chair.get(`${api(w)}/compare?from=1&to=9`), 404, 'outcome.version_not_found');
    expectProblem(await w.public.get(`${api(w)}/compare?from=1&to=4`), 401, 'auth.required');
  });

  it('merges an amendment drafted against an older text when it touches other words, and leaves a collision to the chair', async () => {
    const { w, ids } = await openWorld();
    const interoperable = (await propose(w.indonesia, w, w.delegations.ID, ids.policy)).json.id as string;
    const byWhen = (await propose(w.finland, w, w.delegations.FI, ids.policy, 'We commit to open data by 2025.')).json
      .id as string;
    const free = (await propose(w.japanHead, w, w.delegations.JP, ids.policy, 'We commit to free data.')).json
      .id as string;
    const publicInfo = (await propose(w.indonesia, w, w.delegations.ID, ids.policy, 'We commit to public information.'))
      .json.id as string;
    const decide = (id: string, body: Record<string, unknown>) =>
      w.chair.post(`${api(w)}/amendments/${id}/decision`, { reason: 'Agreed.', decision: 'accept', ...body });
    expect((await decide(interoperable, { baseVersion: 1 })).status).toBe(200);
    expect((await decide(byWhen, { baseVersion: 2 })).json).toMatchObject({ status: 'accepted', version: 3 });
    const policyText = async () => (await working(w)).content.sections[0]?.paragraphs[0]?.text.en;
    expect(await policyText()).toBe('We commit to open and interoperable data by 2025.');
    expect((await decide(free, { baseVersion: 3 })).json).toMatchObject({ status: 'accepted', version: 4 });
    expect(await policyText()).toBe('We commit to free and interoperable data by 2025.');
    // "open data" replaced, where "and interoperable" was inserted since: the chair decides the words.
    expectProblem(await decide(publicInfo, { baseVersion: 4 }), 409, 'amendment.collision');
    const chairs = 'We commit to free and interoperable public information by 2025.';
    expect(
      (await decide(publicInfo, { baseVersion: 4, decision: 'accept_modified', text: chairs })).json,
    ).toMatchObject({
      status: 'merged',
    });
    expect(await policyText()).toBe(chairs);
  });

  it('lets the proposer alone withdraw an open amendment, which stays on the record', async () => {
    const { w, ids } = await openWorld();
    const id = (await propose(w.indonesia, w, w.delegations.ID, ids.policy)).json.id as string;
    expectProblem(
      await w.finland.post(`${amendments(w, w.delegations.FI)}/${id}/withdraw`),
      404,
      'amendment.not_found',
    );
    expect((await w.indonesia.post(`${amendments(w, w.delegations.ID)}/${id}/withdraw`)).json).toMatchObject({
      status: 'withdrawn',
    });
    expectProblem(
      await w.indonesia.post(`${amendments(w, w.delegations.ID)}/${id}/withdraw`),
      409,
      'amendment.wrong_state',
    );
    expect((await working(w)).amendments).toMatchObject([{ id, status: 'withdrawn' }]);
  });

  it('moves on one stage at a time, by the chair, opening the amendments only with a deadline to come', async () => {
    const w = await createOutcomeWorld(test);
    const stage = (body: Record<string, unknown>) => w.chair.post(`${api(w)}/stage`, body);
    expectProblem(await stage({ stage: 'amendments', amendmentDeadline: inADay() }), 409, 'outcome.wrong_stage');
    await w.chair.put(`${api(w)}/text`, firstText(w));
    expectProblem(await stage({ stage: 'negotiation' }), 409, 'outcome.wrong_stage');
    expect(fieldsOf(await stage({ stage: 'amendments' }))).toEqual(['amendmentDeadline']);
    expect(fieldsOf(await stage({ stage: 'amendments', amendmentDeadline: '2020-01-01T00:00:00Z' }))).toEqual([
      'amendmentDeadline',
    ]);
    expectProblem(
      await w.indonesia.post(`${api(w)}/stage`, { stage: 'amendments', amendmentDeadline: inADay() }),
      403,
      'auth.forbidden',
    );
    expect((await stage({ stage: 'amendments', amendmentDeadline: inADay() })).status).toBe(200);
    expect((await stage({ stage: 'negotiation' })).json).toMatchObject({ stage: 'negotiation' });
    expectProblem(await stage({ stage: 'adopted' }), 409, 'outcome.wrong_stage');
    const { policy } = await paragraphIds(w);
    expect((await w.chair.put(`${api(w)}/paragraphs/${policy}/state`, { state: 'bracketed' })).status).toBe(200);
    expect((await working(w)).states).toEqual({ [policy]: 'bracketed' });
    expectProblem(await propose(w.indonesia, w, w.delegations.ID, policy), 409, 'outcome.wrong_stage');
  });
});
