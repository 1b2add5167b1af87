import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { createTestAccount, createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, openTestBus, startTestApp, type TestApp } from '../../testing/harness.js';
import { linkTokenOf, makeMailDue, outboxRow, outboxTo } from '../../testing/records.js';
import { closedSmtpUrl, startTestSmtpServer } from '../../testing/smtp.js';
import { magicLinkMail } from '../auth/auth.mails.js';
import { createMemoryBus } from '../bus/bus.js';
import { enqueueMail } from './outbox.js';
import { type MailSender, startMailSender } from './sender.js';

describe.each(BACKENDS)('mail (%s)', (backend) => {
  let test: TestApp;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  const stops: (() => Promise<void>)[] = [];
  const anonymous = () => new TestClient(test.app);

  beforeAll(async () => {
    test = await startTestApp(backend);
    smtp = await startTestSmtpServer();
  });
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
    smtp.state.isRefusing = false;
  });
  afterAll(async () => {
    await smtp.close();
    await test.close();
  });

  /** A sender driven only by flush(): its own quiet bus, and no polling within the test. */
  const sender = async (smtpUrl = smtp.url): Promise<MailSender> => {
    const started = await startMailSender({
      db: test.db,
      bus: createMemoryBus(),
      smtpUrl,
      from: 'Pendopo <no-reply@pendopo.test>',
      log: test.app.log,
      pollMs: 3_600_000,
    });
    stops.push(started.stop);
    return started;
  };

  /** A person asks for a sign-in link; returns the queued mail's row. */
  const queueLink = async (email: string) => {
    await anonymous().post('/api/auth/magic-link', { email });
    const row = (await outboxTo(test.db, email)).at(-1);
    if (!row) throw new Error('nothing queued');
    return row;
  };

  describe('the outbox', () => {
    it("queues a mail per message, in the account's language", async () => {
      const { client, account } = await signedInClient(test);
      await client.patch('/api/me', { language: 'id' });
      const english = await createTestAccount(test.db);
      const indonesian = await queueLink(account.email);
      expect(indonesian).toMatchObject({ template: 'magic_link', language: 'id', status: 'pending', attempts: 0 });
      expect(indonesian.subject).toBe('Tautan masuk Pendopo Anda');
      expect(indonesian.textBody).toContain(`Halo ${account.name}`);
      expect((await queueLink(english.email)).subject).toBe('Your Pendopo sign-in link');
      expect(await outboxTo(test.db, account.email)).toHaveLength(1);
    });
  });

  describe('delivery over SMTP', () => {
    it('delivers to the recipient with the subject and a working link, and marks the mail sent', async () => {
      const account = await createTestAccount(test.db);
      const queued = await queueLink(account.email);
      await (await sender()).flush();
      const mail = await smtp.waitForMailTo(account.email);
      expect(mail.subject).toBe('Your Pendopo sign-in link');
      const token = linkTokenOf(mail.text);
      expect(mail.text).toContain(`http://pendopo.test/sign-in/link?token=${token}`);
      // A template that writes only text gets an HTML part from core: its language, its link as a link.
      expect(mail.html).toContain('<html lang="en">');
      expect(mail.html).toContain(`<a href="http://pendopo.test/sign-in/link?token=${token}">`);
      const row = await outboxRow(test.db, queued.id);
      expect(row.status).toBe('sent');
      expect(row.sentAt).not.toBeNull();
      // The link that arrived is the one that signs the person in.
      const client = anonymous();
      expect((await client.post('/api/auth/magic-link/consume', { token })).status).toBe(204);
      expect((await client.get('/api/session')).json.account.id).toBe(account.id);
    });

    it('keeps a refused mail pending with the error, and delivers it once the retry is due', async () => {
      const account = await createTestAccount(test.db);
      const queued = await queueLink(account.email);
      const mailSender = await sender();
      smtp.state.isRefusing = true;
      await mailSender.flush();
      const failed = await outboxRow(test.db, queued.id);
      expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
      expect(failed.lastError).toMatch(/550|unavailable/i);
      expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

      smtp.state.isRefusing = false;
      await mailSender.flush();
      expect(smtp.received.some((m) => m.to.includes(account.email))).toBe(false);
      await makeMailDue(test.db, queued.id);
      await mailSender.flush();
      expect((await smtp.waitForMailTo(account.email)).subject).toBe('Your Pendopo sign-in link');
      expect(await outboxRow(test.db, queued.id)).toMatchObject({ status: 'sent', lastError: null });
    });

    it('keeps the mail pending when no SMTP server answers', async () => {
      const account = await createTestAccount(test.db);
      const queued = await queueLink(account.email);
      await (await sender(await closedSmtpUrl())).flush();
      const failed = await outboxRow(test.db, queued.id);
      expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
      expect(failed.lastError).toMatch(/ECONNREFUSED/);
      await makeMailDue(test.db, queued.id);
      await (await sender()).flush();
      await smtp.waitForMailTo(account.email);
      expect((await outboxRow(test.db, queued.id)).status).toBe('sent');
    });

    it('sends a queued mail without waiting for the poll: the bus tells the sender (on another node with Redis)', async () => {
      // With Redis the sender stands on a node of its own; the memory bus reaches only its own process.
      const isOtherNode = test.bus.kind === 'redis';
      const senderBus = isOtherNode ? await openTestBus(backend) : test.bus;
      const started = await startMailSender({
        db: test.db,
        bus: senderBus,
        smtpUrl: smtp.url,
        from: 'Pendopo <no-reply@pendopo.test>',
        log: test.app.log,
        pollMs: 3_600_000,
      });
      stops.push(async () => {
        await started.stop();
        if (isOtherNode) await senderBus.close();
      });
      const account = await createTestAccount(test.db);
      await anonymous().post('/api/auth/magic-link', { email: account.email });
      expect((await smtp.waitForMailTo(account.email)).subject).toBe('Your Pendopo sign-in link');
    });
  });

  describe('GET /api/events/:slug/outbox', () => {
    it('shows the organizer and the secretariat the mails of their event only; 401 and 403 for others', async () => {
      const event = await createTestEvent(test.db);
      const other = await createTestEvent(test.db);
      const params = { name: 'Guest', link: 'http://pendopo.test/x', minutes: 30 };
      await enqueueMail(test.db, {
        to: 'a@example.org',
        template: magicLinkMail,
        language: 'en',
        params,
        eventId: event.id,
      });
      await enqueueMail(test.db, {
        to: 'b@example.org',
        template: magicLinkMail,
        language: 'en',
        params,
        eventId: other.id,
      });
      const url = `/api/events/${event.slug}/outbox`;
      expectProblem(await anonymous().get(url), 401, 'auth.required');
      const participant = await signedInClient(test, { eventId: event.id, roles: ['participant'] });
      expectProblem(await participant.client.get(url), 403, 'auth.forbidden');
      for (const role of ['organizer', 'secretariat'] as const) {
        const { client } = await signedInClient(test, { eventId: event.id, roles: [role] });
        const response = await client.get(url);
        expect(response.status).toBe(200);
        expect(response.json.mails.map((m: { to: string }) => m.to)).toEqual(['a@example.org']);
      }
    });
  });

  describe('GET /api/admin/outbox', () => {
    it('shows every mail to platform administrators only', async () => {
      const account = await createTestAccount(test.db);
      const queued = await queueLink(account.email);
      expectProblem(await anonymous().get('/api/admin/outbox'), 401, 'auth.required');
      const event = await createTestEvent(test.db);
      const organizer = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
      expectProblem(await organizer.client.get('/api/admin/outbox'), 403, 'auth.forbidden');
      const admin = await signedInClient(test, { isAdmin: true });
      const response = await admin.client.get('/api/admin/outbox?limit=500');
      expect(response.status).toBe(200);
      expect(response.json.mails).toContainEqual(
        expect.objectContaining({ id: queued.id, to: account.email, template: 'magic_link', status: 'pending' }),
      );
    });
  });
});
