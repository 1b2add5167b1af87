import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { clientKey, createMemoryLimits, type LimitStore } from './limits.js';
import { createRedisLimits } from './limits.redis.js';

const redisUrl = process.env.REDIS_URL;
const redis = redisUrl ? new Redis(redisUrl) : null;
afterAll(() => redis?.disconnect());
const prefix = `pendopo:test:${randomBytes(6).toString('hex')}:`;

const key = () => `test:${randomBytes(6).toString('hex')}`;
const stores: [string, () => LimitStore][] = [
  ['memory', () => createMemoryLimits()],
  ...(redis ? [['redis', () => createRedisLimits(redis, prefix)] as [string, () => LimitStore]] : []),
];

describe.each(stores)('limit counters (%s)', (_name, makeStore) => {
  it('counts up to the limit, then refuses with the time left in the window', async () => {
    const store = makeStore();
    const rule = { key: key(), max: 2, windowMs: 60_000 };
    expect(await store.take([rule])).toEqual({ isAllowed: true });
    expect(await store.take([rule])).toEqual({ isAllowed: true });
    const refused = await store.take([rule]);
    expect(refused.isAllowed).toBe(false);
    if (!refused.isAllowed) expect(refused.retryAfterSeconds).toBeGreaterThan(50);
  });

  it('counts on none of the rules when one is full', async () => {
    const store = makeStore();
    const full = { key: key(), max: 1, windowMs: 60_000 };
    const open = { key: key(), max: 1, windowMs: 60_000 };
    await store.take([full]);
    expect((await store.take([open, full])).isAllowed).toBe(false);
    expect((await store.take([open])).isAllowed).toBe(true);
  });

  it('hits count on, full or not, with the time left in the window', async () => {
    const store = makeStore();
    const name = key();
    expect((await store.hit(name, 60_000)).count).toBe(1);
    const second = await store.hit(name, 60_000);
    expect(second.count).toBe(2);
    expect(second.msLeft).toBeGreaterThan(50_000);
    expect(second.msLeft).toBeLessThanOrEqual(60_000);
  });

  it('gives back only what was taken: never below zero, and nothing for a counter it does not hold', async () => {
    const store = makeStore();
    const rule = { key: key(), max: 1, windowMs: 60_000 };
    await store.giveBack([rule.key]);
    await store.take([rule]);
    await store.giveBack([rule.key]);
    await store.giveBack([rule.key]);
    expect((await store.take([rule])).isAllowed).toBe(true);
    expect((await store.take([rule])).isAllowed).toBe(false);
  });
});

describe('memory counters over time', () => {
  it('refuses until the window has passed, then counts afresh', async () => {
    let now = 1_000_000;
    const store = createMemoryLimits(() => now);
    const rule = { key: 'sign-in:account:x', max: 1, windowMs: 15 * 60_000 };
    await store.take([rule]);
    now += 15 * 60_000 - 1;
    expect(await store.take([rule])).toEqual({ isAllowed: false, retryAfterSeconds: 1 });
    now += 1;
    expect(await store.take([rule])).toEqual({ isAllowed: true });
  });
});

describe.skipIf(!redis)('redis counters', () => {
  it('leave no counter without an expiry', async () => {
    const store = createRedisLimits(redis as Redis, prefix);
    const name = key();
    await store.giveBack([name]);
    expect(await redis?.exists(`${prefix}limit:${name}`)).toBe(0);
    await store.take([{ key: name, max: 3, windowMs: 60_000 }]);
    expect(await redis?.pttl(`${prefix}limit:${name}`)).toBeGreaterThan(0);
    const hit = key();
    await store.hit(hit, 60_000);
    expect(await redis?.pttl(`${prefix}limit:${hit}`)).toBeGreaterThan(0);
  });

  it('count apart for installations with another REDIS_PREFIX, together for the same', async () => {
    const rule = { key: key(), max: 1, windowMs: 60_000 };
    await createRedisLimits(redis as Redis, prefix).take([rule]);
    expect((await createRedisLimits(redis as Redis, prefix).take([rule])).isAllowed).toBe(false);
    expect((await createRedisLimits(redis as Redis, `${prefix}other:`).take([rule])).isAllowed).toBe(true);
  });
});

describe('clientKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['1::2:3:4:5:6', '1:0:0:2::/64'],
    ['64:ff9b::203.0.113.7', '64:ff9b:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('counts %s as %s', (ip, expected) => {
    expect(clientKey(ip)).toBe(expected);
  });
});
