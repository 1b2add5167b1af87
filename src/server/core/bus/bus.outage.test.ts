import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPrivateRedis } from '../../testing/redis-server.js';
import type { Bus, BusNotice } from './bus.js';
import { createRedisBus } from './bus.redis.js';

const prefix = 'pendopo:outage:';

/** What a bus has told, and a way to wait for the next notice of a kind. */
function noticesOf(bus: Bus) {
  const seen: BusNotice['kind'][] = [];
  bus.watch((notice) => seen.push(notice.kind));
  return {
    seen,
    until: (kind: BusNotice['kind'], count = 1) =>
      expect.poll(() => seen.filter((k) => k === kind).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count),
  };
}

function listen(bus: Bus, channel: string) {
  const heard: string[] = [];
  const subscribed = bus.subscribe(channel, (message) => heard.push(message));
  return { heard, subscribed };
}

// A Redis server of this file's own, stopped and started again: the shared one is never touched.
describe.skipIf(!process.env.REDIS_URL)('the Redis bus while Redis is down', () => {
  let redis: Awaited<ReturnType<typeof startPrivateRedis>>;
  let nodeA: Bus;
  let nodeB: Bus;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    nodeA = await createRedisBus(redis.url, { prefix });
    nodeB = await createRedisBus(redis.url, { prefix });
  });
  afterAll(async () => {
    await nodeA?.close();
    await nodeB?.close();
    await redis?.stop();
  });

  it('publishes to its own node at once while down, keeps subscriptions, and renews them when Redis returns', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const onA = noticesOf(nodeA);
    const onB = noticesOf(nodeB);
    const before = listen(nodeB, 'before');
    await before.subscribed;
    expect(nodeA.isConnected() && nodeB.isConnected()).toBe(true);

    await redis.stop();
    await onA.until('down');
    await onB.until('down');
    expect(nodeA.isConnected() || nodeB.isConnected()).toBe(false);

    // Resolves, without waiting for a reconnect; this node's own subscribers still hear it.
    const localOnB = listen(nodeB, 'before');
    await localOnB.subscribed;
    await nodeB.publish('before', 'from B while down');
    expect(localOnB.heard).toEqual(['from B while down']);
    await nodeA.publish('before', 'from A while down');
    const during = listen(nodeB, 'during');
    await during.subscribed;
    // Away for a moment longer, in which ioredis tries to reconnect and fails a few times.
    await new Promise((resolve) => setTimeout(resolve, 1000));

    await redis.start();
    await onA.until('up');
    await onB.until('up');
    expect(nodeA.isConnected() && nodeB.isConnected()).toBe(true);
    // `up` comes once the subscriptions hold again: those from before the outage and from during it.
    await nodeA.publish('before', 'after');
    await nodeA.publish('during', 'after');
    await expect.poll(() => during.heard, { timeout: 5000 }).toEqual(['after']);
    await expect.poll(() => before.heard, { timeout: 5000 }).toEqual(['from B while down', 'after']);
    // Down once, up once. A node that published during the outage may also say `lost` for that
    // message, when its publishing connection had not yet noticed Redis was gone (a busy machine).
    const changes = (seen: string[]) => seen.filter((kind) => kind !== 'lost');
    expect(changes(onA.seen)).toEqual(['down', 'up']);
    expect(changes(onB.seen)).toEqual(['down', 'up']);
    // ioredis prints unhandled 'error' events to the console; every client here has a listener.
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  }, 45_000);

  it('starts without Redis, and connects with its subscriptions once Redis is there', async () => {
    await redis.stop();
    const late = await createRedisBus(redis.url, { prefix });
    try {
      const onLate = noticesOf(late);
      expect(late.isConnected()).toBe(false);
      const heard = listen(late, 'late');
      await heard.subscribed;
      await redis.start();
      await onLate.until('up');
      await expect.poll(() => nodeA.isConnected(), { timeout: 10_000 }).toBe(true);
      await nodeA.publish('late', 'hello');
      await expect.poll(() => heard.heard, { timeout: 5000 }).toEqual(['hello']);
    } finally {
      await late.close();
    }
  }, 45_000);
});
