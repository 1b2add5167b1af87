import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestResponse } from '../../testing/client.js';
import { createInvitedDelegations } from '../../testing/delegations.js';
import { expectProblem } from '../../testing/expect.js';
import { buildEventInput, createTestAccount, createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { personalTokenOf } from '../../testing/registrants.js';
import { magicLinks } from './auth.tables.js';

type Mail = { to: string; subject: string; text: string; template: string };
const REDACTED = '[sign-in link, only for the recipient]';

describe.each(BACKENDS)('credentials are for their recipients only (%s)', (backend) => {
  let test: TestApp;
  let admin: { client: TestClient; account: { id: string; email: string } };
  beforeAll(async () => {
    test = await startTestApp(backend);
    admin = await signedInClient(test, { isAdmin: true });
  });
  afterAll(() => test.close());

  /** An event with its secretariat member, and another event the secretariat has nothing to do with. */
  const staffedEvent = async () => {
    const event = await createTestEvent(test.db, { invitedCountries: ['ID', 'FI'] });
    const other = await createTestEvent(test.db);
    const organizer = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
    const secretariat = await signedInClient(test, { eventId: event.id, roles: ['secretariat'] });
    return { event, other, organizer: organizer.client, secretariat: secretariat.client };
  };
  const eventMails = async (client: TestClient, slug: string): Promise<Mail[]> => {
    const response = await client.get(`/api/events/${slug}/outbox?limit=500`);
    expect(response.status).toBe(200);
    return response.json.mails;
  };
  const allMails = async (): Promise<Mail[]> => (await admin.client.get('/api/admin/outbox?limit=500')).json.mails;
  const mailTo = (mails: Mail[], to: string, template: string) => {
    const mail = mails.find((m) => m.to === to && m.template === template);
    if (!mail) throw new Error(`no ${template} mail to ${to}`);
    return mail;
  };
  const register = (client: TestClient, slug: string, email: string) =>
    client.post(`/api/events/${slug}/registrations`, {
      name: 'Someone Else',
      email,
      country: 'ID',
      organization: 'Kementerian Uji',
      sector: 'government',
      attendance: 'virtual',
      consent: true,
    });

  /** Whatever the client holds, it is nobody outside the registrant's own pages. */
  const expectNoPowers = async (client: TestClient, slug: string, otherSlug: string) => {
    expect((await client.get('/api/session')).json.account).toBeNull();
    const denied: [string, Promise<TestResponse>][] = [
      ['platform outbox', client.get('/api/admin/outbox')],
      ['event outbox', client.get(`/api/events/${slug}/outbox`)],
      ['registrations', client.get(`/api/events/${slug}/registrations`)],
      ['audit', client.get(`/api/events/${slug}/audit`)],
      ['roles', client.get(`/api/events/${slug}/roles`)],
      ['new event', client.post('/api/events', buildEventInput())],
      ['account', client.patch('/api/me', { name: 'Taken Over' })],
      ['agenda', client.get(`/api/events/${slug}/agenda`)],
      ['another event', client.get(`/api/events/${otherSlug}/registrations/me`)],
    ];
    for (const [what, pending] of denied) {
      const response = await pending;
      expect({ what, status: response.status }).toEqual({ what, status: 401 });
    }
  };

  describe('the event outbox', () => {
    it('shows staff that a link was sent, never the link; the platform outbox shows it to administrators', async () => {
      const { event, organizer, secretariat } = await staffedEvent();
      const registrant = 'reader-of-own-mail@example.org';
      expect((await register(new TestClient(test.app), event.slug, registrant)).status).toBe(201);
      const ids = await createInvitedDelegations(organizer, event.slug);
      const focal = 'new-focal-point@example.org';
      const invited = await secretariat.post(`/api/events/${event.slug}/delegations/${ids.FI}/focal-points`, {
        email: focal,
        name: 'New Focal Point',
      });
      expect(invited.status).toBe(201);

      for (const staff of [organizer, secretariat]) {
        const mails = await eventMails(staff, event.slug);
        expect(mails.length).toBeGreaterThanOrEqual(2);
        for (const mail of mails) expect(mail.text).not.toContain('token=');
        expect(mailTo(mails, registrant, 'registration_received').text).toContain(REDACTED);
        expect(mailTo(mails, focal, 'delegation_focal_point').text).toContain(REDACTED);
      }
      const full = await allMails();
      expect(mailTo(full, registrant, 'registration_received').text).toContain('/registration?token=');
      expect(mailTo(full, focal, 'delegation_focal_point').text).toContain('/sign-in/link?token=');
    });
  });

  describe('a secretariat member tries to become administrator', () => {
    it('by registering with the administrator’s address: the outbox hides the link, and the link opens that registration only', async () => {
      const { event, other, secretariat } = await staffedEvent();
      const created = await register(secretariat, event.slug, admin.account.email);
      expect(created.status).toBe(201);
      const seen = mailTo(await eventMails(secretariat, event.slug), admin.account.email, 'registration_received');
      expect(() => personalTokenOf(seen.text)).toThrow();

      // Even the real link, as the administrator's mailbox holds it, signs no one in as the administrator.
      const link = personalTokenOf(mailTo(await allMails(), admin.account.email, 'registration_received').text);
      const holder = new TestClient(test.app);
      expect((await holder.post(`/api/events/${event.slug}/registrations/link`, { token: link })).status).toBe(204);
      expect((await holder.get(`/api/events/${event.slug}/registrations/me`)).json).toMatchObject({
        id: created.json.id,
        email: admin.account.email,
      });
      await expectNoPowers(holder, event.slug, other.slug);
    });

    it('by naming the administrator a focal point: the invitation carries no credential at all', async () => {
      const { event, organizer, secretariat } = await staffedEvent();
      const ids = await createInvitedDelegations(organizer, event.slug);
      const invited = await secretariat.post(`/api/events/${event.slug}/delegations/${ids.ID}/focal-points`, {
        email: admin.account.email,
      });
      expect(invited.status).toBe(201);
      const notice = 'delegation_focal_point_notice';
      const seen = mailTo(await eventMails(secretariat, event.slug), admin.account.email, notice);
      const sent = mailTo(await allMails(), admin.account.email, notice);
      for (const mail of [seen, sent]) {
        expect(mail.text).not.toContain('token=');
        expect(mail.text).toContain(`http://pendopo.test/sign-in?next=%2Fevents%2F${event.slug}%2Fdelegation`);
      }
      const links = await test.db.select().from(magicLinks).where(eq(magicLinks.accountId, admin.account.id));
      expect(links).toEqual([]);
    });
  });

  describe('a registration’s session', () => {
    it('opens the registration of its own event only, and signs out', async () => {
      const { event, other } = await staffedEvent();
      const staff = await createTestAccount(test.db, { eventId: event.id, roles: ['organizer'] });
      expect((await register(new TestClient(test.app), event.slug, staff.email)).status).toBe(201);
      const link = personalTokenOf(mailTo(await allMails(), staff.email, 'registration_received').text);
      const holder = new TestClient(test.app);
      expectProblem(
        await holder.post(`/api/events/${other.slug}/registrations/link`, { token: link }),
        401,
        'registration.link_invalid',
      );
      expect((await holder.post(`/api/events/${event.slug}/registrations/link`, { token: link })).status).toBe(204);
      const session = (await holder.get('/api/session')).json;
      expect(session.account).toBeNull();
      expect(session.registration).toEqual({ eventSlug: event.slug, name: 'Someone Else' });
      await expectNoPowers(holder, event.slug, other.slug);
      expect((await holder.get(`/api/events/${event.slug}/registrations/me`)).status).toBe(200);
      expect((await holder.post('/api/auth/sign-out')).status).toBe(204);
      expectProblem(await holder.get(`/api/events/${event.slug}/registrations/me`), 401, 'auth.required');
    });
  });
});
