import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../server/core/paths.js';
import { BACKENDS, startTestApp, type TestApp } from '../../../server/testing/harness.js';
import { createOutcomeWorld, firstText } from '../../../server/testing/outcome.js';
import type { PublishedOutcome } from '../../../shared/outcome.js';
import { render } from '../../render/render.js';

type World = Awaited<ReturnType<typeof createOutcomeWorld>>;

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
/** The page's markup without the embedded data (which holds every language's text) or React's text separators. */
const markupOf = (html: string) =>
  (html.split('<script type="application/json"')[0] ?? '').replaceAll('<!-- -->', '').replaceAll('&#x27;', "'");
const FINLAND = 'Finland reads open data as subject to its privacy law.';
const INDONESIA = 'Indonesia keeps its position on the whole text.';

/** The outcome page as the server renders it, from the source (the tests have no dist/). */
describe.each(BACKENDS)('the outcome page rendered on the server (%s)', (backend) => {
  let test: TestApp;
  let webDir: string;
  const page = async (w: World, headers: Record<string, string> = {}) => {
    const answer = await test.app.inject({ method: 'GET', url: `/events/${w.slug}/outcome`, headers });
    expect(answer.statusCode).toBe(200);
    return markupOf(answer.body);
  };
  const api = (w: World) => `/api/events/${w.slug}/outcome`;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'pendopo-outcome-'));
    mkdirSync(join(webDir, 'assets'));
    copyFileSync(join(PROJECT_ROOT, 'index.html'), join(webDir, 'index.html'));
    test = await startTestApp(backend, {}, { webDir, renderPage: render });
  });
  afterAll(async () => {
    await test.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('before adoption: the stage in words, with the deadline in three zones, and no text', async () => {
    const w = await createOutcomeWorld(test);
    expect((await w.chair.put(`${api(w)}/text`, firstText(w))).status).toBe(200);
    const deadline = '2031-11-16T09:00:00.000Z';
    const opened = await w.chair.post(`${api(w)}/stage`, { stage: 'amendments', amendmentDeadline: deadline });
    expect(opened.status).toBe(200);

    const english = await page(w, { cookie: 'pendopo.tz=Europe%2FBerlin' });
    expect(english).toContain('<h1 id="outcome-title">Outcome document');
    expect(english).toContain('Open for amendments until');
    // 09:00 UTC is 17:00 in the event's zone (WITA) and 10:00 in Berlin.
    for (const time of ['17:00 WITA', '10:00 CET', '09:00 UTC']) expect(english).toContain(time);
    expect(english).toMatch(/<li aria-current="step">Open for amendments/);
    expect(english).not.toContain('We commit to open data.');
    expect(english).not.toContain('Draft — not adopted');

    const indonesian = await page(w, { 'accept-language': 'id' });
    expect(indonesian).toContain('Dokumen hasil');
    expect(indonesian).toContain('Terbuka untuk usulan amendemen hingga');
    expect(indonesian).not.toContain('Kami berkomitmen pada data terbuka.');
  });

  it('with the draft shown by the chair: the text under a notice that it is a draft, not adopted', async () => {
    const w = await createOutcomeWorld(test);
    await w.chair.put(`${api(w)}/text`, firstText(w));
    expect((await w.chair.put(`${api(w)}/public-draft`, { isDraftPublic: true })).status).toBe(200);

    const english = await page(w);
    expect(english).toContain('The chair is drafting the text.');
    expect(english).toContain('<strong>Draft — not adopted</strong>');
    expect(english).toContain("This is the chair's current draft (version 1).");
    expect(english).toContain('We commit to open data.');
    const indonesian = await page(w, { 'accept-language': 'id-ID,id;q=0.9' });
    expect(indonesian).toContain('<strong>Rancangan — belum diadopsi</strong>');
    expect(indonesian).toContain('Kami berkomitmen pada data terbuka.');
  });

  it('once adopted: the title, the numbered paragraphs, the reservations as footnotes and the hash, in either language', async () => {
    const w = await createOutcomeWorld(test);
    await w.chair.put(`${api(w)}/text`, firstText(w));
    await w.chair.post(`${api(w)}/stage`, { stage: 'amendments', amendmentDeadline: hoursFromNow(24) });
    await w.chair.post(`${api(w)}/stage`, { stage: 'negotiation' });
    const policy = (await w.chair.get(`${api(w)}/working`)).json.content.sections[0].paragraphs[0].id as string;
    await w.chair.post(`${api(w)}/adoption`, { method: 'consensus', deadline: hoursFromNow(2) });
    const answer = (client: World['chair'], id: string, body: Record<string, unknown>) =>
      client.put(`/api/events/${w.slug}/delegations/${id}/outcome/adoption`, body);
    const indonesia = { choice: 'join_with_reservation', text: INDONESIA };
    expect((await answer(w.indonesia, w.delegations.ID, indonesia)).status).toBe(200);
    const finland = { choice: 'join_with_reservation', text: FINLAND, paragraphIds: [policy] };
    expect((await answer(w.finland, w.delegations.FI, finland)).status).toBe(200);
    const japan = { choice: 'join', explanation: 'Japan supports the text.' };
    expect((await answer(w.japanHead, w.delegations.JP, japan)).status).toBe(200);
    expect((await w.chair.post(`${api(w)}/adopt`)).status).toBe(200);
    const published = (await w.public.get<PublishedOutcome>(`/events/${w.slug}/outcome.json`)).json;

    const english = await page(w);
    expect(english).toContain('<h1 id="outcome-title">Bali Message');
    expect(english).toMatch(/<span class="outcome-number">1\.<\/span> We commit to open data\./);
    expect(english).toMatch(/<span class="outcome-number">PP1<\/span> We, the participants, meeting in Bali,/);
    // Finland's marker after its paragraph leads to its footnote; Indonesia's, on the whole text, is at the top.
    expect(english).toMatch(/We commit to open data\.<sup[^>]*><a href="#reservation-2"/);
    expect(english).toMatch(/Reservation on the whole document: Indonesia<sup[^>]*><a href="#reservation-1"/);
    expect(english).toContain(`id="reservation-2" tabindex="-1"><p>Reservation by Finland: ${FINLAND}</p>`);
    expect(english).toContain('On paragraph 1');
    expect(english).toContain(`Reservation by Indonesia: ${INDONESIA}`);
    expect(english).toContain('Japan supports the text.');
    expect(english).toContain('By consensus');
    expect(english).toContain(published.sha256);
    expect(english).toContain('outcome.pdf?lang=both');

    const indonesian = await page(w, { 'accept-language': 'id' });
    expect(indonesian).toContain('<h1 id="outcome-title">Pesan Bali');
    expect(indonesian).toMatch(/<span class="outcome-number">1\.<\/span> Kami berkomitmen pada data terbuka\./);
    // The preamble has no Indonesian: it stands in English, marked as English.
    expect(indonesian).toMatch(/<p class="outcome-paragraph" id="paragraph-[^"]+" lang="en">/);
    expect(indonesian).toContain(`Reservasi oleh Finlandia: ${FINLAND}`);
    expect(indonesian).toContain('Secara konsensus');
    expect(indonesian).toContain(published.sha256);
  });
});
