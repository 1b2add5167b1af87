import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../testing/client.js';
import { BACKENDS, type TestApp } from '../../../testing/harness.js';
import { startListWorld } from './list.fixture.js';

describe.each(BACKENDS)('organizer list of registrations: CSV and figures (%s)', (backend) => {
  let test: TestApp;
  let slug: string;
  let organizer: TestClient;

  beforeAll(async () => {
    ({ test, slug, organizer } = await startListWorld(backend));
  });
  afterAll(() => test.close());

  describe('GET /registrations.csv', () => {
    const csvOf = async (query = '') => {
      const response = await organizer.get(`/api/events/${slug}/registrations.csv${query}`);
      expect(response.status).toBe(200);
      return response;
    };
    const recordsOf = (body: string): Record<string, string>[] => parse(body, { bom: true, columns: true });

    it('is UTF-8 with a BOM and CRLF, a header, every field and the questions as columns', async () => {
      const response = await csvOf();
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toContain('attachment');
      expect(response.body.startsWith('\uFEFFid,created_at,status,category,name,email,country,organization')).toBe(
        true,
      );
      expect(response.body.split('\r\n')[0]?.endsWith(',diet,topics')).toBe(true);
      expect(response.body.replace(/\r\n/g, '')).not.toContain('\n');
      const records = recordsOf(response.body);
      expect(records).toHaveLength(8);
      const ayu = records.find((r) => r.email === 'ayu@kemlu.example');
      expect(ayu).toMatchObject({ name: 'Ayu Lestari', diet: 'vegetarian', topics: 'data; msme', country: 'ID' });
      expect(records.find((r) => r.country === 'JP')).toMatchObject({ name: '', email: '', organization: '' });
      expect(records.find((r) => r.email === 'chloe@press.example')?.name).toBe('Chloé Virtanen');
    });

    it('takes the list’s filters', async () => {
      const records = recordsOf((await csvOf('?status=pending&q=kemlu')).body);
      expect(records.map((r) => r.email)).toEqual(['ayu@kemlu.example']);
    });

    it('turns cells that a spreadsheet would run as formulas into text', async () => {
      const response = await csvOf('?status=declined');
      const records = recordsOf(response.body);
      expect(records[0]).toMatchObject({
        name: `'=HYPERLINK("http://evil.example","click")`,
        organization: "'+SUM(A1:A9)",
        position: "'@boss",
        decision_reason: "'-no place",
        diet: `';=HYPERLINK("http://evil.example")`,
        topics: 'Kemlu;=1+1',
      });
      // Quoted, so a semicolon inside a cell never splits it into one that starts with =.
      expect(response.body).toContain(',"Kemlu;=1+1"');
    });
  });

  describe('GET /registrations/figures', () => {
    it('counts by every dimension, erased rows included, and per day in the event’s time zone', async () => {
      const response = await organizer.get(`/api/events/${slug}/registrations/figures`);
      const figures = response.json;
      expect(figures.total).toBe(8);
      expect(figures.timeZone).toBe('Asia/Makassar');
      expect(figures.byCountry).toEqual([
        { key: 'ID', count: 5 },
        { key: 'FI', count: 2 },
        { key: 'JP', count: 1 },
      ]);
      expect(figures.byStatus).toEqual(
        expect.arrayContaining([
          { key: 'pending', count: 2 },
          { key: 'waitlisted', count: 2 },
          { key: 'confirmed', count: 2 },
          { key: 'declined', count: 1 },
          { key: 'cancelled', count: 1 },
        ]),
      );
      expect(figures.byAttendance).toEqual([
        { key: 'in_person', count: 4 },
        { key: 'virtual', count: 4 },
      ]);
      expect(figures.byCategory).toEqual([
        { key: 'participant', count: 7 },
        { key: 'media', count: 1 },
      ]);
      expect(figures.bySector.find((c: { key: string }) => c.key === 'civil_society')).toEqual({
        key: 'civil_society',
        count: 1,
      });
      expect(figures.byDay).toEqual([
        { key: '2030-02-01', count: 1 },
        { key: '2030-02-02', count: 2 },
        { key: '2030-02-03', count: 3 },
        { key: '2030-02-04', count: 2 },
      ]);
    });
  });
});
