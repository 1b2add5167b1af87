import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedparse, hasFeedparser } from '../../../testing/feedparser.js';
import { BACKENDS, startTestApp, type TestApp } from '../../../testing/harness.js';
import { fillTracker, trackedWorld, type World } from './opendata.world.js';

const csvRecords = (body: string) => parse(body, { bom: true, columns: true }) as Record<string, string>[];

describe.each(BACKENDS)('the tracker’s open data (%s)', (backend) => {
  let test: TestApp;
  let w: World;
  let filled: Awaited<ReturnType<typeof fillTracker>>;
  beforeAll(async () => {
    test = await startTestApp(backend);
    w = await trackedWorld(test);
    filled = await fillTracker(w);
  });
  afterAll(() => test.close());

  const file = (name: string) => w.public.get(`/events/${w.slug}/${name}`);

  it('serves the published commitments as an Excel-safe CSV: one row each, no draft, formulas disarmed', async () => {
    const response = await file('commitments.csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.body.startsWith('\uFEFFid,country,delegation_name_en,delegation_name_id,focus_area,')).toBe(true);
    expect(response.body).toContain('\r\n');
    const rows = csvRecords(response.body);
    expect(rows.map((r) => r.id).sort()).toEqual([filled.portal.id, filled.warnings.id, filled.japan.id].sort());
    expect(response.body).not.toContain('A draft of ours');
    const warnings = rows.find((r) => r.id === filled.warnings.id) as Record<string, string>;
    expect(warnings).toMatchObject({
      country: 'FI',
      focus_area: '2',
      focus_area_title: 'Crisis management',
      paragraphs: '2',
      title_en: `'=HYPERLINK("http://evil.example")`,
      title_id: "''Peringatan dini' bersama",
      title_fr: 'Alerte précoce',
      lead: "'+Ministry of the Interior",
      baseline: "'-5 % response time",
      partner_organisations: 'UN\\; OCHA; Red Cross \\\\ Red Crescent',
      began_before: 'true',
      ends_on: '',
      status: 'delayed',
      progress: '10',
    });
    expect(JSON.parse(warnings.deliverables as string)).toEqual([
      { title: { en: 'Sirens, "tested"', id: 'Sirene' }, due_on: '2023-06-30', weight: 2 },
    ]);
    const portal = rows.find((r) => r.id === filled.portal.id) as Record<string, string>;
    expect(portal).toMatchObject({ status: 'completed', progress: '100', focus_area: '1', paragraphs: '1' });
    expect(portal.completion_confirmed_at).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    // No account of anyone: the lead is an office, and no e-mail address is in any file.
    for (const name of ['commitments.csv', 'commitment-reports.csv', 'commitments.json', 'commitment-reports.json'])
      expect((await file(name)).body).not.toMatch(/@[a-z0-9-]+\.[a-z]/i);
  });

  it('serves one report a row, each deliverable’s progress in order', async () => {
    const rows = csvRecords((await file('commitment-reports.csv')).body);
    expect(rows).toHaveLength(filled.reports);
    const portal = rows.filter((r) => r.commitment_id === filled.portal.id);
    expect(portal.map((r) => [r.status, r.progress, r.deliverable_progress, r.period])).toEqual([
      ['on_track', '85', '[100,40]', expect.any(String)],
      ['completed', '100', '[100,100]', expect.any(String)],
    ]);
    expect(portal[0]?.evidence).toBe('https://data.example.id/a;b https://data.example.id/c');
    expect(portal[1]?.narrative_en).toBe("'@all: done.");
  });

  it('validates the JSON files against the JSON Schemas served beside them, and the package lists every file', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const pkg = (await file('datapackage.json')).json;
    expect(pkg).toMatchObject({ profile: 'data-package', name: `${w.slug}-commitments` });
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
    // Data Package v1: names of lower-case letters, digits, - . _ /; each resource located and typed.
    expect(pkg.name).toMatch(/^[-a-z0-9._/]+$/);
    const resources = pkg.resources as { name: string; path: string; format: string; schema: unknown }[];
    for (const resource of resources) {
      expect(resource.name).toMatch(/^[-a-z0-9._/]+$/);
      expect(resource).toMatchObject({
        encoding: 'utf-8',
        mediatype: expect.stringMatching(/^(text\/csv|application\/json)$/),
      });
    }
    expect(resources.find((r) => r.name === 'commitment-reports')?.schema).toMatchObject({
      foreignKeys: [{ fields: ['commitment_id'], reference: { resource: 'commitments', fields: ['id'] } }],
    });
    expect(resources.map((r) => r.path).sort()).toEqual(
      ['commitment-reports.csv', 'commitment-reports.json', 'commitments.csv', 'commitments.json'].sort(),
    );
    for (const resource of resources) {
      const served = await file(resource.path);
      expect(served.status, resource.path).toBe(200);
      if (resource.format === 'json') {
        const schema = await file(resource.schema as string);
        expect(schema.headers['content-type']).toBe('application/schema+json; charset=utf-8');
        expect(schema.json.$id).toBe(`http://pendopo.test/events/${w.slug}/${resource.schema}`);
        const validate = ajv.compile(schema.json);
        expect(validate(served.json), ajv.errorsText(validate.errors)).toBe(true);
        expect(served.json.$schema).toBe(schema.json.$id);
      } else {
        // The Table Schema names the CSV's columns, in order.
        const header = Object.keys(csvRecords(served.body)[0] ?? {});
        const fields = (resource.schema as { fields: { name: string; type: string }[] }).fields;
        expect(fields.map((f) => f.name)).toEqual(header);
        expect(
          fields.every((f) => ['string', 'integer', 'number', 'boolean', 'date', 'datetime', 'array'].includes(f.type)),
        ).toBe(true);
      }
    }
    const commitments = (await file('commitments.json')).json.commitments as { id: string; deliverables: unknown[] }[];
    expect(commitments.map((c) => c.deliverables.length).sort()).toEqual([1, 2, 2]);
  });

  it('answers a client that holds the file with 304, and an unknown event with 404', async () => {
    const first = await file('commitments.json');
    const again = await w.public.request('GET', `/events/${w.slug}/commitments.json`, undefined, {
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect((await w.public.get('/events/no-such-event/commitments.csv')).status).toBe(404);
  });

  it('makes an Atom feed a standard reader parses: an entry per commitment and per report, newest first, in the reader’s language', async (context) => {
    if (!hasFeedparser()) {
      console.warn('skipped: python3-feedparser is missing (apt-get install python3-feedparser)');
      context.skip();
    }
    const response = await file('commitments.atom');
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = feedparse(response.body);
    expect(feed).toMatchObject({ bozo: false, version: 'atom10', language: 'en' });
    expect(feed.entries).toHaveLength(filled.commitments + filled.reports);
    expect(feed.entries.filter((e) => e.tags.includes('report'))).toHaveLength(filled.reports);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    expect(feed.entries.every((e) => /^urn:uuid:[0-9a-f-]{36}$/.test(e.id))).toBe(true);
    const updated = feed.entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    const warnings = feed.entries.find((e) => e.id === `urn:uuid:${filled.warnings.id}`);
    expect(warnings?.title).toBe('New commitment: =HYPERLINK("http://evil.example") (Finland)');
    expect(warnings?.link).toBe(`http://pendopo.test/events/${w.slug}/commitments/${filled.warnings.id}`);
    expect(response.body).toContain('Late: &lt;b&gt;storms&lt;/b&gt; &amp; floods.');

    const indonesian = feedparse((await file('commitments.atom?lang=id')).body);
    expect(indonesian).toMatchObject({ bozo: false, language: 'id' });
    const portal = indonesian.entries.find((e) => e.id === `urn:uuid:${filled.portal.id}`);
    expect(portal?.title).toBe('Komitmen baru: Portal data terbuka nasional (Indonesia)');
    expect(portal?.link).toBe(`http://pendopo.test/events/${w.slug}/commitments/${filled.portal.id}?lang=id`);
    // Japan's commitment has no Indonesian narrative in its report: that entry stays English, and says so.
    const japanReport = indonesian.entries.find((e) => e.tags.includes('report') && e.title.includes('(Japan)'));
    expect(japanReport?.language).toBe('en');
  });
});
