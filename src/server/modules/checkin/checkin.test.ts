import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_ROLES } from '../../../shared/auth.js';
import { CHECKIN_POLICY } from '../../../shared/policies.js';
import { visitorRow } from '../../testing/badgeHolders.js';
import { openStream } from '../../testing/checkin-stream.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, buildTestApp, openTestBus, startTestApp, type TestApp } from '../../testing/harness.js';
import { auditRowsAfter, lastAuditId } from '../../testing/records.js';
import { registrations } from '../registration/registration.tables.js';
import { checkIns } from './checkin.tables.js';

const isStaff = (role: string) => (CHECKIN_POLICY.checkIn.roles as readonly string[]).includes(role);

describe.each(BACKENDS)('check-in (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  /** An event with two confirmed in-person registrants, one waitlisted, one online; and its staff. */
  async function setUp() {
    const event = await createTestEvent(test.db, { rooms: [{ name: { en: 'Plenary' }, capacity: 2 }] });
    const inPerson = { attendance: 'in_person' as const };
    const ayu = await visitorRow(test, event.slug, { ...inPerson, name: '<b>Ayu</b> Lestari' });
    const budi = await visitorRow(test, event.slug, { ...inPerson, name: 'Budi' });
    const waitlisted = await visitorRow(test, event.slug, inPerson);
    const online = await visitorRow(test, event.slug);
    const staff = await signedInClient(test, { eventId: event.id, roles: ['secretariat'] });
    const url = `/api/events/${event.slug}/check-ins`;
    return { event, ayu, budi, waitlisted, online, staff: staff.client, url };
  }

  describe('POST /api/events/:slug/check-ins', () => {
    it('answers 401 to the anonymous and 403 to a registrant or a moderator, and records nothing', async () => {
      const { event, ayu, url } = await setUp();
      expectProblem(await new TestClient(test.app).post(url, { code: ayu.checkInCode }), 401, 'auth.required');
      const moderator = await signedInClient(test, { eventId: event.id, roles: ['moderator'] });
      expectProblem(await moderator.client.post(url, { code: ayu.checkInCode }), 403, 'auth.forbidden');
      const participant = await signedInClient(test, { eventId: event.id, roles: ['participant'] });
      expectProblem(await participant.client.post(url, { code: ayu.checkInCode }), 403, 'auth.forbidden');
      expect(await test.db.select().from(checkIns).where(eq(checkIns.eventId, event.id))).toEqual([]);
    });

    it('says who it is, records the check-in, marks the arrival and audits it', async () => {
      const { event, ayu, staff, url } = await setUp();
      const auditBefore = await lastAuditId(test.db);
      const response = await staff.post(url, { code: ayu.checkInCode });
      expect(response.status).toBe(200);
      expect(response.json).toMatchObject({
        person: {
          registrationId: ayu.id,
          name: '<b>Ayu</b> Lestari',
          organization: 'Kementerian Uji',
          country: 'ID',
          category: 'participant',
          categoryName: { en: 'Public participant', id: 'Peserta umum' },
          status: 'confirmed',
        },
        isRepeat: false,
        checkedIn: 1,
        expected: 2,
      });
      expect(response.json.firstCheckedInAt).toBe(response.json.checkedInAt);
      const [row] = await test.db.select().from(registrations).where(eq(registrations.id, ayu.id));
      expect(row?.checkedInAt?.toISOString()).toBe(response.json.checkedInAt);
      const audits = await auditRowsAfter(test.db, auditBefore);
      expect(audits.map((a) => [a.action, a.entityId, a.eventId])).toEqual([
        ['registration.checked_in', ayu.id, event.id],
      ]);
    });

    it('flags a second check-in with the time of the first, and records both', async () => {
      const { event, ayu, staff, url } = await setUp();
      const first = await staff.post(url, { code: ayu.checkInCode });
      const second = await staff.post(url, { code: ayu.checkInCode });
      expect(second.status).toBe(200);
      expect(second.json.isRepeat).toBe(true);
      expect(second.json.firstCheckedInAt).toBe(first.json.checkedInAt);
      expect(second.json.checkedIn).toBe(1);
      const rows = await test.db.select().from(checkIns).where(eq(checkIns.eventId, event.id));
      expect(rows).toHaveLength(2);
    });

    it('gives one first arrival and one repeat for two simultaneous scans of one badge', async () => {
      const { ayu, staff, url } = await setUp();
      const answers = await Promise.all([
        staff.post(url, { code: ayu.checkInCode }),
        staff.post(url, { code: ayu.checkInCode }),
      ]);
      expect(answers.map((a) => a.json.isRepeat).sort()).toEqual([false, true]);
    });

    it('reads a typed code as staff type it: lower case, spaces, O for 0 and I or L for 1', async () => {
      const { budi, staff, url } = await setUp();
      const code = budi.checkInCode ?? '';
      const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
      const response = await staff.post(url, { code: typed });
      expect(response.status).toBe(200);
      expect(response.json.person.name).toBe('Budi');
    });

    it('refuses a code that cannot be one with 400 naming code', async () => {
      const { staff, url } = await setUp();
      for (const code of ['ABC', 'UUUUU-UUUUU-UUUUU-UUUUU', '']) {
        const response = await staff.post(url, { code });
        expect(response.status, code).toBe(400);
        expect(response.json.errors.map((e: { field: string }) => e.field)).toEqual(['code']);
      }
      expectProblem(await staff.post(url, { code: 'ABC' }), 400, 'check_in.malformed_code');
      expectProblem(await staff.post(url, { code: 'ABC', extra: 1 }), 400, 'validation.failed');
    });

    it('answers 404 check_in.unknown_code to a code of no badge, or of another event', async () => {
      const { staff, url } = await setUp();
      expectProblem(await staff.post(url, { code: '00000-00000-00000-00000' }), 404, 'check_in.unknown_code');
      const other = await setUp();
      expectProblem(await staff.post(url, { code: other.ayu.checkInCode }), 404, 'check_in.unknown_code');
    });

    it('refuses the waitlisted and online registrants with 409 and their status, recording nothing', async () => {
      const { event, waitlisted, online, staff, url } = await setUp();
      const refusedWaiting = await staff.post(url, { code: waitlisted.checkInCode });
      expectProblem(refusedWaiting, 409, 'check_in.not_confirmed');
      expect(refusedWaiting.json.errors).toEqual([
        { field: 'status', code: 'field.wrong_state', message: 'waitlisted' },
      ]);
      expect(refusedWaiting.json.detail).toContain('waitlisted');
      expectProblem(await staff.post(url, { code: online.checkInCode }), 409, 'check_in.not_in_person');
      expect(await test.db.select().from(checkIns).where(eq(checkIns.eventId, event.id))).toEqual([]);
      const checkedIn = await test.db
        .select()
        .from(registrations)
        .where(and(eq(registrations.eventId, event.id), eq(registrations.id, waitlisted.id)));
      expect(checkedIn[0]?.checkedInAt).toBeNull();
    });
  });

  describe('every event role against the policy', () => {
    it.each(EVENT_ROLES.map((role) => [role, isStaff(role)] as const))(
      '%s may check in, read the count and download all badges: %s',
      async (role, isAllowed) => {
        const { event, ayu, url } = await setUp();
        const { client } = await signedInClient(test, { eventId: event.id, roles: [role] });
        const answers = [
          await client.post(url, { code: ayu.checkInCode }),
          await client.get(`${url}/summary`),
          await client.get(`/api/events/${event.slug}/badges.pdf`),
        ];
        if (isAllowed) expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
        else for (const answer of answers) expectProblem(answer, 403, 'auth.forbidden');
      },
    );

    it('names exactly organizer and secretariat as staff at the door, and refuses the staff of another event', async () => {
      expect(EVENT_ROLES.filter(isStaff)).toEqual(['organizer', 'secretariat']);
      expect(CHECKIN_POLICY.readCheckIns).toEqual(CHECKIN_POLICY.checkIn);
      expect(CHECKIN_POLICY.downloadBadges).toEqual(CHECKIN_POLICY.checkIn);
      const mine = await setUp();
      const theirs = await setUp();
      const { client } = await signedInClient(test, { eventId: mine.event.id, roles: ['organizer'] });
      expectProblem(await client.post(theirs.url, { code: theirs.ayu.checkInCode }), 403, 'auth.forbidden');
    });
  });

  describe('GET /api/events/:slug/check-ins/summary', () => {
    it('answers 401, 403, then the counts to staff', async () => {
      const { event, ayu, staff, url } = await setUp();
      expectProblem(await new TestClient(test.app).get(`${url}/summary`), 401, 'auth.required');
      const delegate = await signedInClient(test, { eventId: event.id, roles: ['delegate'] });
      expectProblem(await delegate.client.get(`${url}/summary`), 403, 'auth.forbidden');
      expect((await staff.get(`${url}/summary`)).json).toEqual({ checkedIn: 0, expected: 2 });
      await staff.post(url, { code: ayu.checkInCode });
      await staff.post(url, { code: ayu.checkInCode });
      expect((await staff.get(`${url}/summary`)).json).toEqual({ checkedIn: 1, expected: 2 });
    });
  });

  describe('GET /api/events/:slug/check-ins/stream', () => {
    let baseUrl = '';
    beforeAll(async () => {
      baseUrl = await test.app.listen({ port: 0, host: '127.0.0.1' });
    });

    it('answers 401 and 403 as problems before streaming', async () => {
      const { event, url } = await setUp();
      expectProblem(await new TestClient(test.app).get(`${url}/stream`), 401, 'auth.required');
      const speaker = await signedInClient(test, { eventId: event.id, roles: ['speaker'] });
      expectProblem(await speaker.client.get(`${url}/stream`), 403, 'auth.forbidden');
    });

    it('sends the count at connect and again after each check-in', async () => {
      const { ayu, budi, staff, url } = await setUp();
      const stream = await openStream(baseUrl, `${url}/stream`, staff.cookie);
      try {
        expect(stream.response.statusCode).toBe(200);
        expect(stream.response.headers['content-type']).toContain('text/event-stream');
        expect(await stream.next(() => true)).toEqual({ checkedIn: 0, expected: 2 });
        await staff.post(url, { code: ayu.checkInCode });
        expect(await stream.next((c) => c.checkedIn === 1)).toEqual({ checkedIn: 1, expected: 2 });
        await staff.post(url, { code: budi.checkInCode });
        expect(await stream.next((c) => c.checkedIn === 2)).toEqual({ checkedIn: 2, expected: 2 });
      } finally {
        stream.close();
      }
    });

    it('ends its open streams when the node shuts down, so the shutdown does not wait on them', async () => {
      const { staff, url } = await setUp();
      const bus = await openTestBus(backend);
      const node = await buildTestApp({ config: test.config, database: test.database, bus });
      const nodeUrl = await node.app.listen({ port: 0, host: '127.0.0.1' });
      const stream = await openStream(nodeUrl, `${url}/stream`, staff.cookie);
      expect(await stream.next(() => true)).toEqual({ checkedIn: 0, expected: 2 });
      const ended = new Promise<void>((resolve) => stream.response.on('end', resolve));
      await node.app.close();
      await ended;
      await bus.close();
    });

    it.runIf(backend === 'postgres' && process.env.REDIS_URL)('delivers a check-in made on another node', async () => {
      const { ayu, staff, url } = await setUp();
      const bus = await openTestBus(backend);
      const other = await buildTestApp({ config: test.config, database: test.database, bus });
      const otherUrl = await other.app.listen({ port: 0, host: '127.0.0.1' });
      const stream = await openStream(otherUrl, `${url}/stream`, staff.cookie);
      try {
        expect(await stream.next(() => true)).toEqual({ checkedIn: 0, expected: 2 });
        await staff.post(url, { code: ayu.checkInCode });
        expect(await stream.next((c) => c.checkedIn === 1)).toEqual({ checkedIn: 1, expected: 2 });
      } finally {
        stream.close();
        await other.app.close();
        await bus.close();
      }
    });
  });
});
