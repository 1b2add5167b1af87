import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryBus } from '../../core/bus/bus.js';
import { startMailSender } from '../../core/mail/sender.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { createTestAccount, createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { startTestSmtpServer } from '../../testing/smtp.js';

type Event = Awaited<ReturnType<typeof createTestEvent>>;

describe.each(BACKENDS)('event roles (%s)', (backend) => {
  let test: TestApp;
  let event: Event;
  let organizer: TestClient;
  let organizerId: string;
  let secretariat: TestClient;
  const anonymous = () => new TestClient(test.app);
  const rolesUrl = () => `/api/events/${event.slug}/roles`;

  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  beforeEach(async () => {
    event = await createTestEvent(test.db);
    const signedIn = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
    organizer = signedIn.client;
    organizerId = signedIn.account.id;
    secretariat = (await signedInClient(test, { eventId: event.id, roles: ['secretariat'] })).client;
  });
  afterAll(() => test.close());

  describe('GET /api/events/:slug/roles', () => {
    it('refuses the anonymous with 401 and the secretariat with 403', async () => {
      expectProblem(await anonymous().get(rolesUrl()), 401, 'auth.required');
      expectProblem(await secretariat.get(rolesUrl()), 403, 'auth.forbidden');
    });

    it('answers an unknown event with 404 to an administrator, 403 to the organizer of another', async () => {
      const { client: admin } = await signedInClient(test, { isAdmin: true });
      expectProblem(await admin.get('/api/events/no-such-event/roles'), 404, 'event.not_found');
      expectProblem(await organizer.get('/api/events/no-such-event/roles'), 403, 'auth.forbidden');
    });

    it('lists who holds which role for the organizer', async () => {
      const response = await organizer.get(rolesUrl());
      expect(response.status).toBe(200);
      expect(response.json.roles.map((r: { role: string }) => r.role).sort()).toEqual(['organizer', 'secretariat']);
    });

    it('names the delegation a focal point serves', async () => {
      const delegation = await organizer.post(`/api/events/${event.slug}/delegations`, {
        kind: 'country',
        country: 'FJ',
      });
      expect(delegation.status, delegation.body).toBe(201);
      const invited = await organizer.post(`/api/events/${event.slug}/delegations/${delegation.json.id}/focal-points`, {
        email: 'focal@example.org',
        name: 'Sione Vula',
      });
      expect(invited.status, invited.body).toBe(201);
      const roles = (await organizer.get(rolesUrl())).json.roles;
      expect(roles).toContainEqual(
        expect.objectContaining({ name: 'Sione Vula', role: 'focal_point', delegationId: delegation.json.id }),
      );
      expect(roles.find((r: { role: string }) => r.role === 'organizer').delegationId).toBeNull();
    });
  });

  describe('POST /api/events/:slug/roles', () => {
    it('refuses the anonymous with 401 and the secretariat with 403, granting nothing', async () => {
      const person = await createTestAccount(test.db);
      const grant = { email: person.email, role: 'moderator' };
      expectProblem(await anonymous().post(rolesUrl(), grant), 401, 'auth.required');
      expectProblem(await secretariat.post(rolesUrl(), grant), 403, 'auth.forbidden');
      const roles = (await organizer.get(rolesUrl())).json.roles;
      expect(roles.map((r: { email: string }) => r.email)).not.toContain(person.email);
    });

    it('refuses an unknown role with 400 naming role', async () => {
      const response = await organizer.post(rolesUrl(), { email: 'a@example.org', role: 'king' });
      expectProblem(response, 400, 'validation.failed');
      expect(fieldsOf(response)).toContain('role');
    });

    it('asks for the name of a person with no account yet: 400 role.name_required naming name', async () => {
      const response = await organizer.post(rolesUrl(), { email: 'new-person@example.org', role: 'speaker' });
      expectProblem(response, 400, 'role.name_required');
      expect(fieldsOf(response)).toEqual(['name']);
    });

    it('gives an existing account the role: 201, and the person now holds it', async () => {
      const { client, account } = await signedInClient(test);
      const response = await organizer.post(rolesUrl(), { email: account.email.toUpperCase(), role: 'secretariat' });
      expect(response.status).toBe(201);
      expect(response.json).toEqual({
        accountId: account.id,
        email: account.email,
        name: account.name,
        role: 'secretariat',
        delegationId: null,
      });
      const session = await client.get('/api/session');
      expect(session.json.account.roles).toEqual([{ eventSlug: event.slug, role: 'secretariat', delegationId: null }]);
      // The role works: a secretariat may edit the event.
      expect(
        (await client.patch(`/api/events/${event.slug}`, { theme: { en: 'By the new secretariat' } })).status,
      ).toBe(200);
    });

    it('creates the account of a new person given a name', async () => {
      const response = await organizer.post(rolesUrl(), {
        email: 'Ayu@Example.org',
        name: 'Ayu Utami',
        role: 'speaker',
      });
      expect(response.status).toBe(201);
      expect(response.json).toMatchObject({ email: 'ayu@example.org', name: 'Ayu Utami', role: 'speaker' });
      const roles = (await organizer.get(rolesUrl())).json.roles;
      expect(roles).toContainEqual(response.json);
    });
  });

  describe('the mail to the person granted', () => {
    it('tells them over SMTP, in their language, what the role is for and where to sign in, with no credential', async () => {
      const smtp = await startTestSmtpServer();
      const sender = await startMailSender({
        db: test.db,
        bus: createMemoryBus(),
        smtpUrl: smtp.url,
        from: 'Pendopo <no-reply@pendopo.test>',
        log: test.app.log,
        pollMs: 3_600_000,
      });
      try {
        const { client, account } = await signedInClient(test);
        await client.patch('/api/me', { language: 'id' });
        expect((await organizer.post(rolesUrl(), { email: account.email, role: 'secretariat' })).status).toBe(201);
        await sender.flush();
        const mail = await smtp.waitForMailTo(account.email);
        expect(mail.subject).toBe('Konferensi Uji: Anda sekarang menjadi anggota sekretariat');
        expect(mail.text).toContain(`Halo ${account.name}`);
        expect(mail.text).toContain('Anda menangani pendaftaran, program, delegasi, dan surel acara.');
        const signInPage = `http://pendopo.test/sign-in?next=${encodeURIComponent(`/events/${event.slug}/manage`)}`;
        expect(mail.text).toContain(signInPage);
        // The organizer typed the address: the mail carries no way in by itself.
        expect(mail.text).not.toMatch(/token=|\/sign-in\/link/);
      } finally {
        await sender.stop();
        await smtp.close();
      }
    });
  });

  describe('DELETE /api/events/:slug/roles/:accountId/:role', () => {
    it("never takes the last organizer's role: 409 role.last_organizer, and they keep it", async () => {
      const own = `${rolesUrl()}/${organizerId}/organizer`;
      expectProblem(await organizer.delete(own), 409, 'role.last_organizer');
      const { client: admin } = await signedInClient(test, { isAdmin: true });
      expectProblem(await admin.delete(own), 409, 'role.last_organizer');
      const roles = (await organizer.get(rolesUrl())).json.roles;
      expect(roles.filter((r: { role: string }) => r.role === 'organizer')).toHaveLength(1);
    });

    it('lets an organizer step down once another holds the role', async () => {
      const other = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
      expect((await other.client.delete(`${rolesUrl()}/${organizerId}/organizer`)).status).toBe(204);
      expectProblem(
        await other.client.delete(`${rolesUrl()}/${other.account.id}/organizer`),
        409,
        'role.last_organizer',
      );
    });

    const grantedPerson = async () => {
      const signedIn = await signedInClient(test, { eventId: event.id, roles: ['moderator'] });
      return { ...signedIn, url: `${rolesUrl()}/${signedIn.account.id}/moderator` };
    };

    it('refuses the anonymous with 401 and the secretariat with 403, taking nothing away', async () => {
      const { client, url } = await grantedPerson();
      expectProblem(await anonymous().delete(url), 401, 'auth.required');
      expectProblem(await secretariat.delete(url), 403, 'auth.forbidden');
      expect((await client.get('/api/session')).json.account.roles).toEqual([
        { eventSlug: event.slug, role: 'moderator', delegationId: null },
      ]);
    });

    it('refuses a malformed account id or role with 400', async () => {
      expectProblem(await organizer.delete(`${rolesUrl()}/not-a-uuid/moderator`), 400, 'validation.failed');
      const { account } = await grantedPerson();
      expectProblem(await organizer.delete(`${rolesUrl()}/${account.id}/king`), 400, 'validation.failed');
    });

    it('takes the role away: 204, and the person no longer holds it', async () => {
      const { client, url } = await grantedPerson();
      expect((await organizer.delete(url)).status).toBe(204);
      expect((await client.get('/api/session')).json.account.roles).toEqual([]);
    });

    it('answers a role the person does not hold with 404 role.not_found', async () => {
      const { account } = await grantedPerson();
      expectProblem(await organizer.delete(`${rolesUrl()}/${account.id}/speaker`), 404, 'role.not_found');
    });

    it('answers an unknown event with 404 event.not_found to an administrator, 403 to an organizer', async () => {
      const { account } = await grantedPerson();
      const { client: admin } = await signedInClient(test, { isAdmin: true });
      const url = `/api/events/no-such-event/roles/${account.id}/moderator`;
      expectProblem(await admin.delete(url), 404, 'event.not_found');
      expectProblem(await organizer.delete(url), 403, 'auth.forbidden');
    });
  });
});
