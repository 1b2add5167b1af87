import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../testing/client.js';
import { TestClient as Client } from '../../testing/client.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { addSession, addSpeaker, buildSession, createProgrammeEvent } from '../../testing/programme.js';
import { programmeSessions } from './programme.tables.js';

describe.each(BACKENDS)('programme sessions (%s)', (backend) => {
  let test: TestApp;
  let slug: string;
  let organizer: TestClient;
  let roomIds: string[];
  let eventId: string;

  beforeAll(async () => {
    test = await startTestApp(backend);
    ({
      slug,
      organizer,
      roomIds,
      event: { id: eventId },
    } = await createProgrammeEvent(test));
  });
  afterAll(() => test.close());

  const draft = async () => (await organizer.get(`/api/events/${slug}/programme/draft`)).json;
  const sessionCount = async () =>
    (await test.db.select().from(programmeSessions)).filter((s) => s.eventId === eventId).length;

  it('runs four panels at once in four rooms, each listed with its speakers and moderator', async () => {
    const [a, b, c, d] = await Promise.all(
      ['Ayu', 'Budi', 'Citra', 'Dewi'].map((name) => addSpeaker(organizer, slug, { name })),
    );
    const moderator = await addSpeaker(organizer, slug, { name: 'Eko' });
    const speakers = [a, b, c, d] as string[];
    const ids: string[] = [];
    for (const [index, roomId] of roomIds.slice(1).entries()) {
      ids.push(
        await addSession(
          organizer,
          slug,
          buildSession(roomId, {
            title: { en: `Panel ${index + 1}` },
            speakerIds: [speakers[index] as string],
            moderatorId: index === 0 ? moderator : null,
          }),
        ),
      );
    }
    const programme = await draft();
    const panels = programme.sessions.filter((s: { id: string }) => ids.includes(s.id));
    expect(panels.map((s: { roomId: string }) => s.roomId)).toEqual(roomIds.slice(1));
    expect(new Set(panels.map((s: { startsAt: string }) => s.startsAt))).toEqual(new Set(['2030-11-16T06:00:00.000Z']));
    expect(panels[0]).toMatchObject({ speakerIds: [a], moderatorId: moderator, capacity: 80 });
    expect(programme.pendingChanges.filter((c: { kind: string }) => c.kind === 'added')).toHaveLength(9);
  });

  it('refuses a room booked twice at once, naming roomId and the session it clashes with, and stores nothing', async () => {
    const room = roomIds[0] as string;
    await addSession(
      organizer,
      slug,
      buildSession(room, {
        type: 'plenary',
        title: { en: 'Country statements' },
        startsAt: '2030-11-16T13:30:00+08:00',
        endsAt: '2030-11-16T14:00:00+08:00',
      }),
    );
    const before = await sessionCount();
    const clash = await organizer.post(
      `/api/events/${slug}/sessions`,
      buildSession(room, { startsAt: '2030-11-16T13:45:00+08:00', endsAt: '2030-11-16T14:15:00+08:00' }),
    );
    expectProblem(clash, 409, 'programme.double_booked');
    expect(fieldsOf(clash)).toEqual(['roomId']);
    expect(clash.json.errors[0].message).toContain('Country statements');
    expect(await sessionCount()).toBe(before);
    // Back to back is not a clash.
    await addSession(
      organizer,
      slug,
      buildSession(room, { startsAt: '2030-11-16T14:00:00+08:00', endsAt: '2030-11-16T14:10:00+08:00' }),
    );
  });

  it('refuses a speaker or moderator booked twice at once, in another room, naming the field', async () => {
    const speaker = await addSpeaker(organizer, slug, { name: 'Only One' });
    await addSession(
      organizer,
      slug,
      buildSession(roomIds[1] as string, {
        startsAt: '2030-11-16T16:00:00+08:00',
        endsAt: '2030-11-16T17:00:00+08:00',
        speakerIds: [speaker],
      }),
    );
    const asSpeaker = await organizer.post(
      `/api/events/${slug}/sessions`,
      buildSession(roomIds[2] as string, {
        startsAt: '2030-11-16T16:30:00+08:00',
        endsAt: '2030-11-16T17:30:00+08:00',
        speakerIds: [speaker],
      }),
    );
    expectProblem(asSpeaker, 409, 'programme.double_booked');
    expect(fieldsOf(asSpeaker)).toEqual(['speakerIds.0']);
    const asModerator = await organizer.post(
      `/api/events/${slug}/sessions`,
      buildSession(roomIds[3] as string, {
        startsAt: '2030-11-16T16:59:00+08:00',
        endsAt: '2030-11-16T17:30:00+08:00',
        moderatorId: speaker,
      }),
    );
    expect(fieldsOf(asModerator)).toEqual(['moderatorId']);
  });

  it('refuses a change that would double-book, and keeps the session as it was', async () => {
    const first = await addSession(
      organizer,
      slug,
      buildSession(roomIds[4] as string, {
        startsAt: '2030-11-16T16:00:00+08:00',
        endsAt: '2030-11-16T16:30:00+08:00',
      }),
    );
    const second = await addSession(
      organizer,
      slug,
      buildSession(roomIds[4] as string, {
        title: { en: 'Later' },
        startsAt: '2030-11-16T16:30:00+08:00',
        endsAt: '2030-11-16T17:00:00+08:00',
      }),
    );
    const moved = await organizer.patch(`/api/events/${slug}/sessions/${second}`, {
      startsAt: '2030-11-16T16:15:00+08:00',
    });
    expectProblem(moved, 409, 'programme.double_booked');
    const stored = (await draft()).sessions.find((s: { id: string }) => s.id === second);
    expect(stored.startsAt).toBe('2030-11-16T08:30:00.000Z');
    // A session never clashes with itself.
    expect(
      (
        await organizer.patch(`/api/events/${slug}/sessions/${first}`, {
          endsAt: '2030-11-16T16:30:00+08:00',
          title: { en: 'Renamed' },
        })
      ).status,
    ).toBe(204);
  });

  it('names every bad field: outside the event, ends before it starts, unknown room, theme and speaker, over capacity', async () => {
    const outside = await organizer.post(
      `/api/events/${slug}/sessions`,
      buildSession(roomIds[1] as string, {
        startsAt: '2030-11-16T12:00:00+08:00',
        endsAt: '2030-11-16T18:00:00+08:00',
        capacity: 81,
        themeId: '00000000-0000-4000-8000-000000000000',
        speakerIds: ['00000000-0000-4000-8000-000000000001'],
      }),
    );
    expectProblem(outside, 400, 'validation.failed');
    expect(fieldsOf(outside).sort()).toEqual(['capacity', 'endsAt', 'speakerIds.0', 'startsAt', 'themeId']);
    const backwards = await organizer.post(
      `/api/events/${slug}/sessions`,
      buildSession(roomIds[1] as string, {
        startsAt: '2030-11-16T15:00:00+08:00',
        endsAt: '2030-11-16T14:00:00+08:00',
      }),
    );
    expect(fieldsOf(backwards)).toEqual(['endsAt']);
    const room = await organizer.post(
      `/api/events/${slug}/sessions`,
      buildSession('00000000-0000-4000-8000-000000000000'),
    );
    expect(fieldsOf(room)).toEqual(['roomId']);
    const noTitle = await organizer.post(`/api/events/${slug}/sessions`, {
      ...buildSession(roomIds[1] as string),
      title: { id: 'Hanya' },
    });
    expect(fieldsOf(noTitle)).toEqual(['title.en']);
  });

  it('keeps the working copy from the anonymous, participants and speakers; the secretariat edits it', async () => {
    const anonymous = new Client(test.app);
    expectProblem(await anonymous.get(`/api/events/${slug}/programme/draft`), 401, 'auth.required');
    expectProblem(
      await anonymous.post(`/api/events/${slug}/sessions`, buildSession(roomIds[1] as string)),
      401,
      'auth.required',
    );
    for (const role of ['participant', 'speaker', 'delegate', 'focal_point', 'moderator'] as const) {
      const { client } = await signedInClient(test, { eventId, roles: [role] });
      expectProblem(await client.get(`/api/events/${slug}/programme/draft`), 403, 'auth.forbidden');
      expectProblem(await client.post(`/api/events/${slug}/programme/publish`), 403, 'auth.forbidden');
      expectProblem(await client.post(`/api/events/${slug}/speakers`, { name: 'X' }), 403, 'auth.forbidden');
      const session = (await draft()).sessions[0].id;
      expectProblem(await client.delete(`/api/events/${slug}/sessions/${session}`), 403, 'auth.forbidden');
    }
    const { client: secretariat } = await signedInClient(test, { eventId, roles: ['secretariat'] });
    const id = await addSession(
      secretariat,
      slug,
      buildSession(roomIds[1] as string, {
        startsAt: '2030-11-16T13:00:00+08:00',
        endsAt: '2030-11-16T13:30:00+08:00',
      }),
    );
    expect((await secretariat.delete(`/api/events/${slug}/sessions/${id}`)).status).toBe(204);
    expectProblem(await secretariat.delete(`/api/events/${slug}/sessions/${id}`), 404, 'session.not_found');
  });

  it('keeps a room that a session uses when the event is edited without it, with a clear conflict', async () => {
    const event = (await organizer.get(`/api/events/${slug}`)).json;
    const withoutPanelRooms = event.rooms
      .slice(0, 1)
      .map((r: { id: string; name: object; capacity: number }) => ({ id: r.id, name: r.name, capacity: r.capacity }));
    expectProblem(await organizer.patch(`/api/events/${slug}`, { rooms: withoutPanelRooms }), 409, 'record.in_use');
    expect((await organizer.get(`/api/events/${slug}`)).json.rooms).toHaveLength(5);
  });

  it('records every change in the audit log', async () => {
    const audit = (await organizer.get(`/api/events/${slug}/audit`)).json.entries.map(
      (e: { action: string }) => e.action,
    );
    expect(audit).toEqual(
      expect.arrayContaining(['session.created', 'session.updated', 'session.deleted', 'speaker.created']),
    );
  });
});
