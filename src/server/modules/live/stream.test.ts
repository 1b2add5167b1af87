import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, startListeningTestApp, startSecondNode, type TestApp } from '../../testing/harness.js';
import { ask, createLiveSession, moderate } from '../../testing/live.js';
import { openSse, type SseMessage, type SseStream } from '../../testing/live-stream.js';
import { REPLAY_LIMIT } from './live.log.js';

const isQuestion = (id: string) => (m: SseMessage) => m.event === 'question' && (m.data as { id: string }).id === id;

describe.each(BACKENDS)('the live stream (%s)', (backend) => {
  let test: TestApp;
  let baseUrl: string;
  const open: SseStream[] = [];
  const sse = async (url: string, headers?: Record<string, string>) => {
    const stream = await openSse(url, headers);
    open.push(stream);
    return stream;
  };
  beforeAll(async () => {
    ({ test, baseUrl } = await startListeningTestApp(backend));
  });
  afterAll(async () => {
    for (const stream of open) stream.close();
    await test.close();
  });

  it('starts with a snapshot whose id is the log’s sequence, then carries each approved question to the public', async () => {
    const { base, sessionId, live, ayu, moderator } = await createLiveSession(test);
    const stream = await sse(`${baseUrl}${live}/stream`);
    const first = await stream.next();
    expect(first).toMatchObject({ event: 'snapshot', id: 0, data: { recovered: false, questions: [] } });

    const id = await ask(ayu, base, sessionId, 'How do we keep the internet open?');
    const screened = await sse(`${baseUrl}${live}/stream?view=moderation`, { cookie: moderator.cookie ?? '' });
    expect((await screened.next()).data).toMatchObject({
      channel: 'moderation',
      questions: [{ id, status: 'pending' }],
    });
    await moderate(moderator, base, id, 'approve');
    const shown = await stream.next(isQuestion(id));
    expect(shown).toMatchObject({ id: 1, data: { status: 'approved', author: 'Ayu Lestari' } });
    // The pending question never reached the public: the approval is its first public message.
    expect(stream.messages.filter((m) => m.event === 'question')).toHaveLength(1);
    await screened.next((m) => isQuestion(id)(m) && (m.data as { status: string }).status === 'approved');
  });

  it('refuses the moderators’ stream to anyone else, before it starts', async () => {
    const { live, ayu } = await createLiveSession(test);
    const response = await fetch(`${baseUrl}${live}/stream?view=moderation`, { headers: { cookie: ayu.cookie ?? '' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('gives a client that comes back with Last-Event-ID every missed message once, in order', async () => {
    const { base, sessionId, live, ayu, moderator } = await createLiveSession(test);
    await moderator.patch(live, { moderation: false });
    const first = await sse(`${baseUrl}${live}/stream`);
    await first.next((m) => m.event === 'snapshot');
    const early = await ask(ayu, base, sessionId, 'Before the drop');
    const seen = await first.next(isQuestion(early));
    first.close();

    const missed = [];
    for (const text of ['One', 'Two', 'Three']) missed.push(await ask(ayu, base, sessionId, text));
    await moderate(moderator, base, missed[0] as string, 'show');
    for (const resume of [{ 'last-event-id': String(seen.id) }, null]) {
      const url = `${baseUrl}${live}/stream${resume ? '' : `?lastEventId=${seen.id}`}`;
      const again = await sse(url, resume ?? {});
      expect((await again.next()).data).toMatchObject({ recovered: true, from: seen.id });
      await again.next((m) => m.event === 'screen');
      const ids = again.ids();
      expect(ids).toEqual([
        (seen.id as number) + 1,
        (seen.id as number) + 2,
        (seen.id as number) + 3,
        (seen.id as number) + 4,
      ]);
      expect(
        again.messages.filter((m) => m.event === 'question').map((m) => (m.data as { text: string }).text),
      ).toEqual(['One', 'Two', 'Three']);
      expect(again.messages.some((m) => m.event === 'snapshot')).toBe(false);
      again.close();
    }
  });

  it('sends a snapshot, and says so, to a client further behind than the replay or ahead of the log', async () => {
    const { sessionId, live, moderator } = await createLiveSession(test);
    await moderator.patch(live, { moderation: false });
    // A long session's history, written straight into the log.
    const count = REPLAY_LIMIT + 20;
    await test.db.execute(
      sql`update live_sessions set public_seq = public_seq + ${count} where session_id = ${sessionId}`,
    );
    await test.db.execute(sql`insert into live_messages (session_id, channel, seq, event, data)
      select ${sessionId}, 0, n + 1, 'settings', '{}' from generate_series(1, ${count}) as n`);
    for (const lastEventId of ['3', '999999']) {
      const stream = await sse(`${baseUrl}${live}/stream`, { 'last-event-id': lastEventId });
      const first = await stream.next();
      expect(first).toMatchObject({ event: 'snapshot', id: count + 1, data: { recovered: false } });
      stream.close();
    }
  });

  it('sends vote tallies, coalesced, to the streams that may see the question', async () => {
    const { base, sessionId, live, ayu, budi, moderator } = await createLiveSession(test);
    const id = await ask(ayu, base, sessionId, 'Votes, please');
    await moderate(moderator, base, id, 'approve');
    const stream = await sse(`${baseUrl}${live}/stream`);
    await stream.next((m) => m.event === 'snapshot');
    await ayu.put(`${base}/questions/${id}/vote`);
    await budi.put(`${base}/questions/${id}/vote`);
    await stream.next((m) => m.event === 'votes' && (m.data as Record<string, number>)[id] === 2);
    expect(stream.messages.filter((m) => m.event === 'votes').every((m) => m.id === null)).toBe(true);
  });

  // On PostgreSQL the new viewer's snapshot is read over the network while the other one leaves;
  // embedded PGlite answers in the same turn, so there the two cannot meet.
  it.runIf(backend === 'postgres')('keeps a stream that opens as the session’s last other viewer leaves', async () => {
    const { base, sessionId, live, ayu, moderator } = await createLiveSession(test);
    await moderator.patch(live, { moderation: false });
    const leaving = await sse(`${baseUrl}${live}/stream`);
    await leaving.next((m) => m.event === 'snapshot');
    // Ayu's snapshot is her own, read from the database while the other viewer goes.
    const arriving = await sse(`${baseUrl}${live}/stream`, { cookie: ayu.cookie ?? '' });
    leaving.close();
    await arriving.next((m) => m.event === 'snapshot');
    const id = await ask(ayu, base, sessionId, 'Still there?');
    expect(await arriving.next(isQuestion(id))).toMatchObject({ data: { text: 'Still there?' } });
  });

  it('gives each viewer not signed in the public’s snapshot as it is now, and a registrant their own', async () => {
    const { base, sessionId, live, ayu, moderator } = await createLiveSession(test);
    const snapshotOf = async (headers?: Record<string, string>) => {
      const stream = await sse(`${baseUrl}${live}/stream`, headers);
      const { id, data } = await stream.next((m) => m.event === 'snapshot');
      stream.close();
      return { id, data: data as { questions: { text: string }[]; mine: { text: string }[]; mayAsk: boolean } };
    };
    const pending = await ask(ayu, base, sessionId, 'Mine until approved');
    const before = await snapshotOf();
    expect(before.data).toMatchObject({ questions: [], mine: [], mayAsk: false });
    expect((await snapshotOf({ cookie: ayu.cookie ?? '' })).data).toMatchObject({
      questions: [],
      mine: [{ text: 'Mine until approved' }],
      mayAsk: true,
    });
    await moderate(moderator, base, pending, 'approve');
    // The approval went out on the public log: the next viewer's snapshot holds it.
    const after = await snapshotOf();
    expect(after.id).toBe((before.id as number) + 1);
    expect(after.data.questions.map((q) => q.text)).toEqual(['Mine until approved']);
  });

  it('resumes a moderator whom nobody else on this node stood for, with every missed message once', async () => {
    const { base, sessionId, live, ayu, moderator } = await createLiveSession(test);
    const cookie = { cookie: moderator.cookie ?? '' };
    const first = await sse(`${baseUrl}${live}/stream?view=moderation`, cookie);
    const snapshot = await first.next((m) => m.event === 'snapshot');
    first.close();
    await first.ended;
    // No moderator follows the log on this node while these are asked.
    const asked = [];
    for (const text of ['First', 'Second']) asked.push(await ask(ayu, base, sessionId, text));
    const again = await sse(`${baseUrl}${live}/stream?view=moderation`, {
      ...cookie,
      'last-event-id': String(snapshot.id),
    });
    expect((await again.next()).data).toMatchObject({ recovered: true, from: snapshot.id });
    const third = await ask(ayu, base, sessionId, 'Third');
    await again.next(isQuestion(third));
    const from = snapshot.id as number;
    expect(again.ids()).toEqual([from + 1, from + 2, from + 3]);
    expect(again.messages.filter((m) => m.event === 'question').map((m) => (m.data as { id: string }).id)).toEqual([
      ...asked,
      third,
    ]);
  });

  it.runIf(backend === 'postgres')('carries a question approved on one node to a stream open on another', async () => {
    const second = await startSecondNode(test);
    try {
      const secondUrl = await second.app.listen({ port: 0, host: '127.0.0.1' });
      const { base, sessionId, live, ayu, moderator } = await createLiveSession(test);
      const stream = await sse(`${secondUrl}${live}/stream`);
      await stream.next((m) => m.event === 'snapshot');
      const id = await ask(ayu, base, sessionId, 'Across nodes?');
      await moderate(moderator, base, id, 'approve');
      expect(await stream.next(isQuestion(id))).toMatchObject({ data: { text: 'Across nodes?' } });
      stream.close();
    } finally {
      await second.close();
    }
  });
});
