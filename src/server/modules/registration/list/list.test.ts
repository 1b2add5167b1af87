import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient, TestResponse } from '../../../testing/client.js';
import { expectProblem, fieldsOf } from '../../../testing/expect.js';
import { BACKENDS, type TestApp } from '../../../testing/harness.js';
import { registrations } from '../registration.tables.js';
import { startListWorld } from './list.fixture.js';

describe.each(BACKENDS)('organizer list of registrations (%s)', (backend) => {
  let test: TestApp;
  let slug: string;
  let ids: Record<string, string>;
  let organizer: TestClient;
  let secretariat: TestClient;
  let strangers: [string, TestClient][];

  beforeAll(async () => {
    ({ test, slug, ids, organizer, secretariat, strangers } = await startListWorld(backend));
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

    it('filters by how they attended: at the venue, online, both, or not yet', async () => {
      const at = new Date('2030-03-01T09:00:00Z');
      const mark = (email: string, values: { checkedInAt?: Date | null; followedOnlineAt?: Date | null }) =>
        test.db
          .update(registrations)
          .set(values)
          .where(eq(registrations.id, ids[email] as string));
      await mark('budi@ui.example', { checkedInAt: at });
      await mark('chloe@press.example', { followedOnlineAt: at });
      await mark('eko@example.org', { checkedInAt: at, followedOnlineAt: at });
      try {
        expect(emails(await list('?attended=venue'))).toEqual(['budi@ui.example']);
        expect(emails(await list('?attended=online'))).toEqual(['chloe@press.example']);
        expect(emails(await list('?attended=both'))).toEqual(['eko@example.org']);
        expect(emails(await list('?attended=venue,both&order=asc'))).toEqual(['budi@ui.example', 'eko@example.org']);
        expect((await list('?attended=none')).json.total).toBe(5);
        expect((await organizer.get(`/api/events/${slug}/registrations.csv?attended=online`)).body).toContain(
          'chloe@press.example',
        );
      } finally {
        for (const email of ['budi@ui.example', 'chloe@press.example', 'eko@example.org'])
          await mark(email, { checkedInAt: null, followedOnlineAt: null });
      }
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
      ['attended', '?attended=maybe'],
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
});
