import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import {
  buildEventInput,
  createTestAccount,
  createTestEvent,
  signedInClient,
  TEST_PASSWORD,
} from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { auditRowsAfter, lastAuditId, requestLinkToken } from '../../testing/records.js';

describe.each(BACKENDS)('audit log (%s)', (backend) => {
  let test: TestApp;
  const anonymous = () => new TestClient(test.app);

  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  /** Runs the write and returns the audit rows it left. */
  const auditOf = async (write: () => Promise<{ status: number }>, expectedStatus: number) => {
    const before = await lastAuditId(test.db);
    expect((await write()).status).toBe(expectedStatus);
    return auditRowsAfter(test.db, before);
  };

  describe('every write leaves one row naming the actor, the action and the entity', () => {
    it('event.created', async () => {
      const { client, account } = await signedInClient(test, { isAdmin: true });
      const input = buildEventInput();
      const rows = await auditOf(() => client.post('/api/events', input), 201);
      const event = (await anonymous().get(`/api/events/${input.slug}`)).json;
      expect(rows).toMatchObject([
        { action: 'event.created', actorId: account.id, entityType: 'event', entityId: event.id, eventId: event.id },
      ]);
    });

    it('event.updated, with only the fields that changed in the summary', async () => {
      const event = await createTestEvent(test.db);
      const { client, account } = await signedInClient(test, { eventId: event.id, roles: ['secretariat'] });
      // The venue and the mode are sent unchanged: the log must not claim they changed.
      const patch = { theme: { en: 'A new theme' }, venue: event.venue, mode: event.mode, rooms: event.rooms };
      const rows = await auditOf(() => client.patch(`/api/events/${event.slug}`, patch), 200);
      expect(rows).toMatchObject([
        { action: 'event.updated', actorId: account.id, entityType: 'event', entityId: event.id, eventId: event.id },
      ]);
      expect(rows[0]?.summary).toEqual({ changed: { theme: { en: 'A new theme' } }, replaced: ['rooms'] });
    });

    it('role.granted and role.revoked', async () => {
      const event = await createTestEvent(test.db);
      const { client, account } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
      const person = await createTestAccount(test.db);
      const url = `/api/events/${event.slug}/roles`;
      const granted = await auditOf(() => client.post(url, { email: person.email, role: 'delegate' }), 201);
      const revoked = await auditOf(() => client.delete(`${url}/${person.id}/delegate`), 204);
      const common = { actorId: account.id, entityType: 'account', entityId: person.id, eventId: event.id };
      expect(granted).toMatchObject([{ action: 'role.granted', summary: { role: 'delegate' }, ...common }]);
      expect(revoked).toMatchObject([{ action: 'role.revoked', summary: { role: 'delegate' }, ...common }]);
    });

    it('account.created before role.granted when the role brings a new account', async () => {
      const event = await createTestEvent(test.db);
      const { client } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
      const rows = await auditOf(
        () =>
          client.post(`/api/events/${event.slug}/roles`, { email: 'new@example.org', name: 'New', role: 'speaker' }),
        201,
      );
      expect(rows.map((r) => r.action)).toEqual(['account.created', 'role.granted']);
    });

    it('auth.signed_in by password and by link, and auth.signed_out', async () => {
      const account = await createTestAccount(test.db);
      const client = anonymous();
      const byPassword = await auditOf(
        () => client.post('/api/auth/password', { email: account.email, password: TEST_PASSWORD }),
        204,
      );
      const signedOut = await auditOf(() => client.post('/api/auth/sign-out'), 204);
      const token = await requestLinkToken(anonymous(), test.db, account.email);
      const byLink = await auditOf(() => anonymous().post('/api/auth/magic-link/consume', { token }), 204);
      const common = { actorId: account.id, entityType: 'account', entityId: account.id };
      expect(byPassword).toMatchObject([{ action: 'auth.signed_in', ...common }]);
      expect(signedOut).toMatchObject([{ action: 'auth.signed_out', ...common }]);
      expect(byLink).toMatchObject([{ action: 'auth.signed_in', ...common }]);
    });

    it('auth.magic_link_requested for a known address, nothing for an unknown one', async () => {
      const account = await createTestAccount(test.db);
      const known = await auditOf(() => anonymous().post('/api/auth/magic-link', { email: account.email }), 202);
      expect(known).toMatchObject([
        { action: 'auth.magic_link_requested', actorId: null, entityType: 'account', entityId: account.id },
      ]);
      const unknown = await auditOf(() => anonymous().post('/api/auth/magic-link', { email: 'x@example.org' }), 202);
      expect(unknown).toEqual([]);
    });

    it('account.updated naming the fields', async () => {
      const { client, account } = await signedInClient(test);
      const rows = await auditOf(() => client.patch('/api/me', { language: 'id' }), 204);
      expect(rows).toMatchObject([
        {
          action: 'account.updated',
          actorId: account.id,
          entityType: 'account',
          entityId: account.id,
          summary: { fields: ['language'] },
        },
      ]);
    });

    it('no row for a refused or failed write', async () => {
      const event = await createTestEvent(test.db);
      const { client } = await signedInClient(test, { eventId: event.id, roles: ['participant'] });
      expect(await auditOf(() => client.patch(`/api/events/${event.slug}`, { theme: { en: 'X' } }), 403)).toEqual([]);
      const wrongPassword = { email: 'someone@example.org', password: 'wrong' };
      expect(await auditOf(() => anonymous().post('/api/auth/password', wrongPassword), 401)).toEqual([]);
    });
  });

  describe('GET /api/events/:slug/audit', () => {
    it('refuses the anonymous with 401, the secretariat and a participant with 403', async () => {
      const event = await createTestEvent(test.db);
      const url = `/api/events/${event.slug}/audit`;
      expectProblem(await anonymous().get(url), 401, 'auth.required');
      for (const role of ['secretariat', 'participant'] as const) {
        const { client } = await signedInClient(test, { eventId: event.id, roles: [role] });
        expectProblem(await client.get(url), 403, 'auth.forbidden');
      }
    });

    it("shows the organizer the event's log, newest first, with the actor's name, paged by before", async () => {
      const event = await createTestEvent(test.db);
      const { client, account } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
      for (const theme of ['One', 'Two', 'Three']) {
        await client.patch(`/api/events/${event.slug}`, { theme: { en: theme } });
      }
      const url = `/api/events/${event.slug}/audit`;
      const all = await client.get(url);
      expect(all.status).toBe(200);
      const entries = all.json.entries;
      expect(entries.map((e: { action: string }) => e.action)).toEqual([
        'event.updated',
        'event.updated',
        'event.updated',
        'event.created',
      ]);
      expect(entries[0]).toMatchObject({
        actorId: account.id,
        actorName: account.name,
        summary: { changed: { theme: { en: 'Three' } } },
      });
      expect(entries[3]).toMatchObject({ actorId: null, actorName: null });

      const firstPage = (await client.get(`${url}?limit=2`)).json.entries;
      const secondPage = (await client.get(`${url}?limit=2&before=${firstPage[1].id}`)).json.entries;
      const thirdPage = (await client.get(`${url}?limit=2&before=${secondPage[1].id}`)).json.entries;
      expect([...firstPage, ...secondPage]).toEqual(entries);
      expect(thirdPage).toEqual([]);
    });

    it('refuses a malformed page cursor with 400', async () => {
      const event = await createTestEvent(test.db);
      const { client } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
      expectProblem(await client.get(`/api/events/${event.slug}/audit?before=abc`), 400, 'validation.failed');
    });
  });
});
