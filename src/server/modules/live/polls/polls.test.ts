import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PollInput } from '../../../../shared/polls.js';
import { TestClient } from '../../../testing/client.js';
import { expectProblem } from '../../../testing/expect.js';
import { signedInClient } from '../../../testing/factories.js';
import { BACKENDS, startListeningTestApp, type TestApp } from '../../../testing/harness.js';
import { createLiveSession } from '../../../testing/live.js';
import { openSse } from '../../../testing/live-stream.js';

const POLL: PollInput = {
  question: { en: 'Which matters most for digital diplomacy?', id: 'Mana yang paling penting bagi diplomasi digital?' },
  kind: 'single',
  options: [{ text: { en: 'Connectivity' } }, { text: { en: 'Cyber security' } }, { text: { en: '=HYPERLINK("x")' } }],
  results: 'live',
};

describe.each(BACKENDS)('polls (%s)', (backend) => {
  let test: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    ({ test, baseUrl } = await startListeningTestApp(backend));
  });
  afterAll(() => test.close());

  async function preparedPoll(input: Partial<PollInput> = {}) {
    const fixture = await createLiveSession(test);
    const created = await fixture.moderator.post(`${fixture.base}/sessions/${fixture.sessionId}/polls`, {
      ...POLL,
      ...input,
    });
    expect(created.status).toBe(201);
    const poll = created.json as { id: string; options: { id: string }[] };
    return { ...fixture, poll, url: `${fixture.base}/polls/${poll.id}`, options: poll.options.map((o) => o.id) };
  }

  it('is opened by a moderator, voted once per registrant (changed while open) and counted live', async () => {
    const { url, moderator, ayu, budi, options, live } = await preparedPoll();
    expectProblem(await ayu.put(`${url}/vote`, { optionIds: [options[0]] }), 409, 'poll.not_open');
    expect((await moderator.post(`${url}/open`)).json.status).toBe('open');
    expect((await ayu.put(`${url}/vote`, { optionIds: [options[0]] })).json).toEqual({ optionIds: [options[0]] });
    await budi.put(`${url}/vote`, { optionIds: [options[1]] });
    await budi.put(`${url}/vote`, { optionIds: [options[0]] });
    const view = (await new TestClient(test.app).get(live)).json;
    expect(view.poll.tally).toEqual({
      counts: { [options[0] as string]: 2, [options[1] as string]: 0, [options[2] as string]: 0 },
      voters: 2,
    });
    expect((await budi.get(live)).json.pollVote).toEqual([options[0]]);

    const closed = (await moderator.post(`${url}/close`)).json;
    expect(closed).toMatchObject({ status: 'closed', tally: { voters: 2 } });
    expectProblem(await ayu.put(`${url}/vote`, { optionIds: [options[1]] }), 409, 'poll.not_open');
  });

  it('refuses a second choice in a single-choice poll, an option of another poll, and a second open poll', async () => {
    const { url, moderator, ayu, options, base, sessionId } = await preparedPoll();
    await moderator.post(`${url}/open`);
    expectProblem(await ayu.put(`${url}/vote`, { optionIds: options.slice(0, 2) }), 400, 'validation.failed');
    const stranger = '00000000-0000-4000-8000-000000000000';
    expectProblem(await ayu.put(`${url}/vote`, { optionIds: [stranger] }), 400, 'validation.failed');
    const second = (await moderator.post(`${base}/sessions/${sessionId}/polls`, POLL)).json as { id: string };
    expectProblem(await moderator.post(`${base}/polls/${second.id}/open`), 409, 'poll.another_open');
    expectProblem(await moderator.post(`${url}/open`), 409, 'poll.wrong_state');
  });

  it('hides the results from the public until it closes when so prepared; moderators see them throughout', async () => {
    const { url, moderator, ayu, options, live } = await preparedPoll({ kind: 'multiple', results: 'after_close' });
    await moderator.post(`${url}/open`);
    expect((await ayu.put(`${url}/vote`, { optionIds: options.slice(0, 2) })).json.optionIds).toHaveLength(2);
    expect((await ayu.get(live)).json.poll.tally).toBeNull();
    expect((await moderator.get(`${live}?view=moderation`)).json.poll.tally.counts[options[1] as string]).toBe(1);
    await moderator.post(`${url}/close`);
    expect((await ayu.get(live)).json.poll.tally).toEqual(expect.objectContaining({ voters: 1 }));
  });

  it('streams its opening and its results, and gives its results as CSV safe for a spreadsheet', async () => {
    const { url, moderator, ayu, options, live } = await preparedPoll();
    const stream = await openSse(`${baseUrl}${live}/stream`);
    await stream.next((m) => m.event === 'snapshot');
    await moderator.post(`${url}/open`);
    expect((await stream.next((m) => m.event === 'poll')).data).toMatchObject({ status: 'open' });
    await ayu.put(`${url}/vote`, { optionIds: [options[1]] });
    const tally = await stream.next((m) => m.event === 'poll.tally');
    expect(tally).toMatchObject({ id: null, data: { voters: 1, counts: { [options[1] as string]: 1 } } });
    stream.close();

    const csv = await moderator.get(`${url}/results.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('option,option_id,votes,percent_of_voters');
    expect(lines[2]).toBe(`Cyber security,${options[1]},1,100`);
    expect(lines[3]).toBe(`"'=HYPERLINK(""x"")",${options[2]},0,0`);
    expectProblem(await ayu.get(`${url}/results.csv`), 401, 'auth.required');
  });

  it('lets only the session’s moderators prepare, open and delete, and deletes drafts only', async () => {
    const { url, moderator, ayu, event, base, sessionId } = await preparedPoll();
    const { client: participant } = await signedInClient(test, { eventId: event.id, roles: ['participant'] });
    expectProblem(await participant.post(`${base}/sessions/${sessionId}/polls`, POLL), 403, 'auth.forbidden');
    expectProblem(await ayu.post(`${url}/open`), 401, 'auth.required');
    expect((await moderator.get(`${base}/sessions/${sessionId}/polls`)).json.polls).toHaveLength(1);
    await moderator.post(`${url}/open`);
    expectProblem(await moderator.delete(url), 409, 'poll.wrong_state');
  });
});
