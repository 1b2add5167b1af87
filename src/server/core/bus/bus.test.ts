import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bus, createMemoryBus } from './bus.js';
import { createRedisBus } from './bus.redis.js';

const redisUrl = process.env.REDIS_URL;
// This file's own installation on the shared Redis: other files running meanwhile use other prefixes.
const prefix = `pendopo:test:${randomBytes(6).toString('hex')}:`;
const channelName = (what: string) => `test.${what}.${randomBytes(4).toString('hex')}`;

/** A subscriber that records what it hears and can wait for the next message. */
async function listen(bus: Bus, channel: string) {
  const heard: string[] = [];
  const waiters: (() => void)[] = [];
  const unsubscribe = await bus.subscribe(channel, (message) => {
    heard.push(message);
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    channel,
    heard,
    unsubscribe,
    /** Resolves once `count` messages have been heard (the test's timeout bounds the wait). */
    async until(count: number) {
      while (heard.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      return heard;
    },
  };
}

describe('memory bus (one node)', () => {
  it('delivers to every subscriber of the channel and to no other channel', async () => {
    const bus = createMemoryBus();
    const first = await listen(bus, 'a');
    const second = await listen(bus, 'a');
    const other = await listen(bus, 'b');
    await bus.publish('a', 'reached 1');
    expect(first.heard).toEqual(['reached 1']);
    expect(second.heard).toEqual(['reached 1']);
    expect(other.heard).toEqual([]);
    await bus.close();
  });

  it('stops delivering to a subscriber after it unsubscribes, and only to that one', async () => {
    const bus = createMemoryBus();
    const leaving = await listen(bus, 'a');
    const staying = await listen(bus, 'a');
    await bus.publish('a', '1');
    await leaving.unsubscribe();
    await bus.publish('a', '2');
    expect(leaving.heard).toEqual(['1']);
    expect(staying.heard).toEqual(['1', '2']);
    await bus.close();
  });
});

describe.skipIf(!redisUrl)(
  `redis bus between two nodes${redisUrl ? '' : ' (skipped: set REDIS_URL, as CI does with REQUIRE_SERVICES=1)'}`,
  () => {
    let nodeA: Bus;
    let nodeB: Bus;

    beforeAll(async () => {
      nodeA = await createRedisBus(redisUrl ?? '', { prefix });
      nodeB = await createRedisBus(redisUrl ?? '', { prefix });
    });
    afterAll(async () => {
      await nodeA?.close();
      await nodeB?.close();
    });

    it("delivers one node's message to the subscribers on both nodes", async () => {
      const channel = channelName('both');
      const onA = await listen(nodeA, channel);
      const onB = await listen(nodeB, channel);
      await nodeA.publish(channel, 'reached 7');
      expect(await onB.until(1)).toEqual(['reached 7']);
      expect(await onA.until(1)).toEqual(['reached 7']);
      await nodeB.publish(channel, 'reached 8');
      expect(await onA.until(2)).toEqual(['reached 7', 'reached 8']);
    });

    it('keeps channels apart', async () => {
      const channel = channelName('apart');
      const sentinel = channelName('sentinel');
      const onChannel = await listen(nodeB, channel);
      const onSentinel = await listen(nodeB, sentinel);
      await nodeA.publish(channelName('elsewhere'), 'not for you');
      await nodeA.publish(sentinel, 'done');
      // Redis delivers one publisher's messages in order: the sentinel comes after anything sent before it.
      await onSentinel.until(1);
      expect(onChannel.heard).toEqual([]);
    });

    it('stops delivering after unsubscribe, on the other node too', async () => {
      const channel = channelName('leave');
      const sentinel = channelName('sentinel');
      const leaving = await listen(nodeB, channel);
      const onSentinel = await listen(nodeB, sentinel);
      await nodeA.publish(channel, '1');
      await leaving.until(1);
      await leaving.unsubscribe();
      await nodeA.publish(channel, '2');
      await nodeA.publish(sentinel, 'done');
      await onSentinel.until(1);
      expect(leaving.heard).toEqual(['1']);
    });

    it('keeps delivering to the subscriber that stays when another on the same node leaves', async () => {
      const channel = channelName('stay');
      const leaving = await listen(nodeB, channel);
      const staying = await listen(nodeB, channel);
      await leaving.unsubscribe();
      await nodeA.publish(channel, '1');
      expect(await staying.until(1)).toEqual(['1']);
      expect(leaving.heard).toEqual([]);
    });

    it('keeps installations with another REDIS_PREFIX apart, on the same channel names', async () => {
      const other = await createRedisBus(redisUrl ?? '', { prefix: `${prefix}other:` });
      try {
        const channel = channelName('installation');
        const sentinel = channelName('sentinel');
        const onOther = await listen(other, channel);
        const otherSentinel = await listen(other, sentinel);
        const onB = await listen(nodeB, channel);
        await nodeA.publish(channel, 'for this installation');
        expect(await onB.until(1)).toEqual(['for this installation']);
        await other.publish(sentinel, 'done');
        // Redis delivers in the order it was told: had nodeA's message reached `other`, it would be in by now.
        await otherSentinel.until(1);
        expect(onOther.heard).toEqual([]);
        const onA = await listen(nodeA, channel);
        const sentinelOnA = await listen(nodeA, channelName('sentinel'));
        await other.publish(channel, 'for the other one');
        expect(await onOther.until(1)).toEqual(['for the other one']);
        await nodeA.publish(sentinelOnA.channel, 'done');
        await sentinelOnA.until(1);
        expect(onA.heard).toEqual([]);
      } finally {
        await other.close();
      }
    });
  },
);
