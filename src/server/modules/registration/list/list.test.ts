import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../../../shared/registration.js';
import { TestClient, type TestResponse } from '../../../testing/client.js';
import { expectProblem, fieldsOf } from '../../../testing/expect.js';
import { createTestEvent, signedInClient } from '../../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../../testing/harness.js';
import { insertRegistrationRows, type RegistrationRowInput } from '../../../testing/registrations.js';
import { registrationForms } from '../registration.tables.js';

const QUESTIONS: Question[] = [
  {
    key: 'diet',
    label: { en: 'Diet' },
    type: 'single',
    options: [
      { key: 'vegetarian', label: { en: 'Vegetarian' } },
      { key: 'none', label: { en: 'None' } },
    ],
    isRequired: false,
  },
  { key: 'topics', label: { en: 'Topics' }, type: 'multiple', options: [], isRequired: false },
];

/** Eight people, each there for a reason a filter, a sort or the CSV can see. */
const PEOPLE: (Omit<RegistrationRowInput, 'createdAt'> & { createdAt: string })[] = [
  // 16:30 UTC on 1 February is 00:30 on 2 February in Makassar: the figures count it on the 2nd.
  {
    name: 'Ayu Lestari',
    email: 'ayu@kemlu.example',
    organization: 'Kementerian Luar Negeri',
    status: 'pending',
    attendance: 'in_person',
    createdAt: '2030-02-01T16:30:00Z',
    answers: { diet: 'vegetarian', topics: ['data', 'msme'] },
  },
  {
    name: 'Budi Santoso',
    email: 'budi@ui.example',
    organization: 'Universitas Indonesia',
    sector: 'academia',
    status: 'confirmed',
    createdAt: '2030-02-01T10:00:00Z',
  },
  {
    name: 'Chloé Virtanen',
    email: 'chloe@press.example',
    country: 'FI',
    organization: 'Helsinki Press',
    sector: 'media',
    category: 'media',
    status: 'pending',
    attendance: 'in_person',
    createdAt: '2030-02-02T10:00:00Z',
  },
  {
    name: '=HYPERLINK("http://evil.example","click")',
    email: 'formula@example.org',
    organization: '+SUM(A1:A9)',
    position: '@boss',
    country: 'FI',
    sector: 'private',
    status: 'declined',
    decisionReason: '-no place',
    // Where a spreadsheet splits cells on semicolons, each of these would start a formula.
    answers: { diet: ';=HYPERLINK("http://evil.example")', topics: ['Kemlu;=1+1'] },
    createdAt: '2030-02-03T10:00:00Z',
  },
  {
    name: '<script>alert(1)</script>',
    email: 'script@example.org',
    organization: '100% Sure Ltd',
    sector: 'other',
    status: 'confirmed',
    createdAt: '2030-02-03T11:00:00Z',
  },
  {
    name: 'Erased Person',
    email: 'gone@example.org',
    organization: 'Secret Org',
    country: 'JP',
    sector: 'civil_society',
    status: 'cancelled',
    erasedAt: new Date('2030-02-05T00:00:00Z'),
    createdAt: '2030-02-03T12:00:00Z',
  },
  {
    name: 'Dewi Waiting',
    email: 'dewi@example.org',
    status: 'waitlisted',
    attendance: 'in_person',
    createdAt: '2030-02-04T10:00:00Z',
  },
  {
    name: 'Eko Waiting',
    email: 'eko@example.org',
    status: 'waitlisted',
    attendance: 'in_person',
    createdAt: '2030-02-04T11:00:00Z',
  },
];

