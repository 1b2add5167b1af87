import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBus } from '../../../core/bus/bus.js';
import { startMailSender } from '../../../core/mail/sender.js';
import { type TestClient as Client, TestClient } from '../../../testing/client.js';
import { expectProblem, fieldsOf } from '../../../testing/expect.js';
import { BACKENDS, type TestApp } from '../../../testing/harness.js';
import { insertRegistrationRows } from '../../../testing/registrations.js';
import { startTestSmtpServer } from '../../../testing/smtp.js';
import { registrations } from '../registration.tables.js';
import { startListWorld } from './list.fixture.js';

describe.each(BACKENDS)('the detail panel’s actions (%s)', (backend) => {
  let test: TestApp;
  let slug: string;
  let ids: Record<string, string>;
  let organizer: Client;
  let secretariat: Client;
  let strangers: [string, Client][];
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;

  beforeAll(async () => {
    ({ test, slug, ids, organizer, secretariat, strangers } = await startListWorld(backend));
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
    await test.close();
  });

  const base = (id: string) => `/api/events/${slug}/registrations/${id}`;
  const history = async (id: string) => (await organizer.get(`${base(id)}/history`)).json.entries;

  it('refuses the anonymous (401) and other roles (403) on every new route, and names nobody', async () => {
    const id = ids['ayu@kemlu.example'] ?? '';
    const calls: [string, (c: Client) => ReturnType<Client['get']>][] = [
      ['history', (c) => c.get(`${base(id)}/history`)],
      ['note', (c) => c.put(`${base(id)}/note`, { note: 'x' })],
      ['edit', (c) => c.patch(base(id), { organization: 'x' })],
      ['link', (c) => c.post(`${base(id)}/link`, {})],
      ['check-in', (c) => c.post(`${base(id)}/check-in`, {})],
    ];
    for (const [name, call] of calls) {
      for (const [who, client] of strangers) {
        const response = await call(client);
        if (who === 'anonymous') expectProblem(response, 401, 'auth.required');
        else expectProblem(response, 403, 'auth.forbidden');
        expect(response.body, `${who} ${name}`).not.toContain('Ayu');
      }
    }
    expect((await test.db.select().from(registrations).where(eq(registrations.id, id)))[0]?.staffNote).toBeNull();
  });

  describe('PUT /registrations/:id/note', () => {
    it('saves the private note for staff, audited without its words, and clears it when empty', async () => {
      const id = ids['budi@ui.example'] ?? '';
      const saved = await secretariat.put(`${base(id)}/note`, { note: '  Needs a wheelchair ramp  ' });
      expect(saved.status).toBe(200);
      expect(saved.json.staffNote).toBe('Needs a wheelchair ramp');
      expect((await organizer.get(base(id))).json.staffNote).toBe('Needs a wheelchair ramp');
      const [newest] = await history(id);
      expect(newest).toMatchObject({ action: 'registration.note_saved' });
      expect(newest.actorName).toBeTruthy();
      expect(JSON.stringify(newest)).not.toContain('wheelchair');
      const cleared = await organizer.put(`${base(id)}/note`, { note: '' });
      expect(cleared.json.staffNote).toBeNull();
      expect((await history(id))[0].action).toBe('registration.note_cleared');
    });

    it('refuses a note too long or an unknown field with problem+json naming the field', async () => {
      const id = ids['budi@ui.example'] ?? '';
      const long = await organizer.put(`${base(id)}/note`, { note: 'x'.repeat(2001) });
      expectProblem(long, 400, 'validation.failed');
      expect(fieldsOf(long)).toEqual(['note']);
      const extra = await organizer.put(`${base(id)}/note`, { note: 'ok', visible: true });
      expectProblem(extra, 400, 'validation.failed');
      expect(fieldsOf(extra)).toContain('visible');
    });

    it('answers 404 for an erased registration and one of another event', async () => {
      expectProblem(
        await organizer.put(`${base(ids['gone@example.org'] ?? '')}/note`, { note: 'x' }),
        404,
        'registration.not_found',
      );
      expectProblem(
        await organizer.put(`${base('00000000-0000-4000-8000-000000000000')}/note`, { note: 'x' }),
        404,
        'registration.not_found',
      );
    });
  });

  describe('PATCH /registrations/:id', () => {
    it('corrects fields; the history names the fields, not their values', async () => {
      const id = ids['chloe@press.example'] ?? '';
      const edited = await organizer.patch(base(id), { organization: 'Helsingin Sanomat', position: 'Editor' });
      expect(edited.status).toBe(200);
      expect(edited.json).toMatchObject({ organization: 'Helsingin Sanomat', position: 'Editor' });
      const [newest] = await history(id);
      expect(newest).toMatchObject({
        action: 'registration.edited',
        summary: { fields: ['organization', 'position'] },
      });
      expect(JSON.stringify(newest)).not.toContain('Sanomat');
    });

    it('refuses a bad country and a field staff may not change, naming the field', async () => {
      const id = ids['chloe@press.example'] ?? '';
      const country = await organizer.patch(base(id), { country: 'XX' });
      expectProblem(country, 400, 'validation.failed');
      expect(fieldsOf(country)).toEqual(['country']);
      const status = await organizer.patch(base(id), { status: 'confirmed' });
      expectProblem(status, 400, 'validation.failed');
      expect(fieldsOf(status)).toContain('status');
    });
  });

  describe('POST /registrations/:id/link', () => {
    it('mails a new link that works (a new key, so the old one stops) and never shows it to staff', async () => {
      const id = ids['dewi@example.org'] ?? '';
      await organizer.put(`${base(id)}/note`, { note: 'Staff only: seat near the door' });
      const [before] = await test.db.select().from(registrations).where(eq(registrations.id, id));
      const sent = await organizer.post(`${base(id)}/link`, {});
      expect(sent.status).toBe(200);
      expect(sent.json).toEqual({ mailedTo: 'dewi@example.org' });
      const sender = await startMailSender({
        db: test.db,
        bus: createMemoryBus(),
        smtpUrl: smtp.url,
        from: 'Pendopo <no-reply@pendopo.test>',
        log: test.app.log,
        pollMs: 3_600_000,
      });
      await sender.flush();
      await sender.stop();
      const mail = await smtp.waitForMailTo('dewi@example.org');
      expect(mail.subject).toContain('your new personal link');
      const token = decodeURIComponent(/\?token=([^\s]+)/.exec(mail.text)?.[1] ?? '');
      expect(token.length).toBeGreaterThan(20);
      // What staff can read of it: the answer, the record, its history, the event's outbox.
      for (const response of [
        sent,
        await organizer.get(base(id)),
        await organizer.get(`${base(id)}/history`),
        await organizer.get(`/api/events/${slug}/outbox`),
      ]) {
        expect(response.body).not.toContain(token);
        expect(response.body).not.toContain(encodeURIComponent(token));
      }
      expect((await history(id))[0].action).toBe('registration.link_resent');
      const [after] = await test.db.select().from(registrations).where(eq(registrations.id, id));
      expect(after?.linkKey).not.toBe(before?.linkKey);
      const registrant = new TestClient(test.app);
      const opened = await registrant.post(`/api/events/${slug}/registrations/link`, { token });
      expect(opened.status).toBe(204);
      // The registrant's own view and data download never carry the staff's note.
      for (const path of ['/registrations/me', '/registrations/me/export']) {
        const own = await registrant.get(`/api/events/${slug}${path}`);
        expect(own.status, path).toBe(200);
        expect(own.body).toContain('dewi@example.org');
        expect(own.body).not.toContain('Staff only');
      }
    });

    it('answers 404 for an erased registration, and a bad id with the field', async () => {
      expectProblem(
        await organizer.post(`${base(ids['gone@example.org'] ?? '')}/link`, {}),
        404,
        'registration.not_found',
      );
      const bad = await organizer.post(`${base('not-a-uuid')}/link`, {});
      expectProblem(bad, 400, 'validation.failed');
      expect(fieldsOf(bad)).toEqual(['id']);
    });
  });

  describe('POST /registrations/:id/check-in', () => {
    it('checks a confirmed in-person registrant in by hand, once, with the history saying so', async () => {
      const [eventRow] = await test.db
        .select()
        .from(registrations)
        .where(eq(registrations.id, ids['ayu@kemlu.example'] ?? ''));
      const [walkIn] = await insertRegistrationRows(test.db, eventRow?.eventId ?? '', [
        { name: 'Walk In', attendance: 'in_person', status: 'confirmed' },
      ]);
      const id = walkIn?.id ?? '';
      const first = await secretariat.post(`${base(id)}/check-in`, {});
      expect(first.status).toBe(200);
      expect(first.json).toMatchObject({ isRepeat: false, person: { registrationId: id, name: 'Walk In' } });
      expect((await organizer.get(base(id))).json.checkedInAt).toBe(first.json.checkedInAt);
      expect((await organizer.post(`${base(id)}/check-in`, {})).json.isRepeat).toBe(true);
      const [newest] = await history(id);
      expect(newest).toMatchObject({ action: 'registration.checked_in', summary: { isRepeat: true, isByHand: true } });
    });

    it('refuses one who is not confirmed or attends online, naming the field', async () => {
      const pending = await organizer.post(`${base(ids['ayu@kemlu.example'] ?? '')}/check-in`, {});
      expectProblem(pending, 409, 'check_in.not_confirmed');
      expect(fieldsOf(pending)).toEqual(['status']);
      const online = await organizer.post(`${base(ids['budi@ui.example'] ?? '')}/check-in`, {});
      expectProblem(online, 409, 'check_in.not_in_person');
      expect(fieldsOf(online)).toEqual(['attendance']);
    });
  });

  describe('GET /registrations/:id/history', () => {
    it('lists the record’s entries newest first, and only its own', async () => {
      const id = ids['eko@example.org'] ?? '';
      await organizer.put(`${base(id)}/note`, { note: 'first' });
      await organizer.patch(base(id), { organization: 'Second' });
      const entries = await history(id);
      expect(entries.map((e: { action: string }) => e.action)).toEqual([
        'registration.edited',
        'registration.note_saved',
      ]);
      expect(entries[0].id).toBeGreaterThan(entries[1].id);
    });
  });
});
