import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { addSession, buildSession, createProgrammeEvent, publish } from '../../testing/programme.js';
import { readAgendaFeed } from './agenda.service.js';
import { readPublishedProgramme } from './programme.service.js';

describe.each(BACKENDS)('personal agenda (%s)', (backend) => {
  let test: TestApp;
  let slug: string;
  let panels: string[];
  let draftOnly: string;
  let organizer: TestClient;

  beforeAll(async () => {
    test = await startTestApp(backend);
    let roomIds: string[];
    ({ slug, organizer, roomIds } = await createProgrammeEvent(test));
    panels = [];
    for (const roomId of roomIds.slice(1, 3)) panels.push(await addSession(organizer, slug, buildSession(roomId)));
    await publish(organizer, slug);
    draftOnly = await addSession(organizer, slug, buildSession(roomIds[3] as string));
  });
  afterAll(() => test.close());

  const feed = async (token: string) => {
    const programme = await readPublishedProgramme({ db: test.db, slug });
    return {
      programme,
      sessionIds: await readAgendaFeed({ db: test.db, programme, token, secret: test.config.sessionSecret }),
    };
  };
  const tokenOf = (url: string) => decodeURIComponent(url.split('/agenda/')[1]?.replace(/\.ics$/, '') ?? '');

  it('keeps each person their own agenda of published sessions, with a secret feed address', async () => {
    const { client: ayu } = await signedInClient(test);
    const { client: budi } = await signedInClient(test);
    expect((await ayu.get(`/api/events/${slug}/agenda`)).json).toEqual({ sessionIds: [], feedUrl: null });

    const added = await ayu.put(`/api/events/${slug}/agenda/${panels[0]}`);
    expect(added.json.sessionIds).toEqual([panels[0]]);
    expect(added.json.feedUrl).toMatch(new RegExp(`/events/${slug}/agenda/[^/]+\\.ics$`));
    expect((await ayu.put(`/api/events/${slug}/agenda/${panels[0]}`)).json.sessionIds).toEqual([panels[0]]);
    expect((await budi.get(`/api/events/${slug}/agenda`)).json.sessionIds).toEqual([]);

    const fromFeed = await feed(tokenOf(added.json.feedUrl));
    expect(fromFeed.sessionIds).toEqual([panels[0]]);
    expect(fromFeed.programme.version).toBe(1);

    const removed = await ayu.delete(`/api/events/${slug}/agenda/${panels[0]}`);
    expect(removed.json.sessionIds).toEqual([]);
    expectProblem(await ayu.delete(`/api/events/${slug}/agenda/${panels[0]}`), 404, 'session.not_found');
  });

  it('refuses a session that is not published, and the anonymous', async () => {
    const { client } = await signedInClient(test);
    expectProblem(await client.put(`/api/events/${slug}/agenda/${draftOnly}`), 404, 'session.not_found');
    const anonymous = new TestClient(test.app);
    expectProblem(await anonymous.get(`/api/events/${slug}/agenda`), 401, 'auth.required');
    expectProblem(await anonymous.put(`/api/events/${slug}/agenda/${panels[0]}`), 401, 'auth.required');
    expectProblem(await anonymous.post(`/api/events/${slug}/agenda/feed`), 401, 'auth.required');
  });

  it('retires the old feed address when a new one is made, and finds nothing for a forged one', async () => {
    const { client, account } = await signedInClient(test);
    const first = (await client.put(`/api/events/${slug}/agenda/${panels[1]}`)).json.feedUrl as string;
    const renewed = (await client.post(`/api/events/${slug}/agenda/feed`)).json.feedUrl as string;
    expect(renewed).not.toBe(first);
    expect((await feed(tokenOf(renewed))).sessionIds).toEqual([panels[1]]);
    await expect(feed(tokenOf(first))).rejects.toMatchObject({ code: 'agenda.not_found' });
    await expect(feed(`${account.id}.forged`)).rejects.toMatchObject({ code: 'agenda.not_found' });
    await expect(feed('garbage')).rejects.toMatchObject({ code: 'agenda.not_found' });
    // Shaped like an id but no uuid: refused before the database sees it (was a 500 on PostgreSQL).
    await expect(feed(`${'a'.repeat(36)}.x`)).rejects.toMatchObject({ code: 'agenda.not_found' });
  });

  it('drops a session from agendas when organizers delete it', async () => {
    const { client } = await signedInClient(test);
    await client.put(`/api/events/${slug}/agenda/${panels[1]}`);
    await organizer.delete(`/api/events/${slug}/sessions/${panels[1]}`);
    expect((await client.get(`/api/events/${slug}/agenda`)).json.sessionIds).toEqual([]);
  });
});