describe.each(BACKENDS)('organizer list of registrations (%s)', (backend) => {
  let test: TestApp;
  let slug: string;
  let ids: Record<string, string>;
  let organizer: TestClient;
  let secretariat: TestClient;
  let strangers: [string, TestClient][];

  beforeAll(async () => {
    test = await startTestApp(backend);
    const event = await createTestEvent(test.db, { timeZone: 'Asia/Makassar' });
    slug = event.slug;
    await test.db.insert(registrationForms).values({
      eventId: event.id,
      categories: [],
      questions: QUESTIONS,
      privacyNotice: { en: 'Notice' },
      privacyVersion: '1',
    });
    const rows = await insertRegistrationRows(
      test.db,
      event.id,
      PEOPLE.map((p) => ({ ...p, createdAt: new Date(p.createdAt) })),
    );
    ids = Object.fromEntries(rows.map((row) => [row.email, row.id]));
    // Someone of another event: never in this event's list.
    const other = await createTestEvent(test.db);
    await insertRegistrationRows(test.db, other.id, [{ name: 'Other Event Person' }]);
    organizer = (await signedInClient(test, { eventId: event.id, roles: ['organizer'] })).client;
    secretariat = (await signedInClient(test, { eventId: event.id, roles: ['secretariat'] })).client;
    strangers = [
      ['anonymous', new TestClient(test.app)],
      ['participant', (await signedInClient(test, { eventId: event.id, roles: ['participant'] })).client],
      ['delegate', (await signedInClient(test, { eventId: event.id, roles: ['delegate'] })).client],
      ['organizer of another event', (await signedInClient(test, { eventId: other.id, roles: ['organizer'] })).client],
    ];
  });
  afterAll(() => test.close());

  const list = async (query = '') => organizer.get(`/api/events/${slug}/registrations${query}`);
  const emails = (response: TestResponse) => response.json.items.map((i: { email: string }) => i.email);

  describe('who may read', () => {
    const paths = () => [
      `/api/events/${slug}/registrations`,
      `/api/events/${slug}/registrations/${ids['ayu@kemlu.example']}`,
      `/api/events/${slug}/registrations.csv`,
      `/api/events/${slug}/registrations/figures`,
    ];

    it('refuses the anonymous with 401 and other roles with 403, on every route', async () => {
      for (const path of paths()) {
        for (const [who, client] of strangers) {
          const response = await client.get(path);
          if (who === 'anonymous') expectProblem(response, 401, 'auth.required');
          else expectProblem(response, 403, 'auth.forbidden');
          expect(response.body, `${who} ${path}`).not.toContain('ayu@kemlu.example');
        }
      }
    });

    it('lets organizers and the secretariat read every route', async () => {
      for (const path of paths()) {
        expect((await organizer.get(path)).status, path).toBe(200);
        expect((await secretariat.get(path)).status, path).toBe(200);
      }
    });
  });

  describe('GET /registrations', () => {
    it('lists the event’s registrations only, newest first, with the total', async () => {
      const response = await list();
      expect(response.json.total).toBe(8);
      expect(response.json.items[0].email).toBe('eko@example.org');
      expect(response.json.items.at(-1).email).toBe('budi@ui.example');
      expect(response.body).not.toContain('Other Event Person');
    });

    it('filters by status, several values too, the review queue being status=pending', async () => {
      expect(emails(await list('?status=pending&sort=created&order=asc'))).toEqual([
        'ayu@kemlu.example',
        'chloe@press.example',
      ]);
      const both = await list('?status=pending,declined');
      expect(both.json.total).toBe(3);
      const repeated = await list('?status=pending&status=declined');
      expect(repeated.json.total).toBe(3);
    });

    it('filters by country, sector, category and attendance, combined', async () => {
      expect((await list('?country=FI')).json.total).toBe(2);
      expect(emails(await list('?sector=academia,media&order=asc'))).toEqual([
        'budi@ui.example',
        'chloe@press.example',
      ]);
      expect(emails(await list('?category=media'))).toEqual(['chloe@press.example']);
      expect((await list('?attendance=in_person')).json.total).toBe(4);
      expect(emails(await list('?attendance=in_person&country=FI'))).toEqual(['chloe@press.example']);
    });

    it('searches name, e-mail and organisation, in any case, with % as a letter', async () => {
      expect(emails(await list('?q=universitas'))).toEqual(['budi@ui.example']);
      expect(emails(await list('?q=PRESS.EXAMPLE'))).toEqual(['chloe@press.example']);
      expect(emails(await list('?q=lestari'))).toEqual(['ayu@kemlu.example']);
      expect(emails(await list(`?q=${encodeURIComponent('100%')}`))).toEqual(['script@example.org']);
      expect((await list(`?q=${encodeURIComponent('%')}`)).json.total).toBe(1);
      // An erased person is not found by the name they had.
      expect((await list('?q=erased')).json.total).toBe(0);
    });

    it('sorts by name, country and status, and pages without overlap', async () => {
      const byName = await list('?sort=name&order=asc&pageSize=200');
      const names = byName.json.items.map((i: { name: string }) => i.name).filter(Boolean);
      expect(names).toEqual([...names].sort());
      const byCountry = (await list('?sort=country&order=desc')).json.items.map((i: { country: string }) => i.country);
      expect(byCountry).toEqual(['JP', 'ID', 'ID', 'ID', 'ID', 'ID', 'FI', 'FI']);
      const byStatus = (await list('?sort=status&order=asc')).json.items.map((i: { status: string }) => i.status);
      expect(byStatus[0]).toBe('cancelled');
      expect(byStatus.at(-1)).toBe('waitlisted');

      const pages = await Promise.all([1, 2, 3].map((page) => list(`?sort=name&order=asc&pageSize=3&page=${page}`)));
      expect(pages.map((p) => p.json.items.length)).toEqual([3, 3, 2]);
      expect(pages.every((p) => p.json.total === 8)).toBe(true);
      expect(new Set(pages.flatMap((p) => p.json.items.map((i: { id: string }) => i.id))).size).toBe(8);
      expect((await list('?page=9&pageSize=3')).json).toMatchObject({ items: [], total: 8, page: 9 });
    });

    it('shows an erased registration as erased, with no personal data', async () => {
      const response = await list('?country=JP');
      expect(response.json.items).toEqual([
        expect.objectContaining({ isErased: true, name: '', email: '', organization: '', status: 'cancelled' }),
      ]);
      expect(response.body).not.toContain('Secret Org');
      expect(response.body).not.toContain('gone@example.org');
    });

    it('gives waiting people their place in line, others none', async () => {
      const items = (await list('?status=waitlisted,pending&order=asc')).json.items;
      expect(
        items.map((i: { email: string; waitlistPosition: number | null }) => [i.email, i.waitlistPosition]),
      ).toEqual([
        ['ayu@kemlu.example', null],
        ['chloe@press.example', null],
        ['dewi@example.org', 1],
        ['eko@example.org', 2],
      ]);
    });

    it.each([
      ['status', '?status=approved'],
      ['country', '?country=XX'],
      ['sort', '?sort=email'],
      ['pageSize', '?pageSize=1000'],
      ['page', '?page=0'],
    ])('refuses a bad %s with 400 naming it', async (field, query) => {
      const response = await list(query);
      expectProblem(response, 400, 'validation.failed');
      expect(fieldsOf(response).join(' ')).toContain(field);
    });
  });

  describe('GET /registrations/:id', () => {
    it('answers one registration with its answers', async () => {
      const response = await organizer.get(`/api/events/${slug}/registrations/${ids['ayu@kemlu.example']}`);
      expect(response.json).toMatchObject({
        name: 'Ayu Lestari',
        status: 'pending',
        answers: { diet: 'vegetarian', topics: ['data', 'msme'] },
        isErased: false,
      });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const unknown = await organizer.get(`/api/events/${slug}/registrations/00000000-0000-4000-8000-000000000000`);
      expectProblem(unknown, 404, 'registration.not_found');
      expectProblem(await organizer.get(`/api/events/${slug}/registrations/abc`), 400, 'validation.failed');
    });
  });

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
