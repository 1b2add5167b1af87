import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_ROLES } from '../../../shared/auth.js';
import { EVENT_POLICY } from '../../../shared/policies.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { buildEventInput, createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';

const isAllowedToUpdate = (role: string) => (EVENT_POLICY.update.roles as readonly string[]).includes(role);

describe.each(BACKENDS)('events (%s)', (backend) => {
  let test: TestApp;
  let admin: TestClient;
  const anonymous = () => new TestClient(test.app);

  beforeAll(async () => {
    test = await startTestApp(backend);
    admin = (await signedInClient(test, { isAdmin: true })).client;
  });
  afterAll(() => test.close());

  describe('GET /api/events and GET /api/events/:slug', () => {
    it('lists events and shows one to anyone, with its rooms and themes', async () => {
      const event = await createTestEvent(test.db);
      const list = await anonymous().get('/api/events');
      expect(list.status).toBe(200);
      expect(list.json.events.map((e: { slug: string }) => e.slug)).toContain(event.slug);

      const one = await anonymous().get(`/api/events/${event.slug}`);
      expect(one.status).toBe(200);
      expect(one.json).toMatchObject({
        slug: event.slug,
        name: { en: 'Test Conference', id: 'Konferensi Uji' },
        timeZone: 'Asia/Makassar',
        startsAt: '2030-03-01T01:00:00.000Z',
        rooms: [{ name: { en: 'Plenary' }, capacity: 100 }],
        statementThemes: [{ title: { en: 'Theme one' } }],
      });
    });

    it('answers an unknown slug with 404 event.not_found', async () => {
      expectProblem(await anonymous().get('/api/events/no-such-event'), 404, 'event.not_found');
    });
  });

  describe('POST /api/events', () => {
    it('refuses the anonymous with 401', async () => {
      expectProblem(await anonymous().post('/api/events', buildEventInput()), 401, 'auth.required');
    });

    it('refuses a signed-in person who is not a platform administrator with 403, even an organizer', async () => {
      const other = await createTestEvent(test.db);
      const { client } = await signedInClient(test, { eventId: other.id, roles: ['organizer'] });
      const input = buildEventInput();
      expectProblem(await client.post('/api/events', input), 403, 'auth.forbidden');
      expectProblem(await anonymous().get(`/api/events/${input.slug}`), 404, 'event.not_found');
    });

    it('refuses bad input with 400 naming the field', async () => {
      const response = await admin.post(
        '/api/events',
        buildEventInput({ venue: { name: 'Hall', city: '', country: 'Indonesia' } }),
      );
      expectProblem(response, 400, 'validation.failed');
      expect(fieldsOf(response)).toContain('venue.country');
    });

    it('refuses an event that ends before it starts with 400 naming endsAt', async () => {
      const response = await admin.post(
        '/api/events',
        buildEventInput({ startsAt: '2030-03-02T09:00:00+08:00', endsAt: '2030-03-01T09:00:00+08:00' }),
      );
      expectProblem(response, 400, 'validation.failed');
      expect(fieldsOf(response)).toEqual(['endsAt']);
    });

    it('refuses a slug in use with 409 event.slug_taken naming slug', async () => {
      const event = await createTestEvent(test.db);
      const response = await admin.post('/api/events', buildEventInput({ slug: event.slug }));
      expectProblem(response, 409, 'event.slug_taken');
      expect(fieldsOf(response)).toEqual(['slug']);
    });

    it('creates the event for an administrator, who becomes its organizer', async () => {
      const { client } = await signedInClient(test, { isAdmin: true });
      const input = buildEventInput({
        rooms: [
          { name: { en: 'A' }, capacity: 10 },
          { name: { en: 'B' }, capacity: 20 },
        ],
      });
      const response = await client.post('/api/events', input);
      expect(response.status).toBe(201);
      expect(response.json).toMatchObject({ slug: input.slug, name: input.name, mode: 'hybrid' });
      expect(response.json.rooms.map((r: { name: { en: string } }) => r.name.en)).toEqual(['A', 'B']);
      const session = await client.get('/api/session');
      expect(session.json.account.roles).toEqual([{ eventSlug: input.slug, role: 'organizer', delegationId: null }]);
      expect((await anonymous().get(`/api/events/${input.slug}`)).status).toBe(200);
    });
  });

  describe('PATCH /api/events/:slug', () => {
    const themeOf = async (slug: string) => (await anonymous().get(`/api/events/${slug}`)).json.theme;

    it('refuses the anonymous with 401 and changes nothing', async () => {
      const event = await createTestEvent(test.db);
      expectProblem(await anonymous().patch(`/api/events/${event.slug}`, { theme: { en: 'X' } }), 401, 'auth.required');
      expect(await themeOf(event.slug)).toEqual(event.theme);
    });

    it.each(EVENT_ROLES.map((role) => [role, isAllowedToUpdate(role)] as const))(
      'for %s follows the policy (allowed: %s)',
      async (role, isAllowed) => {
        const event = await createTestEvent(test.db);
        const { client } = await signedInClient(test, { eventId: event.id, roles: [role] });
        const response = await client.patch(`/api/events/${event.slug}`, { theme: { en: `Edited by ${role}` } });
        if (isAllowed) {
          expect(response.status).toBe(200);
          expect(response.json.theme).toEqual({ en: `Edited by ${role}` });
          expect(await themeOf(event.slug)).toEqual({ en: `Edited by ${role}` });
        } else {
          expectProblem(response, 403, 'auth.forbidden');
          expect(await themeOf(event.slug)).toEqual(event.theme);
        }
      },
    );

    it('names exactly organizer and secretariat as the roles that may edit', () => {
      expect(EVENT_ROLES.filter(isAllowedToUpdate)).toEqual(['organizer', 'secretariat']);
    });

    it('refuses the organizer of another event with 403', async () => {
      const mine = await createTestEvent(test.db);
      const theirs = await createTestEvent(test.db);
      const { client } = await signedInClient(test, { eventId: mine.id, roles: ['organizer'] });
      expectProblem(await client.patch(`/api/events/${theirs.slug}`, { theme: { en: 'X' } }), 403, 'auth.forbidden');
      expect(await themeOf(theirs.slug)).toEqual(theirs.theme);
    });

    it('answers an unknown slug with 404', async () => {
      expectProblem(await admin.patch('/api/events/no-such-event', { theme: { en: 'X' } }), 404, 'event.not_found');
    });

    it('refuses an end before the start with 400 naming endsAt, whether or not the start is sent', async () => {
      const event = await createTestEvent(test.db);
      const both = await admin.patch(`/api/events/${event.slug}`, {
        startsAt: '2030-03-02T09:00:00+08:00',
        endsAt: '2030-03-02T08:00:00+08:00',
      });
      expectProblem(both, 400, 'validation.failed');
      expect(fieldsOf(both)).toEqual(['endsAt']);
      const endOnly = await admin.patch(`/api/events/${event.slug}`, { endsAt: '2030-02-28T09:00:00+08:00' });
      expectProblem(endOnly, 400, 'validation.failed');
      expect(fieldsOf(endOnly)).toEqual(['endsAt']);
      const after = (await anonymous().get(`/api/events/${event.slug}`)).json;
      expect([after.startsAt, after.endsAt]).toEqual([event.startsAt, event.endsAt]);
    });

    it('replaces the lists: kept items keep their id, new ones are added, left-out ones removed', async () => {
      const event = await createTestEvent(test.db, {
        rooms: [
          { name: { en: 'A' }, capacity: 10 },
          { name: { en: 'B' }, capacity: 20 },
        ],
        statementThemes: [{ title: { en: 'T1' } }, { title: { en: 'T2' } }],
      });
      const [roomA, roomB] = event.rooms;
      const response = await admin.patch(`/api/events/${event.slug}`, {
        rooms: [
          { name: { en: 'C' }, capacity: 5 },
          { id: roomB?.id, name: { en: 'B renamed' }, capacity: 25 },
        ],
        statementThemes: [],
      });
      expect(response.status).toBe(200);
      const after = (await anonymous().get(`/api/events/${event.slug}`)).json;
      expect(after.rooms).toEqual([
        { id: expect.any(String), name: { en: 'C' }, capacity: 5 },
        { id: roomB?.id, name: { en: 'B renamed' }, capacity: 25 },
      ]);
      expect(after.rooms.map((r: { id: string }) => r.id)).not.toContain(roomA?.id);
      expect(after.statementThemes).toEqual([]);
      expect(after.focusAreas).toEqual(event.focusAreas);
    });

    it('refuses an item listed twice with 400 naming the second, and keeps the list', async () => {
      const event = await createTestEvent(test.db, {
        rooms: [
          { name: { en: 'A' }, capacity: 10 },
          { name: { en: 'B' }, capacity: 20 },
        ],
      });
      const roomA = event.rooms[0];
      const response = await admin.patch(`/api/events/${event.slug}`, {
        rooms: [
          { id: roomA?.id, name: { en: 'A1' }, capacity: 1 },
          { id: roomA?.id, name: { en: 'A2' }, capacity: 2 },
        ],
      });
      expectProblem(response, 400, 'validation.failed');
      expect(fieldsOf(response)).toEqual(['rooms.1.id']);
      expect((await anonymous().get(`/api/events/${event.slug}`)).json.rooms).toEqual(event.rooms);
    });
  });
});
