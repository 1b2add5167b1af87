import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../core/audit/audit.tables.js';
import { TestClient } from '../../testing/client.js';
import { createInvitedDelegations, focalPointClient } from '../../testing/delegations.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { allRowsAsText, outboxTo } from '../../testing/records.js';
import { registerVisitor, registrantClient } from '../../testing/registrants.js';
import { purgeEndedEvents } from './erase.service.js';
import { registrations } from './registration.tables.js';

describe.each(BACKENDS)('erasing an event’s registrants (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const rowsOf = (eventId: string) => test.db.select().from(registrations).where(eq(registrations.eventId, eventId));

  describe('POST /api/events/:slug/registrations/erase', () => {
    it('is for organizers only, and asks for the event’s address to confirm', async () => {
      const event = await createTestEvent(test.db);
      await registerVisitor(test, event.slug);
      const url = `/api/events/${event.slug}/registrations/erase`;
      expectProblem(await new TestClient(test.app).post(url, { confirm: event.slug }), 401, 'auth.required');
      for (const role of ['secretariat', 'participant', 'delegate'] as const) {
        const { client } = await signedInClient(test, { eventId: event.id, roles: [role] });
        expectProblem(await client.post(url, { confirm: event.slug }), 403, 'auth.forbidden');
      }
      const { client } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
      const wrong = await client.post(url, { confirm: 'another-event' });
      expectProblem(wrong, 400, 'validation.failed');
      expect(fieldsOf(wrong)).toEqual(['confirm']);
      expect((await rowsOf(event.id)).every((r) => r.erasedAt === null)).toBe(true);
    });

    it('erases every registrant’s personal data and accounts, keeps staff and the counts', async () => {
      const event = await createTestEvent(test.db);
      const other = await createTestEvent(test.db);
      const names = ['Tavita Erasable-One', 'Losa Erasable-Two'];
      await registrantClient(test, event.slug, { name: names[0], attendance: 'in_person', country: 'WS' });
      await registerVisitor(test, event.slug, { name: names[1], attendance: 'virtual', country: 'TO' });
      const kept = await registerVisitor(test, other.slug, { name: 'Kept In Other Event' });
      const { client, account } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
      // A mail of the event to someone who did not register: erasing the registrants leaves it.
      const delegations = await createInvitedDelegations(client, event.slug);
      const focal = await focalPointClient(test, client, event.slug, delegations.ID as string);

      const response = await client.post(`/api/events/${event.slug}/registrations/erase`, { confirm: event.slug });
      expect(response.json).toEqual({ count: 2, accountsErased: 1 });
      const dump = await allRowsAsText(test.db);
      for (const name of names) expect(dump).not.toContain(name);
      expect(dump).toContain('Kept In Other Event');
      expect(dump).toContain(account.email);
      expect(await outboxTo(test.db, focal.email)).toHaveLength(1);
      const rows = await rowsOf(event.id);
      expect(rows.map((r) => [r.country, r.status, r.erasedAt !== null]).sort()).toEqual([
        ['TO', 'cancelled', true],
        ['WS', 'cancelled', true],
      ]);
      const figures = await client.get(`/api/events/${event.slug}/registrations/figures`);
      expect(figures.json.total).toBe(2);
      expect((await client.get('/api/session')).json.account.email).toBe(account.email);
      expect(kept.status).toBe('confirmed');
    });
  });

  describe('the retention rule (PURGE_AFTER_DAYS)', () => {
    it('erases the registrants of events that ended longer ago, and audits it as the system', async () => {
      const old = await createTestEvent(test.db, {
        startsAt: '2021-11-16T13:00:00+08:00',
        endsAt: '2021-11-16T17:40:00+08:00',
      });
      const recent = await createTestEvent(test.db, {
        startsAt: '2021-12-20T13:00:00+08:00',
        endsAt: '2021-12-20T17:40:00+08:00',
      });
      await registerVisitor(test, old.slug, { name: 'Old Event Person' });
      await registerVisitor(test, recent.slug, { name: 'Recent Event Person' });
      const erased = await purgeEndedEvents({ db: test.db, days: 30, now: new Date('2022-01-01T00:00:00Z') });
      expect(erased).toBe(1);
      expect((await rowsOf(old.id)).every((r) => r.erasedAt !== null && r.name === '')).toBe(true);
      expect((await rowsOf(recent.id)).map((r) => r.name)).toEqual(['Recent Event Person']);
      const audits = await test.db.select().from(auditLog).where(eq(auditLog.entityId, old.id));
      expect(audits.find((a) => a.action === 'registration.all_erased')).toMatchObject({ actorId: null });
      expect(await purgeEndedEvents({ db: test.db, days: 30, now: new Date('2022-01-01T00:00:00Z') })).toBe(0);
    });
  });
});
