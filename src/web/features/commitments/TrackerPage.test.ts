import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../server/core/paths.js';
import { commitmentReports, commitments } from '../../../server/modules/commitments/commitments.tables.js';
import type { TestClient } from '../../../server/testing/client.js';
import { commitmentBody, commitmentOf } from '../../../server/testing/commitments.js';
import { feedparse, hasFeedparser } from '../../../server/testing/feedparser.js';
import { BACKENDS, startTestApp, type TestApp } from '../../../server/testing/harness.js';
import { createAdoptedWorld } from '../../../server/testing/outcome.js';
import type { CommitmentDetail } from '../../../shared/commitmentViews.js';
import { render } from '../../render/render.js';

type World = Awaited<ReturnType<typeof createAdoptedWorld>>;

/** The page's markup without the embedded data or React's text separators. */
const markupOf = (html: string) =>
  (html.split('<script type="application/json"')[0] ?? '').replaceAll('<!-- -->', '').replaceAll('&#x27;', "'");
const monthsAgo = (months: number) => new Date(Date.now() - months * 30.5 * 86_400_000);

/** The tracker's pages as the server renders them (from the source: the tests have no dist/), over five periods of follow-up. */
describe.each(BACKENDS)('the tracker rendered on the server (%s)', (backend) => {
  let test: TestApp;
  let webDir: string;
  let w: World;
  const ids = { indonesia: '', finland: '' };
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const answer = await test.app.inject({ method: 'GET', url: `/events/${w.slug}${path}`, headers });
    expect(answer.statusCode).toBe(200);
    return markupOf(answer.body);
  };
  const own = (delegationId: string, rest = '') =>
    `/api/events/${w.slug}/delegations/${delegationId}/commitments${rest}`;

  /** Registered, submitted and published; then reported on with the progress given per deliverable, in order. */
  async function publish(client: TestClient, delegationId: string, body: Record<string, unknown>) {
    const id = (await client.post(own(delegationId), body)).json.id as string;
    expect((await client.post(own(delegationId, `/${id}/submit`))).status).toBe(200);
    const review = { decision: 'publish', checks: ['specific', 'measurable', 'dated', 'has_lead'], comments: null };
    expect((await w.chair.post(`/api/events/${w.slug}/commitments/${id}/review`, review)).status).toBe(200);
    return id;
  }
  async function report(client: TestClient, delegationId: string, id: string, status: string, percents: number[]) {
    const detail = (await client.get<CommitmentDetail>(own(delegationId, `/${id}`))).json;
    const progress = Object.fromEntries(detail.deliverables.map((d, i) => [d.id, percents[i] ?? 0]));
    const body = {
      status,
      progress,
      narrative: { en: `Reported ${status}.`, id: `Dilaporkan ${status}.` },
      evidence: ['https://example.org/evidence/portal'],
    };
    const sent = await client.post(own(delegationId, `/${id}/reports`), body);
    expect(sent.status).toBe(201);
    return sent.json.id as string;
  }

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'pendopo-tracker-'));
    mkdirSync(join(webDir, 'assets'));
    copyFileSync(join(PROJECT_ROOT, 'index.html'), join(webDir, 'index.html'));
    test = await startTestApp(backend, {}, { webDir, renderPage: render });
    w = await createAdoptedWorld(test);
  });
  afterAll(async () => {
    await test.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('says plainly when no commitment is published yet', async () => {
    const html = await page('/commitments');
    expect(html).toContain('<h1 id="tracker-title">Implementation tracker');
    expect(html).toContain('No commitment has been published yet.');
    expect(html).not.toContain('tracker-chart');
  });

  it('names its Atom feed in the head in the page’s language, as the feed names itself', async (context) => {
    const feedOf = (html: string) =>
      /<link rel="alternate" type="application\/atom\+xml" data-feed title="([^"]*)" href="([^"]*)">/.exec(html);
    const english = feedOf(await page('/commitments'));
    const indonesian = feedOf(await page('/commitments', { 'accept-language': 'id' }));
    expect(english?.[1]).toMatch(/: Commitments and progress reports$/);
    expect(indonesian?.[1]).toMatch(/: Komitmen dan laporan kemajuan$/);
    expect(indonesian?.[2]).toBe(`/events/${w.slug}/commitments.atom?lang=id`);
    if (!hasFeedparser()) {
      console.warn('skipped: python3-feedparser is missing (apt-get install python3-feedparser)');
      context.skip();
    }
    const feed = await test.app.inject({ method: 'GET', url: indonesian?.[2] ?? '' });
    expect(feedparse(feed.body)).toMatchObject({ bozo: false, language: 'id', title: indonesian?.[1] });
  });

  it('shows the focus areas with their method, progress over time, the map and the countries, and the list', async () => {
    ids.indonesia = await publish(w.indonesia, w.delegations.ID, commitmentOf(w));
    const crisis = w.published.content.sections[1].focusAreaId as string;
    const hotline = {
      title: { en: 'Crisis hotline', id: 'Layanan darurat krisis' },
      baseline: null,
      beganBefore: true,
    };
    ids.finland = await publish(w.finland, w.delegations.FI, commitmentBody(crisis, [], hotline));
    const early = await report(w.indonesia, w.delegations.ID, ids.indonesia, 'on_track', [40, 0]);
    await report(w.indonesia, w.delegations.ID, ids.indonesia, 'on_track', [100, 20]);
    await report(w.finland, w.delegations.FI, ids.finland, 'delayed', [10, 0]);
    // Twenty months of follow-up: registered then, Indonesia's first report fourteen months ago.
    await test.db
      .update(commitments)
      .set({ registeredAt: monthsAgo(20) })
      .where(eq(commitments.eventId, w.event.id));
    await test.db
      .update(commitmentReports)
      .set({ submittedAt: monthsAgo(14) })
      .where(eq(commitmentReports.id, early));
    const settings = {
      periodMonths: 6,
      reportingFrom: monthsAgo(23).toISOString(),
      remindDaysBefore: 14,
      weighting: 'equal',
      isReviewRequired: true,
    };
    expect((await w.chair.put(`/api/events/${w.slug}/commitments/settings`, settings)).status).toBe(200);

    const html = await page('/commitments');
    // The focus area's figure: Indonesia's 80% (deliverables 3:1 at 100% and 20%), the method beside it.
    expect(html).toMatch(/<span class="figure">80%<\/span>/);
    expect(html).toContain('weighted mean of the progress of 1 commitment');
    expect(html).toContain('commitments weighted equally; discontinued ones left out');
    expect(html).toContain('Reporting period 4:');
    // Over time: three period ends and now, overall 0, 15, 15, then (80 + 7.5) / 2 now.
    expect(html).toContain('End of period 1');
    expect(html).toContain('End of period 3');
    expect(html).toMatch(
      /<g class="chart-series" data-series="0"><path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+"/,
    );
    expect(html).toContain('Overall progress was 0% at');
    expect(html).toContain('is 43.8% now');
    // The key figure is the server's roll-up of both commitments, its method beside it.
    expect(html).toContain('<dt>Overall progress</dt><dd>43.8%</dd>');
    expect(html).toContain(
      "weighted mean of the progress of 2 commitments; all focus areas' commitments together, not a mean of the areas' figures",
    );
    // The map's box, its shapes left to the browser (below the fold, a fifth of the page); the
    // table's countries each a link to their list.
    expect(html).toContain('<svg viewBox="0 0 1000 439" class="map-svg" aria-hidden="true">');
    expect(html).not.toContain('class="map-country"');
    expect(html).toContain('the table below gives every country with commitments');
    expect(html).toContain('<caption id="tracker-countries-caption">Commitments by country, most first</caption>');
    expect(html).toMatch(
      new RegExp(`<a href="/events/${w.slug}/commitments\\?country=ID#commitments"[^>]*>Indonesia</a>`),
    );
    expect(html).toMatch(
      new RegExp(`<a href="/events/${w.slug}/commitments\\?country=FI#commitments"[^>]*>Finland</a>`),
    );
    // The list: both, with status in words, progress in text, the old work marked.
    expect(html).toContain('2 commitments found.');
    expect(html).toContain('National open data portal');
    expect(html).toContain('Crisis hotline');
    expect(html).toContain('Began before the conference');

    const finland = await page('/commitments?country=FI&page=1');
    expect(finland).toContain('1 commitment found.');
    expect(finland).toContain('Crisis hotline');
    expect(finland).not.toContain('National open data portal</a>');
    // A filter the API would refuse is left out, not a failed page.
    expect(await page('/commitments?status=nonsense&country=XX')).toContain('2 commitments found.');

    const indonesian = await page('/commitments', { 'accept-language': 'id' });
    expect(indonesian).toContain('Pemantau pelaksanaan');
    expect(indonesian).toContain('rata-rata tertimbang kemajuan 1 komitmen');
    expect(indonesian).toMatch(/<dt>Kemajuan keseluruhan<\/dt><dd>43,8\s?%<\/dd>/);
    expect(indonesian).toContain('komitmen semua bidang fokus bersama-sama, bukan rata-rata angka tiap bidang');
    expect(indonesian).toContain('tabel di bawah memuat setiap negara');
    expect(indonesian).toContain('Layanan darurat krisis');
  });

  it('shows a commitment whole: its facts, the paragraph it cites, its standing and its reports', async () => {
    const portal = await page(`/commitments/${ids.indonesia}`);
    const paragraph = w.published.content.sections[0].paragraphs[0].id as string;
    expect(portal).toContain('<h1 id="commitment-title">National open data portal');
    expect(portal).toMatch(new RegExp(`href="/events/${w.slug}/outcome#paragraph-${paragraph}"[^>]*>Paragraph 1</a>`));
    expect(portal).toContain('We commit to open data.');
    expect(portal).toContain('Directorate of Information and Media');
    expect(portal).toContain('12 data sets published');
    expect(portal).toContain('Progress reports (2)');
    expect(portal).toContain('<a href="https://example.org/evidence/portal" rel="external nofollow noopener">');
    expect(portal).toContain('Reported on_track.');
    expect(portal).toMatch(/3 \(75% of the progress\)/);

    const hotline = await page(`/commitments/${ids.finland}`);
    expect(hotline).toContain('No baseline given');
    expect(hotline).toContain('Yes: the work began before the conference');
    expect(hotline).toContain('Delayed');
  });
});
