import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../core/db/open.js';
import { DEMO_HEADS } from '../modules/delegations/delegations.demo.js';
import { delegations } from '../modules/delegations/delegations.tables.js';
import { events } from '../modules/events/events.tables.js';
import { registrations } from '../modules/registration/registration.tables.js';
import { TestClient } from '../testing/client.js';
import { createPostgresDatabase, startTestApp, type TestApp } from '../testing/harness.js';
import { seedDemo } from './seed.js';

describe('the ICDD 2021 demo', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp('pglite');
  });
  afterAll(() => test.close());

  it('opens registration with its own form, 4,300 registrants decided by the rules, and places left', async () => {
    const seeded = await seedDemo({ db: test.db, publicUrl: 'http://pendopo.test' });
    expect(seeded?.slug).toBe('icdd-2021');
    const form = (await new TestClient(test.app).get('/api/events/icdd-2021/registration-form')).json;
    expect(form.questions.map((q: { key: string }) => q.key)).toEqual(['heard_from', 'interpretation']);
    expect(form.panels).toHaveLength(4);
    expect(form.inPersonPlaces).toBe(250);
    expect(form.inPersonConfirmed).toBeLessThan(250);

    // The public's registrants, and the heads of the delegations that took part.
    const rows = await test.db.select().from(registrations);
    expect(rows).toHaveLength(4300 + DEMO_HEADS);
    expect(new Set(rows.map((r) => r.email)).size).toBe(4300 + DEMO_HEADS);
    expect(new Set(rows.map((r) => r.country)).size).toBeGreaterThan(20);
    const inPerson = rows.filter((r) => r.attendance === 'in_person');
    expect(inPerson.filter((r) => r.status === 'confirmed')).toHaveLength(form.inPersonConfirmed);
    expect(inPerson.some((r) => r.status === 'pending')).toBe(true);
    expect(rows.filter((r) => r.attendance === 'virtual').every((r) => r.status !== 'pending')).toBe(true);
  }, 60_000);

  it('publishes the programme of 16 November 2021: opening, statements by theme, four panels at once, closing', async () => {
    const programme = (await new TestClient(test.app).get('/api/events/icdd-2021/programme')).json;
    expect(programme.version).toBe(1);
    const types = programme.sessions.map((s: { type: string }) => s.type);
    expect(types[0]).toBe('opening');
    expect(types.at(-1)).toBe('closing');
    const statements = programme.sessions.filter((s: { type: string }) => s.type === 'plenary');
    expect(statements.map((s: { themeId: string }) => s.themeId)).toEqual(
      programme.themes.map((t: { id: string }) => t.id),
    );
    const panels = programme.sessions.filter((s: { type: string }) => s.type === 'panel');
    expect(new Set(panels.map((s: { roomId: string }) => s.roomId)).size).toBe(4);
    expect(new Set(panels.map((s: { startsAt: string }) => s.startsAt)).size).toBe(1);
    expect(programme.sessions[0].startsAt).toBe('2021-11-16T05:00:00.000Z');
    expect(programme.sessions.at(-1).endsAt).toBe('2021-11-16T09:40:00.000Z');
    const minister = programme.speakers.find((s: { id: string }) => s.id === programme.sessions[0].speakerIds[0]);
    expect(minister.title).toBe('Minister for Foreign Affairs');
  });

  it('gives each panel streams in three channels and a Q&A history: answered, shown, anonymous, a finished poll', async () => {
    const client = new TestClient(test.app);
    const programme = (await client.get('/api/events/icdd-2021/programme')).json;
    const panels = programme.sessions.filter((s: { type: string }) => s.type === 'panel');
    for (const panel of panels) {
      const languages = new Set(panel.streams.map((s: { language: string }) => s.language));
      expect([...languages].sort()).toEqual(['en', 'floor', 'id']);
      const live = (await client.get(`/api/events/icdd-2021/sessions/${panel.id}/live`)).json;
      expect(live.settings).toMatchObject({ status: 'ended', override: null });
      const statuses = live.questions.map((q: { status: string }) => q.status).sort();
      expect(statuses).toEqual(['answered', 'answered', 'approved', 'approved']);
      expect(live.questions.filter((q: { author: string | null }) => q.author === null)).toHaveLength(1);
      expect(live.questions.every((q: { votes: number }) => q.votes >= 0)).toBe(true);
      expect(live.poll).toMatchObject({ status: 'closed', tally: { voters: expect.any(Number) } });
      expect(live.poll.tally.voters).toBeGreaterThan(10);
    }
  });

  it('has the 21 invited delegations, the 19 confirmed listed with a head, a theme and a statement, in protocol order', async () => {
    const invited = await test.db.select().from(delegations);
    expect(invited).toHaveLength(21);
    // The public list holds the confirmed delegations only: Chile and South Africa never confirmed.
    const list = (await new TestClient(test.app).get('/api/events/icdd-2021/delegations')).json;
    const taking = list.delegations.filter((d: { isConfirmed: boolean }) => d.isConfirmed);
    expect(taking).toHaveLength(19);
    expect(list.delegations).toEqual(taking);
    expect(
      taking.every(
        (d: { head: unknown; theme: unknown; hasStatement: boolean }) => d.head && d.theme && d.hasStatement,
      ),
    ).toBe(true);
    expect(new Set(taking.map((d: { theme: { id: string } }) => d.theme.id)).size).toBe(2);
    expect(list.delegations[0].head.rank).toBe('minister');
    expect(
      invited
        .filter((d) => d.confirmedAt === null)
        .map((d) => d.country)
        .sort(),
    ).toEqual(['CL', 'ZA']);
  });

  it('adopts its Bali Message by consensus of the 19 on 16 November 2021, one reservation on record, the hash that of outcome.txt', async () => {
    const client = new TestClient(test.app);
    const published = (await client.get('/events/icdd-2021/outcome.json')).json;
    expect(published).toMatchObject({ method: 'consensus', adoptedAt: '2021-11-16T09:20:00.000Z', version: 5 });
    expect(published.content.title.en).toContain('(demo text)');
    expect(published.content.sections).toHaveLength(5);
    expect(published.delegations).toHaveLength(19);
    expect(published.reservations).toHaveLength(1);
    const text = (await client.get('/events/icdd-2021/outcome.txt')).body;
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(published.sha256);
    expect(text).toContain('We support the trusted exchange of data between states where the law allows it.');
    expect(text).toContain('Adopted: 2021-11-16T09:20:00.000Z (consensus)');
  });

  it('seeds nothing when an event exists', async () => {
    expect(await seedDemo({ db: test.db, publicUrl: 'http://pendopo.test' })).toBeNull();
    expect(await test.db.$count(registrations)).toBe(4300 + DEMO_HEADS);
  });
});

describe.runIf(process.env.DATABASE_URL)('the demo when two nodes start together on an empty PostgreSQL', () => {
  it('is seeded once: the second node waits for the start lock and finds the event', async () => {
    const { url, drop } = await createPostgresDatabase();
    const [first, second] = [await openPostgres(url, 2), await openPostgres(url, 2)];
    try {
      await Promise.all([first.migrate(), second.migrate()]);
      const seed = (database: typeof first) =>
        database.withStartLock(() => seedDemo({ db: database.db, publicUrl: 'http://pendopo.test', registrants: 5 }));
      const [a, b] = await Promise.all([seed(first), seed(second)]);
      expect([a?.slug, b?.slug].sort()).toEqual(['icdd-2021', undefined]);
      expect(await first.db.select({ slug: events.slug }).from(events)).toEqual([{ slug: 'icdd-2021' }]);
    } finally {
      await first.close();
      await second.close();
      await drop();
    }
  }, 120_000);
});
