import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBus } from '../../core/bus/bus.js';
import { startMailSender } from '../../core/mail/sender.js';
import { visitorRow } from '../../testing/badgeHolders.js';
import { TestClient } from '../../testing/client.js';
import { createInvitedDelegations, focalPointClient, overviewOf } from '../../testing/delegations.js';
import { expectProblem } from '../../testing/expect.js';
import { signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { createLiveSession } from '../../testing/live.js';
import { closedSmtpUrl } from '../../testing/smtp.js';
import { dayIn } from './dashboard.service.js';

describe.each(BACKENDS)('the event dashboard (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  describe('GET /api/events/:slug/dashboard', () => {
    it('answers 401 to the anonymous and 403 to a registrant, a moderator or a focal point', async () => {
      const { event, slug } = await createLiveSession(test);
      const url = `/api/events/${slug}/dashboard`;
      expectProblem(await new TestClient(test.app).get(url), 401, 'auth.required');
      for (const role of ['participant', 'moderator', 'focal_point'] as const) {
        const { client } = await signedInClient(test, { eventId: event.id, roles: [role] });
        expectProblem(await client.get(url), 403, 'auth.forbidden');
      }
    });

    it("changes its figures with the staff's real acts: a registration, an approval, a check-in, a failing mail, a session started, a deadline set", async () => {
      const { event, slug, live, moderator, sessionId } = await createLiveSession(test);
      const { client: staff } = await signedInClient(test, { eventId: event.id, roles: ['secretariat'] });
      const url = `/api/events/${slug}/dashboard`;
      const read = async () => {
        const response = await staff.get(url);
        expect(response.status).toBe(200);
        return response.json;
      };
      // The two registrants of the live session registered online today: no place taken, none pending.
      const before = await read();
      expect(before).toMatchObject({
        timeZone: 'Asia/Makassar',
        pendingAccreditations: 0,
        registrationsToday: 2,
        places: { total: 300, taken: 0, left: 300 },
        checkIns: { checkedIn: 0, expected: 0 },
        deadlines: [],
        mailsFailing: 0,
        liveNow: [],
      });

      const journalist = await visitorRow(test, slug, { category: 'media', attendance: 'in_person' });
      const visitor = await visitorRow(test, slug, { attendance: 'in_person' });
      expect(await read()).toMatchObject({
        pendingAccreditations: 1,
        registrationsToday: 4,
        places: { total: 300, taken: 1, left: 299 },
      });

      const decided = await staff.post(`/api/events/${slug}/registrations/decisions`, {
        ids: [journalist.id],
        decision: 'approve',
      });
      expect(decided.status).toBe(200);
      expect((await staff.post(`/api/events/${slug}/check-ins`, { code: visitor.checkInCode })).status).toBe(200);
      expect(await read()).toMatchObject({
        pendingAccreditations: 0,
        places: { total: 300, taken: 2, left: 298 },
        checkIns: { checkedIn: 1, expected: 2 },
      });

      // Every mail of the event meets an SMTP server that is not there.
      const sender = await startMailSender({
        db: test.db,
        bus: createMemoryBus(),
        smtpUrl: await closedSmtpUrl(),
        from: 'Pendopo <no-reply@pendopo.test>',
        log: test.app.log,
        pollMs: 3_600_000,
      });
      await sender.flush();
      await sender.stop();
      const outbox = (await staff.get(`/api/events/${slug}/outbox`)).json.mails;
      expect(outbox.length).toBeGreaterThan(0);
      expect((await read()).mailsFailing).toBe(outbox.length);

      expect((await moderator.patch(live, { override: 'live' })).status).toBe(200);
      const statementDeadline = '2030-11-10T17:00:00.000Z';
      const settings = await staff.put(`/api/events/${slug}/delegations/settings`, { statementDeadline });
      expect(settings.status).toBe(200);
      const after = await read();
      expect(after.liveNow).toEqual([{ id: sessionId, title: { en: 'Digital economy', id: 'Ekonomi digital' } }]);
      expect(after.deadlines).toEqual([{ kind: 'statements', at: statementDeadline }]);

      // The registration window: its closing comes ahead of the statements, soonest first.
      const form = (await staff.get(`/api/events/${slug}/registration-form`)).json;
      const closesAt = '2030-11-01T09:00:00.000Z';
      const { panels, inPersonPlaces, inPersonConfirmed, ...input } = form;
      expect((await staff.put(`/api/events/${slug}/registration-form`, { ...input, closesAt })).status).toBe(200);
      expect((await read()).deadlines).toEqual([
        { kind: 'registration_closes', at: closesAt },
        { kind: 'statements', at: statementDeadline },
      ]);
    });
  });

  describe('GET /api/events/:slug/delegations/:id/tasks', () => {
    it("shows a focal point their delegation's open tasks, ticks off the theme once chosen, and refuses another delegation's", async () => {
      const { event, slug } = await createLiveSession(test);
      const { client: staff } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
      const { ID: indonesia = '', FI: finland = '' } = await createInvitedDelegations(staff, slug);
      const statementDeadline = '2030-11-10T17:00:00.000Z';
      expect((await staff.put(`/api/events/${slug}/delegations/settings`, { statementDeadline })).status).toBe(200);
      const { client: focal } = await focalPointClient(test, staff, slug, indonesia);
      const url = `/api/events/${slug}/delegations/${indonesia}/tasks`;
      expectProblem(await new TestClient(test.app).get(url), 401, 'auth.required');
      expectProblem(await focal.get(`/api/events/${slug}/delegations/${finland}/tasks`), 403, 'auth.forbidden');

      const speakingOrder = (await overviewOf(staff, slug)).delegations.find((d) => d.id === indonesia)?.speakingOrder;
      const before = await focal.get(url);
      expect(before.status).toBe(200);
      expect(before.json).toEqual({
        timeZone: 'Asia/Makassar',
        tasks: [
          { kind: 'choose_theme', isDone: false, dueAt: statementDeadline, count: null },
          { kind: 'send_statement', isDone: false, dueAt: statementDeadline, count: null },
          { kind: 'speaking_slot', isDone: true, dueAt: null, count: speakingOrder },
        ],
      });
      const [theme] = (await overviewOf(staff, slug)).themes;
      expect(
        (await focal.put(`/api/events/${slug}/delegations/${indonesia}/theme`, { themeId: theme?.id })).status,
      ).toBe(200);
      expect((await focal.get(url)).json.tasks[0]).toEqual({
        kind: 'choose_theme',
        isDone: true,
        dueAt: statementDeadline,
        count: null,
      });
    });
  });

  it("counts the day as the event's zone does: 23:30 UTC is already the next day in Makassar", () => {
    const at = new Date('2030-11-15T23:30:00Z');
    expect(dayIn(at, 'Asia/Makassar')).toBe('2030-11-16');
    expect(dayIn(at, 'UTC')).toBe('2030-11-15');
  });
});
