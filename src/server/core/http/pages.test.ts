import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_ELEMENT_ID } from '../../../shared/ssr.js';
import { render } from '../../../web/render/render.js';
import type { TestClient } from '../../testing/client.js';
import { createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { PROJECT_ROOT } from '../paths.js';
import { acceptedLanguage } from './pages.js';

const HOSTILE = '<script>alert("owned")</script> Summit';

/** The embedded state the browser hydrates from. */
function stateOf(html: string) {
  const match = new RegExp(`<script type="application/json" id="${STATE_ELEMENT_ID}">(.*?)</script>`).exec(html);
  return match?.[1] ?? '';
}

/** The page's markup, without the embedded data (which holds every language's text). */
const markupOf = (html: string) => html.split(`<script type="application/json"`)[0] ?? '';

/** The server rendering as the built app has it, but from the source: the tests have no dist/. */
describe.each(BACKENDS)('pages rendered on the server (%s)', (backend) => {
  let test: TestApp;
  let webDir: string;
  let slug: string;
  let organizer: TestClient;
  let organizerName: string;
  const get = (url: string, headers: Record<string, string> = {}) => test.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'pendopo-pages-'));
    mkdirSync(join(webDir, 'assets'));
    copyFileSync(join(PROJECT_ROOT, 'index.html'), join(webDir, 'index.html'));
    test = await startTestApp(backend, {}, { webDir, renderPage: render });
    const event = await createTestEvent(test.db, {
      name: { en: HOSTILE, id: 'Konferensi Diplomasi Digital' },
      startsAt: '2021-11-16T13:00:00+08:00',
      endsAt: '2021-11-16T17:40:00+08:00',
      timeZone: 'Asia/Makassar',
    });
    slug = event.slug;
    const signedIn = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
    organizer = signedIn.client;
    organizerName = signedIn.account.name;
    const session = await organizer.post(`/api/events/${slug}/sessions`, {
      type: 'panel',
      title: { en: 'Digital public diplomacy', id: 'Diplomasi publik digital' },
      roomId: event.rooms[0]?.id,
      startsAt: '2021-11-16T14:30:00+08:00',
      endsAt: '2021-11-16T16:00:00+08:00',
    });
    expect(session.status).toBe(201);
    expect((await organizer.post(`/api/events/${slug}/programme/publish`)).status).toBe(200);
  });
  afterAll(async () => {
    await test.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('sends the event page with its content, in the language the reader asks for, times in three zones', async () => {
    const english = await get(`/events/${slug}`, { cookie: 'pendopo.tz=Europe%2FBerlin' });
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(english.headers.vary).toContain('accept-language');
    expect(english.body).toContain('<html lang="en"');
    // 13:00 in Bali is 06:00 in Berlin and 05:00 UTC.
    for (const time of ['13:00', 'WITA', '06:00', 'CET', '05:00', 'UTC']) expect(english.body).toContain(time);
    expect(english.body).toContain('Register');

    const indonesian = await get(`/events/${slug}`, { 'accept-language': 'id-ID,id;q=0.9,en;q=0.5' });
    expect(indonesian.body).toContain('<html lang="id"');
    expect(indonesian.body).toContain('<h1>Konferensi Diplomasi Digital</h1>');
    expect(indonesian.body).toContain('<title>Konferensi Diplomasi Digital · Pendopo</title>');
    expect(indonesian.body).toContain('Daftar');
    // A first visit: the browser has not told its zone, so its line waits for it.
    expect(indonesian.body).toContain('Ditampilkan oleh peramban Anda');
  });

  it('takes the reader’s own choice of language over Accept-Language', async () => {
    const page = await get(`/events/${slug}/programme`, { 'accept-language': 'en', cookie: 'pendopo.language=id' });
    expect(page.body).toContain('<html lang="id"');
    expect(markupOf(page.body)).toContain('Diplomasi publik digital');
    expect(markupOf(page.body)).not.toContain('Digital public diplomacy');
  });

  it('sends the programme with its sessions, and the data the browser takes it over with', async () => {
    const page = await get(`/events/${slug}/programme`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Digital public diplomacy');
    expect(page.body).toMatch(/14:30\D+16:00/);
    const state = JSON.parse(stateOf(page.body));
    expect(state.language).toBe('en');
    const keys = state.queries.queries.map((query: { queryKey: unknown[] }) => query.queryKey[0]);
    expect(keys).toContain('session');
    expect(JSON.stringify(state)).toContain('Digital public diplomacy');
  });

  it('keeps a hostile title text, in the page and in its embedded data', async () => {
    const page = await get(`/events/${slug}`);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; Summit');
    expect(stateOf(page.body)).toContain('\\u003cscript>alert');
    expect(JSON.parse(stateOf(page.body)).queries.queries.length).toBeGreaterThan(1);
  });

  it('renders for a signed-in person what they would see, and their session only for them', async () => {
    const mine = await get(`/events/${slug}`, { cookie: organizer.cookie ?? '' });
    expect(mine.body).toContain(organizerName);
    expect(mine.body).not.toContain('>Sign in<');
    expect(mine.headers['cache-control']).toContain('private');
    const anonymous = await get(`/events/${slug}`);
    expect(anonymous.body).not.toContain(organizerName);
    expect(anonymous.body).toContain('>Sign in<');
    expect(stateOf(anonymous.body)).toContain('"csrfToken":null');
  });

  it('answers an unknown event with the not-found page and 404, and a staff page as the bare app', async () => {
    const missing = await get('/events/no-such-event', { 'accept-language': 'id' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Halaman tidak ditemukan');
    const unknownPath = await get('/no-such-page');
    expect(unknownPath.statusCode).toBe(404);
    expect(unknownPath.body).toContain('Page not found');
    const manage = await get(`/events/${slug}/manage`);
    expect(manage.statusCode).toBe(200);
    expect(manage.body).toContain('<div id="root"><noscript>');
    expect(stateOf(manage.body)).toBe('');
  });
});

describe('a server rendering that fails', () => {
  it('sends the bare app for the browser to render, and logs no more than the failure', async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'pendopo-pages-'));
    copyFileSync(join(PROJECT_ROOT, 'index.html'), join(webDir, 'index.html'));
    const lines: string[] = [];
    const test = await startTestApp(
      'pglite',
      { LOG_LEVEL: 'error' },
      {
        webDir,
        renderPage: () => Promise.reject(new Error('broken')),
        logStream: { write: (line) => void lines.push(line) },
      },
    );
    try {
      const page = await test.app.inject({
        url: '/events/some-event',
        headers: { cookie: 'pendopo_session=secret-ish' },
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<div id="root"><noscript>');
      expect(lines.join('')).toContain('the server rendering failed');
      expect(lines.join('')).not.toContain('secret-ish');
    } finally {
      await test.close();
      rmSync(webDir, { recursive: true, force: true });
    }
  });
});

describe('the language of Accept-Language', () => {
  it.each([
    ['id-ID,id;q=0.9,en-US;q=0.8', 'id'],
    ['en-GB,en;q=0.9,id;q=0.8', 'en'],
    ['fr-FR,id;q=0.5,en;q=0.3', 'id'],
    ['id;q=0, en', 'en'],
    ['de', 'en'],
    [undefined, 'en'],
  ])('for %j is %j', (header, language) => {
    expect(acceptedLanguage(header)).toBe(language);
  });
});
