import { spawnSync } from 'node:child_process';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/text.js';
import { createMemoryBus } from '../../core/bus/bus.js';
import { type MailSender, startMailSender } from '../../core/mail/sender.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { buildRegistration, createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { personalTokenOf, registerVisitor, registrantClient } from '../../testing/registrants.js';
import { type ReceivedMail, startTestSmtpServer } from '../../testing/smtp.js';

/** Does /usr/bin/python3 have the icalendar package, to check our .ics with a second reader? */
const hasPythonIcalendar = spawnSync('/usr/bin/python3', ['-c', 'import icalendar']).status === 0;
if (!hasPythonIcalendar) console.warn('Skipping the Python icalendar check: /usr/bin/python3 cannot import icalendar.');

// A name that would run as script if the HTML part did not escape it.
const HOSTILE = 'Ayu <script>alert(1)</script> & Co';

/** What each language's mails say, as a reader finds it. */
const WORDS = {
  en: {
    received: 'Your registration for Test Conference',
    confirmed: 'Test Conference: your place is confirmed',
    changed: 'Test Conference: your registration has changed',
    cancelled: 'Test Conference: your registration is cancelled',
    eventTime: 'When (event time, Asia/Makassar): 1 March 2030, 09:00–17:00',
    readerTime: 'Your time (Europe/Helsinki): 1 March 2030, 03:00–11:00',
    utc: 'UTC: 1 March 2030, 01:00–09:00',
    venue: 'Where: Hall, Denpasar, Indonesia',
    online: 'Where: Online: http://pendopo.test/events/',
    inPerson: 'Attendance: In person',
    virtual: 'Attendance: Online',
    waitlisted: 'Status: On the waiting list, number 2',
    badgeReady: 'Your badge is ready',
    badgeLater: 'Your badge will be ready to download once the secretariat confirms your place',
    badgeWaiting: 'Your badge will be ready to download as soon as a place frees',
    badge: /badge/i,
    note: 'Note from the secretariat: Bring your press card.',
    reason: 'Reason: Seats are kept for delegations.',
    anyReason: 'Reason:',
    followOnline: 'Test Conference can also be followed online, by anyone',
    cancelledByYou: 'As you asked, your registration for Test Conference is cancelled.',
  },
  id: {
    received: 'Pendaftaran Anda untuk Konferensi Uji',
    confirmed: 'Konferensi Uji: tempat Anda sudah dikonfirmasi',
    changed: 'Konferensi Uji: pendaftaran Anda berubah',
    cancelled: 'Konferensi Uji: pendaftaran Anda dibatalkan',
    eventTime: 'Waktu (waktu acara, Asia/Makassar): 1 Maret 2030 09.00–17.00',
    readerTime: 'Waktu Anda (Europe/Helsinki): 1 Maret 2030 03.00–11.00',
    utc: 'UTC: 1 Maret 2030 01.00–09.00',
    venue: 'Tempat: Hall, Denpasar, Indonesia',
    online: 'Tempat: Daring: http://pendopo.test/events/',
    inPerson: 'Kehadiran: Langsung di tempat',
    virtual: 'Kehadiran: Daring',
    waitlisted: 'Status: Dalam daftar tunggu, nomor 2',
    badgeReady: 'Tanda pengenal Anda sudah siap',
    badgeLater: 'Tanda pengenal Anda dapat diunduh setelah sekretariat mengonfirmasi tempat Anda',
    badgeWaiting: 'Tanda pengenal Anda dapat diunduh segera setelah ada tempat untuk Anda',
    badge: /tanda pengenal|badge/i,
    note: 'Catatan dari sekretariat: Bring your press card.',
    reason: 'Alasan: Seats are kept for delegations.',
    anyReason: 'Alasan:',
    followOnline: 'Konferensi Uji juga dapat diikuti secara daring oleh siapa pun',
    cancelledByYou: 'Sesuai permintaan Anda, pendaftaran Anda untuk Konferensi Uji telah dibatalkan.',
  },
} satisfies Record<Language, Record<string, string | RegExp>>;

const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input']);

/** The HTML part is one well-formed document: a doctype, <html lang>, a title, every tag closed in order. */
function expectWellFormedHtml(html: string, language: Language) {
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).toContain(`<html lang="${language}">`);
  expect(html).toMatch(/<title>[^<]+<\/title>/);
  const open: string[] = [];
  for (const [, closing, name] of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const tag = (name ?? '').toLowerCase();
    if (VOID.has(tag)) continue;
    if (closing) expect(open.pop(), `</${tag}>`).toBe(tag);
    else open.push(tag);
  }
  expect(open).toEqual([]);
}

