import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../core/audit/audit.tables.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { registerVisitor } from '../../testing/registrants.js';

interface Entry {
  id: number;
  firstId: number;
  action: string;
  actorName: string | null;
  count: number;
  entityIds: string[];
}

describe.each(BACKENDS)('the audit log as organizers read it (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  /** An event with two pending registrations approved at once by its secretary, and a theme changed by its organizer. */
  async function eventWithActs() {
    const event = await createTestEvent(test.db, { rooms: [{ name: { en: 'Plenary' }, capacity: 10 }] });
    const pending = { category: 'media', attendance: 'in_person' } as const;
    const a = await registerVisitor(test, event.slug, pending);
    const b = await registerVisitor(test, event.slug, pending);
    const secretary = await signedInClient(test, { eventId: event.id, roles: ['secretariat'], name: 'Ayu Lestari' });
    const decided = await secretary.client.post(`/api/events/${event.slug}/registrations/decisions`, {
      ids: [a.id, b.id],
      decision: 'approve',
    });
    expect(decided.status, decided.body).toBe(200);
    const organizer = await signedInClient(test, { eventId: event.id, roles: ['organizer'], name: 'Budi Santoso' });
    await organizer.client.patch(`/api/events/${event.slug}`, { theme: { en: 'A new theme' } });
    const read = async (query = '') => {
      const response = await organizer.client.get(`/api/events/${event.slug}/audit${query}`);
      expect(response.status, response.body).toBe(200);
      return response.json.entries as Entry[];
    };
    return { event, ids: [a.id, b.id], secretary, organizer, read };
  }

  describe('GET /api/events/:slug/audit', () => {
    it('reads a bulk approval as one act with its count, its actor by name and both registrations', async () => {
      const { ids, read } = await eventWithActs();
      const entries = await read();
      expect(entries.map((e) => [e.action, e.actorName, e.count])).toEqual([
        ['event.updated', 'Budi Santoso', 1],
        ['registration.approved', 'Ayu Lestari', 2],
        ['registration.created', null, 1],
        ['registration.created', null, 1],
        ['event.created', null, 1],
      ]);
      expect(entries[1]?.entityIds).toEqual(ids);
    });

    it('filters by person and by action', async () => {
      const { secretary, read } = await eventWithActs();
      const byPerson = await read(`?actor=${secretary.account.id}`);
      expect(byPerson.map((e) => [e.action, e.count])).toEqual([['registration.approved', 2]]);
      const byAction = await read('?action=registration.created');
      expect(byAction.map((e) => e.action)).toEqual(['registration.created', 'registration.created']);
    });

    it("filters by days of the event's time zone, both included", async () => {
      const { event, read } = await eventWithActs();
      // 17:00 UTC on the 15th is 01:00 on the 16th in Makassar (UTC+8): the 16th's in event time.
      await test.db
        .update(auditLog)
        .set({ createdAt: new Date('2021-11-15T17:00:00Z') })
        .where(and(eq(auditLog.eventId, event.id), eq(auditLog.action, 'event.updated')));
      expect((await read('?from=2021-11-16&to=2021-11-16')).map((e) => e.action)).toEqual(['event.updated']);
      expect(await read('?from=2021-11-15&to=2021-11-15')).toEqual([]);
      expect((await read('?to=2021-11-30')).map((e) => e.action)).toEqual(['event.updated']);
      expect((await read('?from=2021-11-17')).map((e) => e.action)).not.toContain('event.updated');
    });

    it('pages by the oldest row of the last act, never splitting an act', async () => {
      const { read } = await eventWithActs();
      const all = await read();
      const first = await read('?limit=2');
      const rest = await read(`?limit=10&before=${first[1]?.firstId}`);
      expect([...first, ...rest]).toEqual(all);
    });

    it('refuses a bad filter with 400 naming it: an unknown action, a non-date, a range that ends before it starts', async () => {
      const { event, organizer } = await eventWithActs();
      const url = `/api/events/${event.slug}/audit`;
      for (const [query, field] of [
        ['?action=registration.teleported', 'action'],
        ['?from=16-11-2021', 'from'],
        ['?from=2021-11-17&to=2021-11-16', 'to'],
        ['?actor=someone', 'actor'],
      ] as const) {
        const response = await organizer.client.get(`${url}${query}`);
        expectProblem(response, 400, 'validation.failed');
        expect(fieldsOf(response)).toEqual([field]);
      }
    });
  });

  describe('GET /api/events/:slug/audit/actors', () => {
    it('refuses the anonymous with 401 and the secretariat with 403', async () => {
      const { event, secretary } = await eventWithActs();
      const url = `/api/events/${event.slug}/audit/actors`;
      expectProblem(await new TestClient(test.app).get(url), 401, 'auth.required');
      expectProblem(await secretary.client.get(url), 403, 'auth.forbidden');
    });

    it('lists by name the people the log names, for the filter by person', async () => {
      const { event, secretary, organizer } = await eventWithActs();
      const response = await organizer.client.get(`/api/events/${event.slug}/audit/actors`);
      expect(response.json.actors).toEqual([
        { id: secretary.account.id, name: 'Ayu Lestari' },
        { id: organizer.account.id, name: 'Budi Santoso' },
      ]);
    });
  });
});
