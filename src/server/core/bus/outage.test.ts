import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitorRow } from '../../testing/badgeHolders.js';
import { openStream, type Stream } from '../../testing/checkin-stream.js';
import { TestClient, type TestResponse } from '../../testing/client.js';
import { buildRegistration, createTestEvent, signedInClient } from '../../testing/factories.js';
import { startSecondNode, startTestApp, type TestApp } from '../../testing/harness.js';
import { addSession, buildSession, createProgrammeEvent, publish } from '../../testing/programme.js';
import { startPrivateRedis } from '../../testing/redis-server.js';

const hasServices = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);
const OUTAGE_MS = 10_000;
/** Generous: polling reads every 2 s, ioredis reconnects within 2 s of Redis returning. */
const WITHIN_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The stream's next count that matches, or a clear failure after WITHIN_MS. */
async function nextCount(stream: Stream, checkedIn: number) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no count of ${checkedIn} within ${WITHIN_MS} ms`)), WITHIN_MS);
  });
  try {
    return await Promise.race([stream.next((c) => c.checkedIn === checkedIn), late]);
  } finally {
    clearTimeout(timer);
  }
}

// Two nodes on one PostgreSQL database, their buses and rate limits on a Redis of this file's own,
// which the test stops for ten seconds and starts again (the shared Redis is never touched).
describe.skipIf(!hasServices)('two nodes while Redis is down', () => {
  let redis: Awaited<ReturnType<typeof startPrivateRedis>>;
  let nodeA: TestApp;
  let nodeB: TestApp;
  let urlB = '';
  const logA: string[] = [];
  const logB: string[] = [];
  const statuses: number[] = [];
  /** Every answer of the test goes through here: none may be a 5xx. */
  const answered = async (pending: Promise<TestResponse>) => {
    const response = await pending;
    statuses.push(response.status);
    return response;
  };

  beforeAll(async () => {
    redis = await startPrivateRedis();
    nodeA = await startTestApp(
      'postgres',
      { REDIS_URL: redis.url, LOG_LEVEL: 'info' },
      { logStream: { write: (line) => void logA.push(line) } },
    );
    nodeB = await startSecondNode(nodeA, { logStream: { write: (line) => void logB.push(line) } });
    urlB = await nodeB.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await nodeB?.close();
    await nodeA?.close();
    await redis?.stop();
  });

  it('keep serving, read the database for live updates, and use the bus again when Redis returns', async () => {
    const event = await createTestEvent(nodeA.db, { rooms: [{ name: { en: 'Plenary' }, capacity: 100 }] });
    const register = (node: TestApp, overrides = {}) =>
      answered(new TestClient(node.app).post(`/api/events/${event.slug}/registrations`, buildRegistration(overrides)));
    const ayu = await visitorRow(nodeA, event.slug, { attendance: 'in_person' });
    const budi = await visitorRow(nodeA, event.slug, { attendance: 'in_person' });
    const { client: staff } = await signedInClient(nodeA, { eventId: event.id, roles: ['secretariat'] });
    const checkIn = (code: string | null) => answered(staff.post(`/api/events/${event.slug}/check-ins`, { code }));
    const programme = await createProgrammeEvent(nodeA);
    const publishSession = async (roomIndex: number) => {
      await addSession(programme.organizer, programme.slug, buildSession(programme.roomIds[roomIndex] as string));
      return (await publish(programme.organizer, programme.slug)).version;
    };
    const reader = new TestClient(nodeB.app);
    const versionOnB = async () =>
      (await answered(reader.get(`/api/events/${programme.slug}/programme`))).json.version as number;
    expect(await publishSession(0)).toBe(1);
    expect(await versionOnB()).toBe(1);
    const stream = await openStream(urlB, `/api/events/${event.slug}/check-ins/stream`, staff.cookie);

    try {
      expect(await nextCount(stream, 0)).toEqual({ checkedIn: 0, expected: 2 });

      await redis.stop();
      const stoppedAt = Date.now();
      await expect.poll(() => nodeA.bus.isConnected() || nodeB.bus.isConnected(), { timeout: WITHIN_MS }).toBe(false);

      // Registration publishes (mail queued) and counts rate limits: both still answer.
      expect((await register(nodeA)).status).toBe(201);
      expect((await register(nodeB)).status).toBe(201);
      // A check-in on A reaches B's live count by B reading the database.
      expect((await checkIn(ayu.checkInCode)).status).toBe(200);
      expect(await nextCount(stream, 1)).toEqual({ checkedIn: 1, expected: 2 });
      // A publication on A reaches B's public programme.
      expect(await publishSession(1)).toBe(2);
      await expect.poll(versionOnB, { timeout: WITHIN_MS }).toBe(2);
      // Sign-in is rate-limited too: a wrong password is a 401, not a fault.
      const guess = { email: 'nobody@example.org', password: 'not it' };
      expect((await answered(new TestClient(nodeB.app).post('/api/auth/password', guess))).status).toBe(401);
      while (Date.now() - stoppedAt < OUTAGE_MS) {
        expect((await register(statuses.length % 2 ? nodeA : nodeB)).status).toBe(201);
        await sleep(1000);
      }

      await redis.start();
      await expect.poll(() => nodeA.bus.isConnected() && nodeB.bus.isConnected(), { timeout: WITHIN_MS }).toBe(true);
      // The bus carries messages again, from A to a subscription on B.
      const heard: string[] = [];
      const unsubscribe = await nodeB.bus.subscribe('outage.test', (message) => heard.push(message));
      await nodeA.bus.publish('outage.test', 'back');
      await expect.poll(() => heard, { timeout: WITHIN_MS }).toEqual(['back']);
      await unsubscribe();
      expect((await checkIn(budi.checkInCode)).status).toBe(200);
      expect(await nextCount(stream, 2)).toEqual({ checkedIn: 2, expected: 2 });
      expect(await publishSession(2)).toBe(3);
      await expect.poll(versionOnB, { timeout: WITHIN_MS }).toBe(3);
      // Rate limits count in Redis again once their own connection is back (it may reconnect after the
      // bus's): each node says so at its first registration after that.
      for (const [node, log] of [
        [nodeA, logA],
        [nodeB, logB],
      ] as const) {
        const countsTogether = async () => {
          expect((await register(node)).status).toBe(201);
          return log.some((line) => line.includes('rate limits: Redis is back'));
        };
        await expect.poll(countsTogether, { timeout: WITHIN_MS, interval: 1000 }).toBe(true);
      }
    } finally {
      stream.close();
    }

    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    // On each node one warning for the whole outage, however many messages and counts it saw; and the return.
    for (const log of [logA, logB]) {
      const messages = log.map((line) => JSON.parse(line) as { msg: string });
      const said = (text: string) => messages.filter((m) => m.msg.startsWith(text)).length;
      expect(said('bus: Redis unreachable')).toBe(1);
      expect(said('rate limits: Redis unreachable')).toBe(1);
      expect(said('bus: Redis is back')).toBe(1);
      expect(said('rate limits: Redis is back')).toBe(1);
      expect(log.join('\n')).not.toMatch(/registrant-[0-9a-f]+@example\.org/);
    }
  }, 60_000);
});
