import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryBus } from '../../core/bus/bus.js';
import { expectProblem } from '../../testing/expect.js';
import { signedInClient } from '../../testing/factories.js';
import { BACKENDS, buildTestApp, startTestApp, type TestApp } from '../../testing/harness.js';
import { publishIcddLikeProgramme } from './schedule.testing.js';

type Published = Awaited<ReturnType<typeof publishIcddLikeProgramme>>;

const summaries = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);

describe.each(BACKENDS)('the agenda feed and other nodes (%s)', (backend) => {
  let test: TestApp;
  let icdd: Published;
  const get = (url: string, headers: Record<string, string> = {}) => test.app.inject({ method: 'GET', url, headers });
  const pathOf = (feedUrl: string) => feedUrl.replace(test.config.publicUrl, '');

  beforeAll(async () => {
    test = await startTestApp(backend);
    icdd = await publishIcddLikeProgramme(test);
  });
  afterAll(() => test.close());
  afterEach(() => vi.useRealTimers());

  it("serves a person's agenda at its secret address, privately, and follows what they add", async () => {
    const { client } = await signedInClient(test);
    const [first, second] = icdd.sessions.panels;
    const added = await client.put(`${icdd.api('/agenda/')}${first?.id}`);
    expect(added.status).toBe(200);
    const feed = pathOf(added.json.feedUrl);
    expect(feed).toMatch(new RegExp(`^/events/${icdd.event.slug}/agenda/[^/]+\\.ics$`));

    const response = await get(feed);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, no-cache');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(summaries(response.body)).toEqual(['Digital economy']);
    const etag = String(response.headers.etag);
    expect((await get(feed, { 'if-none-match': etag })).statusCode).toBe(304);

    await client.put(`${icdd.api('/agenda/')}${second?.id}`);
    const grown = await get(`${feed}?lang=id`, { 'if-none-match': etag });
    expect(grown.statusCode).toBe(200);
    expect(summaries(grown.body).sort()).toEqual(['Ekonomi digital', 'Inovasi untuk UMKM']);
  });

  it('answers 404 to a wrong, mangled or renewed address, and the new one works', async () => {
    const { client } = await signedInClient(test);
    const added = await client.put(`${icdd.api('/agenda/')}${icdd.sessions.opening.id}`);
    const feed = pathOf(added.json.feedUrl);
    const token = feed.split('/agenda/')[1]?.replace(/\.ics$/, '') ?? '';
    const [accountId] = token.split('.');
    for (const wrong of [
      `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
      `${accountId}.`,
      `${crypto.randomUUID()}.${token.split('.')[1]}`,
      'garbage',
      '',
      'x'.repeat(90),
    ]) {
      const response = await get(`/events/${icdd.event.slug}/agenda/${wrong}.ics`);
      expectProblem(
        { status: response.statusCode, headers: response.headers, json: response.json() },
        404,
        'agenda.not_found',
      );
    }
    // What no feed address can be (a NUL, markup) is refused before any lookup: 400, naming the token.
    const mangled = await get(`/events/${icdd.event.slug}/agenda/%00%27%3Cscript%3E.ics`);
    expect(mangled.statusCode).toBe(400);
    expect(mangled.json()).toMatchObject({ code: 'validation.failed', errors: [{ field: 'token' }] });
    const other = await get(`/events/no-such-event/agenda/${token}.ics`);
    expect(other.statusCode).toBe(404);
    // Past the router's 100 characters a parameter is refused before any route: 414, still no 500.
    expect((await get(`/events/${icdd.event.slug}/agenda/${'x'.repeat(150)}.ics`)).statusCode).toBe(414);

    const renewed = await client.post(icdd.api('/agenda/feed'));
    expect(renewed.status).toBe(200);
    expect((await get(feed)).statusCode).toBe(404);
    const fresh = await get(pathOf(renewed.json.feedUrl));
    expect(fresh.statusCode).toBe(200);
    expect(summaries(fresh.body)).toEqual(['Opening']);
  });

  it('another node drops its copy on the bus notice, and one that missed it catches up on revalidation', async () => {
    // Node B hears the bus; node C has a bus of its own, so the notice never reaches it.
    const nodes = await Promise.all(
      [test.bus, createMemoryBus()].map(
        async (bus) => (await buildTestApp({ config: test.config, database: test.database, bus })).app,
      ),
    );
    try {
      const versionOn = async (app: (typeof nodes)[number]) =>
        (await app.inject({ method: 'GET', url: `/events/${icdd.event.slug}/schedule.json` })).json().schedule.version;
      const [b, c] = nodes;
      if (!b || !c) throw new Error('no nodes');
      const before = await versionOn(b);
      expect(await versionOn(c)).toBe(before);

      const patched = await icdd.client.patch(icdd.api(`/sessions/${icdd.sessions.closing.id}`), { capacity: 42 });
      expect(patched.status).toBeLessThan(300);
      expect((await icdd.client.post(icdd.api('/programme/publish'))).status).toBe(200);
      const after = String(Number(before) + 1);

      await expect.poll(() => versionOn(b)).toBe(after);
      expect(await versionOn(c)).toBe(before);
      // A few seconds on, node C asks the database whether a newer version exists.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 6000);
      expect(await versionOn(c)).toBe(after);
    } finally {
      vi.useRealTimers();
      await Promise.all(nodes.map((app) => app.close()));
    }
  });
});
