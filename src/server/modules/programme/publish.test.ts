import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { addSession, addSpeaker, buildSession, createProgrammeEvent, publish } from '../../testing/programme.js';

describe.each(BACKENDS)('publishing the programme (%s)', (backend) => {
  let test: TestApp;
  let slug: string;
  let organizer: TestClient;
  let roomIds: string[];
  let visitor: TestClient;

  beforeAll(async () => {
    test = await startTestApp(backend);
    ({ slug, organizer, roomIds } = await createProgrammeEvent(test));
    visitor = new TestClient(test.app);
  });
  afterAll(() => test.close());

  const published = async () => (await visitor.get(`/api/events/${slug}/programme`)).json;

  it('shows the public nothing before the first publication, then exactly what was published', async () => {
    const speaker = await addSpeaker(organizer, slug, { name: 'Retno Marsudi', title: 'Minister for Foreign Affairs' });
    const opening = await addSession(
      organizer,
      slug,
      buildSession(roomIds[0] as string, {
        type: 'opening',
        title: { en: 'Opening' },
        startsAt: '2030-11-16T13:00:00+08:00',
        endsAt: '2030-11-16T13:20:00+08:00',
        speakerIds: [speaker],
      }),
    );
    const before = await published();
    expect(before).toMatchObject({ version: 0, publishedAt: null, sessions: [], speakers: [] });
    expect(before.rooms).toHaveLength(5);

    const result = await publish(organizer, slug);
    expect(result.version).toBe(1);
    expect(result.changes.map((c) => `${c.kind} ${c.subject}`).sort()).toEqual(['added session', 'added speaker']);
    const after = await published();
    expect(after.version).toBe(1);
    expect(after.sessions.map((s: { id: string }) => s.id)).toEqual([opening]);
    expect(after.speakers[0]).toMatchObject({
      id: speaker,
      name: 'Retno Marsudi',
      title: 'Minister for Foreign Affairs',
    });
  });

  it('keeps a change out of the public programme until it is published, then says what changed', async () => {
    const [opening] = (await published()).sessions;
    expect(
      (
        await organizer.patch(`/api/events/${slug}/sessions/${opening.id}`, {
          endsAt: '2030-11-16T13:25:00+08:00',
          title: { en: 'Opening remarks' },
        })
      ).status,
    ).toBe(204);
    const panel = await addSession(organizer, slug, buildSession(roomIds[1] as string));
    expect((await published()).sessions[0].title.en).toBe('Opening');

    const draft = (await organizer.get(`/api/events/${slug}/programme/draft`)).json;
    expect(draft.pendingChanges).toEqual([
      {
        kind: 'changed',
        subject: 'session',
        id: opening.id,
        title: { en: 'Opening remarks' },
        fields: ['title', 'time'],
      },
      {
        kind: 'added',
        subject: 'session',
        id: panel,
        title: { en: 'Digital economy', id: 'Ekonomi digital' },
        fields: [],
      },
    ]);

    expect((await publish(organizer, slug)).version).toBe(2);
    const after = await published();
    expect(after.version).toBe(2);
    expect(after.sessions.map((s: { title: { en: string } }) => s.title.en)).toEqual([
      'Opening remarks',
      'Digital economy',
    ]);

    const log = (await visitor.get(`/api/events/${slug}/programme/changes`)).json.versions;
    expect(log.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(log[0].changes.map((c: { kind: string }) => c.kind)).toEqual(['changed', 'added']);
  });

  it('refuses to publish when nothing changed, and a removal is a change', async () => {
    expectProblem(await organizer.post(`/api/events/${slug}/programme/publish`), 409, 'programme.unchanged');
    const [, panel] = (await published()).sessions;
    expect((await organizer.delete(`/api/events/${slug}/sessions/${panel.id}`)).status).toBe(204);
    const result = await publish(organizer, slug);
    expect(result).toMatchObject({ version: 3, changes: [{ kind: 'removed', subject: 'session', id: panel.id }] });
  });

  it('answers a repeated read with 304 while the programme is unchanged, and a new validator after publishing', async () => {
    const first = await visitor.get(`/api/events/${slug}/programme`);
    const etag = first.headers.etag as string;
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const again = await visitor.request('GET', `/api/events/${slug}/programme`, undefined, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');

    await addSession(organizer, slug, buildSession(roomIds[2] as string));
    await publish(organizer, slug);
    const changed = await visitor.request('GET', `/api/events/${slug}/programme`, undefined, {
      headers: { 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.json.version).toBe(4);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('answers 404 for an event that does not exist', async () => {
    expectProblem(await visitor.get('/api/events/no-such-event/programme'), 404, 'event.not_found');
    expectProblem(await visitor.get('/api/events/no-such-event/programme/changes'), 404, 'event.not_found');
  });
});
