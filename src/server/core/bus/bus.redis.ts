import { createRedisClient, reasonOf } from '../redis.js';
import { type Bus, type BusNotice, createMemoryBus } from './bus.js';

/**
 * The bus between nodes: Redis pub/sub on channels that begin with `prefix` (REDIS_PREFIX), heard
 * through a memory bus of this node. While Redis is away (at the start too), publish reaches this
 * node's subscribers only and resolves at once; subscriptions are kept and renewed when it returns.
 */
export async function createRedisBus(url: string, { prefix }: { prefix: string }): Promise<Bus> {
  let lastReason = 'connection closed';
  const noteReason = (reason: string) => {
    lastReason = reason;
  };
  const publisher = createRedisClient(url, noteReason);
  // The subscriptions are renewed here, not by ioredis, so that `up` is told only once they hold.
  const subscriber = createRedisClient(url, noteReason, { autoResubscribe: false });
  const local = createMemoryBus();
  const counts = new Map<string, number>();
  const listeners = new Set<(notice: BusNotice) => void>();
  const isUp = { publisher: false, subscriber: false };
  let isConnected = false;
  let isClosing = false;

  const tell = (notice: BusNotice) => {
    if (isClosing) return;
    for (const listener of listeners) listener(notice);
  };
  const update = () => {
    const next = isUp.publisher && isUp.subscriber;
    if (next === isConnected) return;
    isConnected = next;
    tell(next ? { kind: 'up' } : { kind: 'down', reason: lastReason });
  };

  publisher.on('ready', () => {
    isUp.publisher = true;
    update();
  });
  publisher.on('close', () => {
    isUp.publisher = false;
    update();
  });
  const markSubscribed = () => {
    if (subscriber.status !== 'ready') return;
    isUp.subscriber = true;
    update();
  };
  // A connection that takes no SUBSCRIBE is no use: drop it and let ioredis try anew.
  const renewConnection = (error: unknown) => {
    lastReason = reasonOf(error);
    if (!isClosing) subscriber.disconnect(true);
  };
  subscriber.on('ready', () => {
    const channels = [...counts.keys()].map((channel) => prefix + channel);
    if (channels.length === 0) markSubscribed();
    else subscriber.subscribe(...channels).then(markSubscribed, renewConnection);
  });
  subscriber.on('close', () => {
    isUp.subscriber = false;
    update();
  });
  subscriber.on('message', (channel: string, message: string) => {
    if (channel.startsWith(prefix)) void local.publish(channel.slice(prefix.length), message);
  });

  // A node starts without Redis too, reading the database meanwhile; ioredis keeps trying to connect.
  await Promise.all([publisher.connect(), subscriber.connect()]).catch(() => undefined);

  return {
    kind: 'redis',
    publish: async (channel, message) => {
      let isSent = false;
      if (isUp.publisher) {
        try {
          await publisher.publish(prefix + channel, message);
          isSent = true;
        } catch (error) {
          tell({ kind: 'lost', reason: reasonOf(error) });
        }
      }
      // What Redis does not carry back, this node's own subscribers are told directly.
      if (!isSent || !isUp.subscriber) await local.publish(channel, message);
    },
    subscribe: async (channel, handler) => {
      const unsubscribeLocal = await local.subscribe(channel, handler);
      const count = counts.get(channel) ?? 0;
      counts.set(channel, count + 1);
      // While Redis is away the channel is only noted: the next connection subscribes to it.
      if (count === 0 && subscriber.status === 'ready') {
        await subscriber.subscribe(prefix + channel).catch(renewConnection);
      }
      return async () => {
        await unsubscribeLocal();
        const left = (counts.get(channel) ?? 1) - 1;
        if (left > 0) {
          counts.set(channel, left);
          return;
        }
        counts.delete(channel);
        if (subscriber.status === 'ready') await subscriber.unsubscribe(prefix + channel).catch(() => undefined);
      };
    },
    isConnected: () => isConnected,
    watch: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      isClosing = true;
      listeners.clear();
      await local.close();
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