/** The .ics read by ical.js (and by Python's icalendar when it is there): one event, in UTC. */
function readCalendar(mail: ReceivedMail) {
  const [file] = mail.attachments;
  expect(mail.attachments).toHaveLength(1);
  expect(file?.filename).toMatch(/\.ics$/);
  expect(file?.contentType).toMatch(/^text\/calendar/);
  const content = file?.content ?? '';
  // Every line ends with CRLF and none is longer than 75 octets.
  for (const line of content.split('\r\n').slice(0, -1)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(content.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const [event] = new ICAL.Component(ICAL.parse(content)).getAllSubcomponents('vevent');
  if (!event) throw new Error('no VEVENT');
  const value = (name: string) => event.getFirstPropertyValue(name);
  return {
    uid: String(value('uid')),
    dtstamp: value('dtstamp'),
    start: (value('dtstart') as ICAL.Time).toJSDate().toISOString(),
    end: (value('dtend') as ICAL.Time).toJSDate().toISOString(),
    isUtc: (value('dtstart') as ICAL.Time).zone?.tzid === 'UTC',
    summary: value('summary'),
    location: value('location'),
    url: value('url'),
    content,
  };
}

/** Python's icalendar, a second reader: the event's UID, start and place as it reads them. */
function readWithPython(content: string): string {
  const script = [
    'import sys, icalendar',
    'event = icalendar.Calendar.from_ical(sys.stdin.read()).walk("VEVENT")[0]',
    'print(event["UID"], event.decoded("DTSTART").isoformat(), event["LOCATION"], sep="|")',
  ].join('\n');
  const python = spawnSync('/usr/bin/python3', ['-c', script], { input: content, encoding: 'utf8' });
  expect(python.stderr).toBe('');
  return python.stdout.trim();
}

describe.each(BACKENDS)('registration mails over SMTP (%s)', (backend) => {
  let test: TestApp;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  let sender: MailSender;

  beforeAll(async () => {
    test = await startTestApp(backend);
    smtp = await startTestSmtpServer();
    sender = await startMailSender({
      db: test.db,
      bus: createMemoryBus(),
      smtpUrl: smtp.url,
      from: 'Pendopo <no-reply@pendopo.test>',
      log: test.app.log,
      pollMs: 3_600_000,
    });
  });
  afterAll(async () => {
    await sender.stop();
    await smtp.close();
    await test.close();
  });

  /** Every mail the address received, oldest first, once what is queued is sent. */
  const delivered = async (address: string) => {
    await sender.flush();
    return smtp.received.filter((m) => m.to.includes(address));
  };
  const newestTo = async (address: string) => {
    const mail = (await delivered(address)).at(-1);
    if (!mail) throw new Error(`no mail to ${address}`);
    return mail;
  };
  const eventWith = (places: number) =>
    createTestEvent(test.db, { rooms: [{ name: { en: 'Plenary' }, capacity: places }] });
  const decide = async (eventId: string, slug: string, body: object) => {
    const { client } = await signedInClient(test, { eventId, roles: ['secretariat'] });
    const response = await client.post(`/api/events/${slug}/registrations/decisions`, body);
    if (response.status !== 200) throw new Error(response.body);
    return client;
  };

  it('refuses a time zone that is not an IANA zone, naming the field', async () => {
    const event = await eventWith(10);
    const body = buildRegistration({ timeZone: 'Mars/Olympus_Mons' });
    const response = await new TestClient(test.app).post(`/api/events/${event.slug}/registrations`, body);
    expectProblem(response, 400, 'validation.failed');
    expect(response.body).toContain('timeZone');
  });

  describe.each(['en', 'id'] as const)('in %s', (language) => {
    const words = WORDS[language];

    it('confirms an in-person place: both parts, times in the event zone and the reader’s, the badge ready, an .ics; staff see no token', async () => {
      const event = await eventWith(10);
      const { body, id } = await registerVisitor(test, event.slug, {
        name: HOSTILE,
        attendance: 'in_person',
        language,
        timeZone: 'Europe/Helsinki',
      });
      const mail = await newestTo(body.email);
      expect(mail.subject).toBe(words.received);
      for (const line of [words.eventTime, words.readerTime, words.venue, words.inPerson, words.badgeReady])
        expect(mail.text).toContain(line);
      expect(mail.text).not.toContain(words.utc);
      const token = personalTokenOf(mail.text);

      const html = mail.html ?? '';
      expectWellFormedHtml(html, language);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('Ayu &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
      // The personal link is a link in the HTML part too; the facts are a list.
      expect(html).toMatch(
        new RegExp(`<a href="http://pendopo\\.test/events/${event.slug}/registration\\?token=[^"]+">`),
      );
      expect(html).toMatch(/<dl[^>]*>[\s\S]*<dt[^>]*>[^<]+<\/dt><dd[^>]*>[^<]+<\/dd>/);

      const calendar = readCalendar(mail);
      expect(calendar).toMatchObject({
        uid: `registration-${id}@pendopo`,
        start: '2030-03-01T01:00:00.000Z',
        end: '2030-03-01T09:00:00.000Z',
        isUtc: true,
        summary: language === 'en' ? 'Test Conference' : 'Konferensi Uji',
        location: 'Hall, Denpasar, Indonesia',
      });
      expect(calendar.dtstamp).toBeTruthy();
      expect(calendar.content).toContain('LOCATION:Hall\\, Denpasar\\, Indonesia');
      expect(calendar.content).not.toContain(token);

      const { client } = await signedInClient(test, { eventId: event.id, roles: ['secretariat'] });
      const outbox = await client.get(`/api/events/${event.slug}/outbox`);
      expect(outbox.status).toBe(200);
      expect(outbox.json.mails.map((m: { subject: string }) => m.subject)).toContain(words.received);
      expect(outbox.body).not.toContain(token);
      expect(outbox.body).not.toContain('token=');
    });

    it.skipIf(!hasPythonIcalendar)('writes an .ics that Python’s icalendar reads too', async () => {
      const event = await eventWith(10);
      const { body, id } = await registerVisitor(test, event.slug, { attendance: 'in_person', language });
      const [file] = (await newestTo(body.email)).attachments;
      expect(readWithPython(file?.content ?? '')).toBe(
        `registration-${id}@pendopo|2030-03-01T01:00:00+00:00|Hall, Denpasar, Indonesia`,
      );
    });

    it('confirms online attendance: the event page to follow, UTC when the reader’s zone is not known, no badge', async () => {
      const event = await eventWith(10);
      const { body } = await registerVisitor(test, event.slug, { attendance: 'virtual', language });
      const mail = await newestTo(body.email);
      expect(mail.subject).toBe(words.received);
      for (const line of [words.eventTime, words.utc, `${words.online}${event.slug}`, words.virtual])
        expect(mail.text).toContain(line);
      expect(mail.text).not.toMatch(words.badge);
      expectWellFormedHtml(mail.html ?? '', language);
      expect(mail.html).toContain(`<a href="http://pendopo.test/events/${event.slug}">`);
      const calendar = readCalendar(mail);
      expect(calendar.location).toBeNull();
      expect(calendar.url).toBe(`http://pendopo.test/events/${event.slug}`);
    });

    it('tells a waitlisted registrant their place in the line and when the badge comes', async () => {
      const event = await eventWith(1);
      await registerVisitor(test, event.slug, { attendance: 'in_person' });
      await registerVisitor(test, event.slug, { attendance: 'in_person' });
      const { body, status } = await registerVisitor(test, event.slug, { attendance: 'in_person', language });
      expect(status).toBe('waitlisted');
      const mail = await newestTo(body.email);
      expect(mail.text).toContain(words.waitlisted);
      expect(mail.text).toContain(words.badgeWaiting);
      expect(mail.html).toContain(words.waitlisted.split(': ')[1]);
      expect(readCalendar(mail).summary).toBeTruthy();
    });

    it('labels the words of an approval as a note, and says the badge is ready', async () => {
      const event = await eventWith(10);
      const { body, id } = await registerVisitor(test, event.slug, {
        category: 'media',
        attendance: 'in_person',
        language,
      });
      const pending = await newestTo(body.email);
      expect(pending.text).toContain(words.badgeLater);
      await decide(event.id, event.slug, { ids: [id], decision: 'approve', reason: 'Bring your press card.' });
      const mail = await newestTo(body.email);
      expect(mail.subject).toBe(words.confirmed);
      expect(mail.text).toContain(words.note);
      expect(mail.text).not.toContain(words.anyReason);
      expect(mail.text).toContain(words.badgeReady);
      expectWellFormedHtml(mail.html ?? '', language);
      expect(readCalendar(mail).uid).toBe(`registration-${id}@pendopo`);
    });

    it('gives a decline its reason, offers following online, never mentions a badge, carries no calendar', async () => {
      const event = await eventWith(10);
      const { body, id } = await registerVisitor(test, event.slug, {
        category: 'media',
        attendance: 'in_person',
        language,
      });
      await decide(event.id, event.slug, { ids: [id], decision: 'decline', reason: 'Seats are kept for delegations.' });
      const mail = await newestTo(body.email);
      expect(mail.subject).toBe(words.changed);
      expect(mail.text).toContain(words.reason);
      expect(mail.text).toContain(words.followOnline);
      expect(mail.text).not.toMatch(words.badge);
      expect(mail.html).not.toMatch(words.badge);
      expect(mail.attachments).toEqual([]);
      expectWellFormedHtml(mail.html ?? '', language);
    });

    it('confirms a cancellation by mail', async () => {
      const event = await eventWith(10);
      const { client, body } = await registrantClient(test, event.slug, { attendance: 'in_person', language });
      expect((await client.post(`/api/events/${event.slug}/registrations/me/cancel`, {})).status).toBe(200);
      const mails = await delivered(body.email);
      expect(mails.map((m) => m.subject)).toEqual([words.received, words.cancelled]);
      const mail = mails[1];
      expect(mail?.text).toContain(words.cancelledByYou);
      expect(mail?.text).not.toMatch(words.badge);
      expect(mail?.attachments).toEqual([]);
      expectWellFormedHtml(mail?.html ?? '', language);
    });
  });
});
