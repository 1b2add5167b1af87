import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { allRowsAsText, auditRowsAfter, lastAuditId, outboxTo } from '../../testing/records.js';
import { personalTokenOf, registerVisitor, registrantClient } from '../../testing/registrants.js';
import { registrations } from './registration.tables.js';

describe.each(BACKENDS)('own registration (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const eventWithPlaces = (capacity: number) =>
    createTestEvent(test.db, { rooms: [{ name: { en: 'Plenary' }, capacity }] });
  const me = (slug: string) => `/api/events/${slug}/registrations/me`;

  describe('POST /api/events/:slug/registrations/link', () => {
    it('opens the registration with the personal link of the mail, again and again, and no account', async () => {
      const event = await eventWithPlaces(5);
      const { client, body } = await registerVisitor(test, event.slug, { name: 'Sione Tupou' });
      const [mail] = await outboxTo(test.db, body.email);
      expect(mail?.textBody).toContain(`http://pendopo.test/events/${event.slug}/registration?token=`);
      const token = personalTokenOf(mail?.textBody ?? '');
      expect((await client.post(`/api/events/${event.slug}/registrations/link`, { token })).status).toBe(204);
      // A session for this registration only (issue 9): the account of the address stays closed.
      const session = await client.get('/api/session');
      expect(session.json).toMatchObject({
        account: null,
        registration: { eventSlug: event.slug, name: 'Sione Tupou' },
      });
      const other = new TestClient(test.app);
      expect((await other.post(`/api/events/${event.slug}/registrations/link`, { token })).status).toBe(204);
      expect((await other.get(me(event.slug))).json.email).toBe(body.email);
    });

    it('refuses a forged, altered or foreign link with 401', async () => {
      const event = await eventWithPlaces(5);
      const otherEvent = await eventWithPlaces(5);
      const { body } = await registerVisitor(test, event.slug);
      const token = personalTokenOf((await outboxTo(test.db, body.email))[0]?.textBody ?? '');
      const client = new TestClient(test.app);
      const [id, mac] = token.split('.');
      for (const [slug, forged] of [
        [event.slug, `${id}.${'A'.repeat(mac?.length ?? 43)}`],
        [event.slug, `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.${mac}`],
        [event.slug, 'not-a-token-at-all-but-long-enough'],
        // Shaped like an id but no uuid: refused before the database sees it (was a 500 on PostgreSQL).
        [event.slug, `${'a'.repeat(36)}.${mac}`],
        [otherEvent.slug, token],
      ] as const) {
        expectProblem(
          await client.post(`/api/events/${slug}/registrations/link`, { token: forged }),
          401,
          'registration.link_invalid',
        );
      }
      expect((await client.get('/api/session')).json.account).toBeNull();
    });
  });

  describe('GET /api/events/:slug/registrations/me', () => {
    it('answers 401 to the anonymous and 404 to a person with no registration', async () => {
      const event = await eventWithPlaces(5);
      expectProblem(await new TestClient(test.app).get(me(event.slug)), 401, 'auth.required');
      const { client } = await signedInClient(test);
      expectProblem(await client.get(me(event.slug)), 404, 'registration.not_found');
    });

    it('shows each registrant their own registration only', async () => {
      const event = await eventWithPlaces(5);
      const ayu = await registrantClient(test, event.slug, { name: 'Ayu', attendance: 'in_person' });
      const budi = await registrantClient(test, event.slug, { name: 'Budi' });
      const mine = await ayu.client.get(me(event.slug));
      expect(mine.json).toMatchObject({ id: ayu.id, name: 'Ayu', status: 'confirmed', attendance: 'in_person' });
      expect((await budi.client.get(me(event.slug))).json).toMatchObject({ id: budi.id, name: 'Budi' });
    });
  });

  describe('PATCH /api/events/:slug/registrations/me', () => {
    it('changes what is allowed and audits the field names, not the values', async () => {
      const event = await eventWithPlaces(5);
      const { client, id } = await registrantClient(test, event.slug);
      const before = await lastAuditId(test.db);
      const response = await client.patch(me(event.slug), { organization: 'Universitas Udayana', position: null });
      expect(response.status).toBe(200);
      expect(response.json).toMatchObject({ id, organization: 'Universitas Udayana', position: null });
      const audits = await auditRowsAfter(test.db, before);
      expect(audits.map((a) => [a.action, a.summary])).toEqual([
        ['registration.updated', { fields: ['organization', 'position'] }],
      ]);
    });

    it('names the registrant’s account as the actor of what their personal link does', async () => {
      const event = await eventWithPlaces(5);
      const before = await lastAuditId(test.db);
      const { client, id } = await registrantClient(test, event.slug);
      expect((await client.patch(me(event.slug), { organization: 'Universitas Udayana' })).status).toBe(200);
      const [row] = await test.db.select().from(registrations).where(eq(registrations.id, id));
      expect(row?.accountId).toBeTruthy();
      const audits = await auditRowsAfter(test.db, before);
      const actorOf = (action: string) => audits.find((a) => a.action === action)?.actorId;
      expect(actorOf('registration.link_used')).toBe(row?.accountId);
      expect(actorOf('registration.updated')).toBe(row?.accountId);
    });

    it('refuses a change of e-mail, status or category, and a bad country, naming the field', async () => {
      const event = await eventWithPlaces(5);
      const { client } = await registrantClient(test, event.slug);
      for (const [field, body] of [
        ['email', { email: 'other@example.org' }],
        ['status', { status: 'confirmed' }],
        ['category', { category: 'delegate' }],
        ['country', { country: 'XX' }],
      ] as const) {
        const response = await client.patch(me(event.slug), body);
        expectProblem(response, 400, 'validation.failed');
        expect(JSON.stringify(response.json)).toContain(field);
      }
    });

    it('frees an in-person place when the registrant goes virtual: the first waitlisted is promoted and mailed', async () => {
      const event = await eventWithPlaces(1);
      const first = await registrantClient(test, event.slug, { attendance: 'in_person' });
      const waiting = await registerVisitor(test, event.slug, { attendance: 'in_person' });
      const later = await registerVisitor(test, event.slug, { attendance: 'in_person' });
      expect([waiting.status, later.status]).toEqual(['waitlisted', 'waitlisted']);
      const response = await first.client.patch(me(event.slug), { attendance: 'virtual' });
      expect(response.json).toMatchObject({ attendance: 'virtual', status: 'confirmed' });
      const mails = await outboxTo(test.db, waiting.body.email);
      expect(mails.map((m) => m.subject)).toEqual([
        'Your registration for Test Conference',
        'Test Conference: your place is confirmed',
      ]);
      expect(await outboxTo(test.db, later.body.email)).toHaveLength(1);
    });

    it('puts a registrant who changes to in person on the waiting list when the room is full', async () => {
      const event = await eventWithPlaces(1);
      await registerVisitor(test, event.slug, { attendance: 'in_person' });
      const { client } = await registrantClient(test, event.slug, { attendance: 'virtual' });
      const response = await client.patch(me(event.slug), { attendance: 'in_person' });
      expect(response.json).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    });
  });

  describe('POST /api/events/:slug/registrations/me/cancel', () => {
    it('cancels, promotes the first waitlisted, and refuses a second cancellation', async () => {
      const event = await eventWithPlaces(1);
      const holder = await registrantClient(test, event.slug, { attendance: 'in_person' });
      const waiting = await registrantClient(test, event.slug, { attendance: 'in_person' });
      expect((await waiting.client.get(me(event.slug))).json).toMatchObject({
        status: 'waitlisted',
        waitlistPosition: 1,
      });
      const cancelled = await holder.client.post(`${me(event.slug)}/cancel`);
      expect(cancelled.json.status).toBe('cancelled');
      expect((await waiting.client.get(me(event.slug))).json).toMatchObject({
        status: 'confirmed',
        waitlistPosition: null,
      });
      expectProblem(await holder.client.post(`${me(event.slug)}/cancel`), 409, 'registration.not_active');
      expectProblem(await holder.client.patch(me(event.slug), { name: 'Again' }), 409, 'registration.not_active');
    });

    it('needs the CSRF token of the session', async () => {
      const event = await eventWithPlaces(1);
      const { client } = await registrantClient(test, event.slug);
      expectProblem(
        await client.post(`${me(event.slug)}/cancel`, undefined, { csrf: false }),
        403,
        'auth.csrf_invalid',
      );
    });
  });

  describe('GET /api/events/:slug/registrations/me/export', () => {
    it('downloads everything held about the registrant as JSON', async () => {
      const event = await eventWithPlaces(1);
      const { client, body } = await registrantClient(test, event.slug);
      const response = await client.get(`${me(event.slug)}/export`);
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toContain('attachment');
      expect(response.json.registration).toMatchObject({ email: body.email, name: body.name });
      expect(response.json.consent.version).toBe('2026-11');
      expect(response.json.mails.map((m: { subject: string }) => m.subject)).toEqual([
        'Your registration for Test Conference',
      ]);
      expectProblem(await new TestClient(test.app).get(`${me(event.slug)}/export`), 401, 'auth.required');
    });
  });

  describe('DELETE /api/events/:slug/registrations/me', () => {
    const everything = () => allRowsAsText(test.db);

    it('erases the personal data from every table and keeps the anonymous count', async () => {
      const event = await eventWithPlaces(1);
      const person = {
        name: 'Kalani Erasable-Person',
        email: 'kalani.erasable@example.org',
        organization: 'Erasable Organisation Ltd',
        position: 'Erasable Position',
        attendance: 'in_person' as const,
        country: 'FJ',
      };
      const { client, id } = await registrantClient(test, event.slug, person);
      const waiting = await registerVisitor(test, event.slug, { attendance: 'in_person' });
      await client.patch(me(event.slug), { organization: 'Erasable Organisation Ltd' });
      expect(await everything()).toContain('kalani.erasable@example.org');

      expect((await client.delete(me(event.slug))).status).toBe(204);
      const dump = await everything();
      for (const value of Object.values(person).slice(0, 4)) expect(dump).not.toContain(value);
      expect(dump).toContain(id);
      // The place it held went to the waiting list, and the person is signed out (their account is gone).
      expect((await outboxTo(test.db, waiting.body.email)).map((m) => m.subject)).toContain(
        'Test Conference: your place is confirmed',
      );
      expectProblem(await client.get(me(event.slug)), 401, 'auth.required');
      const { client: organizer } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
      const audit = await organizer.get(`/api/events/${event.slug}/audit`);
      expect(JSON.stringify(audit.json)).not.toContain('Kalani');
    });

    it('keeps an account that has other duties, and answers 404 to a second erasure', async () => {
      const event = await eventWithPlaces(5);
      const { client, account } = await signedInClient(test, { eventId: event.id, roles: ['speaker'] });
      const created = await client.post(`/api/events/${event.slug}/registrations`, {
        name: account.name,
        email: account.email,
        country: 'ID',
        organization: 'Kemlu',
        sector: 'government',
        attendance: 'virtual',
        consent: true,
      });
      expect(created.status).toBe(201);
      expect((await client.get(me(event.slug))).json.id).toBe(created.json.id);
      expect((await client.delete(me(event.slug))).status).toBe(204);
      expect((await client.get('/api/session')).json.account.email).toBe(account.email);
      expectProblem(await client.delete(me(event.slug)), 404, 'registration.not_found');
    });
  });
});
