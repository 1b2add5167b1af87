import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { PANEL_TITLES } from './schedule.fixture.js';
import {
  hasSchema,
  JSON_SCHEMA,
  jsonSchemaErrors,
  publishIcddLikeProgramme,
  XML_SCHEMA,
  xmllintErrors,
} from './schedule.testing.js';

type Published = Awaited<ReturnType<typeof publishIcddLikeProgramme>>;

const calendarEvents = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe.each(BACKENDS)('schedule exports (%s)', (backend) => {
  let test: TestApp;
  let icdd: Published;
  const get = (url: string, headers: Record<string, string> = {}) => test.app.inject({ method: 'GET', url, headers });
  const page = (rest: string) => `/events/${icdd.event.slug}${rest}`;

  beforeAll(async () => {
    test = await startTestApp(backend);
    icdd = await publishIcddLikeProgramme(test);
  });
  afterAll(() => test.close());

  it.runIf(hasSchema(XML_SCHEMA))(
    'serves schedule.xml that xmllint finds valid against the frab XSD, in both languages',
    async () => {
      for (const query of ['', '?lang=id']) {
        const response = await get(page(`/schedule.xml${query}`));
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
        expect(xmllintErrors(response.body)).toBe('');
      }
      const indonesian = await get(page('/schedule.xml?lang=id'));
      for (const title of PANEL_TITLES) expect(indonesian.body).toContain(`<title>${title.id}</title>`);
      expect(indonesian.body).toContain('<version>1</version>');
      expect(indonesian.body).not.toContain('<script>');
    },
  );

  it.runIf(hasSchema(JSON_SCHEMA))('serves schedule.json that ajv finds valid against the c3voc schema', async () => {
    const errors = jsonSchemaErrors();
    for (const query of ['', '?lang=id']) {
      const response = await get(page(`/schedule.json${query}`));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(errors(response.json())).toBe('');
    }
    const { schedule } = (await get(page('/schedule.json'))).json();
    expect(schedule.version).toBe('1');
    expect(schedule.conference.time_zone_name).toBe('Asia/Makassar');
    expect(schedule.changelog_url).toBe(`http://pendopo.test/events/${icdd.event.slug}/programme/changes`);
    const panel = schedule.conference.days[0].rooms['Panel room A'][0];
    expect(panel).toMatchObject({
      guid: icdd.sessions.panels[0]?.id,
      date: '2021-11-16T14:30:00+08:00',
      duration: '01:30',
    });
    expect(panel.persons).toEqual([expect.objectContaining({ name: 'Ayu Lestari' })]);
  });

  it('serves the whole programme as iCalendar: the four panels at the same UTC instants as 14:30-16:00 WITA', async () => {
    const response = await get(page('/schedule.ics'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${icdd.event.slug}.ics"`);
    const events = calendarEvents(response.body);
    expect(events).toHaveLength(6);
    const panels = events.filter((e) => PANEL_TITLES.some((t) => t.en === e.summary));
    expect(panels.map((p) => p.uid).sort()).toEqual(icdd.sessions.panels.map((p) => `${p.id}@pendopo`).sort());
    for (const panel of panels) {
      expect(panel.startDate.toJSDate().getTime()).toBe(Date.parse('2021-11-16T14:30:00+08:00'));
      expect(panel.endDate.toJSDate().getTime()).toBe(Date.parse('2021-11-16T16:00:00+08:00'));
      expect(panel.sequence).toBe(1);
      expect(panel.location).toMatch(/^Panel room [A-D], Conrad Bali, Nusa Dua$/);
      expect(panel.component.getFirstPropertyValue('url')).toMatch(/\/programme\/sessions\/[0-9a-f-]{36}$/);
    }
    const indonesian = calendarEvents((await get(page('/schedule.ics?lang=id'))).body);
    expect(indonesian.map((e) => e.summary)).toContain('Pembukaan');
    expect(indonesian.find((e) => e.summary === 'Pembukaan')?.description).toContain('Selamat datang di Bali.');
  });

  it('serves one session as its own calendar file', async () => {
    const panel = icdd.sessions.panels[2];
    const response = await get(page(`/sessions/${panel?.id}.ics?lang=id`));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.ics"$/);
    const [event, ...more] = calendarEvents(response.body);
    expect(more).toHaveLength(0);
    expect(event?.summary).toBe(PANEL_TITLES[2]?.id);
    expect(event?.uid).toBe(`${panel?.id}@pendopo`);
  });

  it('answers a client that holds the current copy with 304, and caches publicly for a minute', async () => {
    for (const file of [
      '/schedule.ics',
      '/schedule.xml',
      '/schedule.json',
      `/sessions/${icdd.sessions.opening.id}.ics`,
    ]) {
      const first = await get(page(file));
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"1-[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      expect(first.headers['access-control-allow-origin']).toBe('*');
      const again = await get(page(file), { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      expect((await get(page(file), { 'if-none-match': '"0-stale"' })).statusCode).toBe(200);
    }
    const english = await get(page('/schedule.xml'));
    const indonesian = await get(page('/schedule.xml?lang=id'));
    expect(indonesian.headers.etag).not.toBe(english.headers.etag);
    expect(
      (await get(page('/schedule.xml?lang=id'), { 'if-none-match': String(english.headers.etag) })).statusCode,
    ).toBe(200);
  });

  it('sends the big exports compressed to clients that take it, brotli first, each with a validator of its own', async () => {
    for (const file of ['/schedule.xml', '/schedule.json', '/schedule.ics']) {
      const plain = await get(page(file));
      expect(plain.headers['content-encoding']).toBeUndefined();
      const coded = [
        { accept: 'gzip, deflate, br', coding: 'br', decode: brotliDecompressSync },
        { accept: 'gzip', coding: 'gzip', decode: gunzipSync },
        { accept: 'br;q=0.5, gzip', coding: 'gzip', decode: gunzipSync },
      ];
      const tags = new Set([plain.headers.etag]);
      for (const { accept, coding, decode } of coded) {
        const zipped = await get(page(file), { 'accept-encoding': accept });
        expect(zipped.headers['content-encoding']).toBe(coding);
        expect(zipped.headers.vary).toBe('accept-encoding');
        expect(decode(zipped.rawPayload).toString()).toBe(plain.body);
        expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
        tags.add(zipped.headers.etag);
        const again = await get(page(file), {
          'accept-encoding': accept,
          'if-none-match': String(zipped.headers.etag),
        });
        expect(again.statusCode).toBe(304);
      }
      expect(tags.size).toBe(3);
      const refused = await get(page(file), { 'accept-encoding': 'gzip;q=0, br;q=0, identity' });
      expect(refused.headers['content-encoding']).toBeUndefined();
    }
  });

  it('shows a change only once it is published, then with the version one higher and SEQUENCE with it', async () => {
    const opening = icdd.sessions.opening;
    const before = await get(page('/schedule.xml'));
    const renamed = await icdd.client.patch(icdd.api(`/sessions/${opening.id}`), {
      title: { en: 'Welcome and opening' },
    });
    expect(renamed.status).toBeLessThan(300);

    const unpublished = await get(page('/schedule.xml'), { 'if-none-match': String(before.headers.etag) });
    expect(unpublished.statusCode).toBe(304);
    expect((await get(page('/schedule.ics'))).body).not.toContain('Welcome and opening');

    expect((await icdd.client.post(icdd.api('/programme/publish'))).status).toBe(200);
    // On PostgreSQL the notice comes over Redis a moment after the publication answers.
    await expect.poll(async () => (await get(page('/schedule.json'))).json().schedule.version).toBe('2');
    const xml = await get(page('/schedule.xml'), { 'if-none-match': String(before.headers.etag) });
    expect(xml.statusCode).toBe(200);
    expect(xml.body).toContain('<version>2</version>');
    expect(xml.body).toContain('<title>Welcome and opening</title>');
    const events = calendarEvents((await get(page('/schedule.ics'))).body);
    expect(events.find((e) => e.uid === `${opening.id}@pendopo`)).toMatchObject({
      summary: 'Welcome and opening',
      sequence: 2,
    });
    expect(events.every((e) => e.sequence === 2)).toBe(true);
  });

  it('answers 404 for an unknown event or session and 400 for an unknown language, never 500', async () => {
    const cases: [string, number, string][] = [
      ['/events/no-such-event/schedule.xml', 404, 'event.not_found'],
      ['/events/no-such-event/schedule.json', 404, 'event.not_found'],
      ['/events/no-such-event/schedule.ics', 404, 'event.not_found'],
      [`/events/no-such-event/sessions/${icdd.sessions.opening.id}.ics`, 404, 'event.not_found'],
      [page(`/sessions/${crypto.randomUUID()}.ics`), 404, 'session.not_found'],
      [page('/sessions/not-a-uuid%00%27.ics'), 400, 'validation.failed'],
      [page('/schedule.xml?lang=xx'), 400, 'validation.failed'],
      [page('/schedule.ics?lang='), 400, 'validation.failed'],
      [page('/schedule.json?lang=id&lang=en'), 400, 'validation.failed'],
    ];
    for (const [url, status, code] of cases) {
      const response = await new TestClient(test.app).get(url);
      expect(response.status, url).toBe(status);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
      expect(response.json.code, url).toBe(code);
    }
  });

  it('documents every export in OpenAPI', async () => {
    const { paths } = (await get('/api/openapi.json')).json();
    for (const path of [
      '/events/{slug}/schedule.ics',
      '/events/{slug}/schedule.xml',
      '/events/{slug}/schedule.json',
      '/events/{slug}/sessions/{id}.ics',
      '/events/{slug}/agenda/{token}.ics',
    ]) {
      expect(paths[path]?.get, path).toBeDefined();
    }
  });
});
