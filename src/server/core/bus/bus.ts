import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';

export type BusHandler = (message: string) => void;

/**
 * Carries small notices between the parts of one node, or between nodes.
 * It is not a store: a lost message must never lose data, only delay a refresh.
 */
export interface Bus {
  kind: 'memory' | 'redis';
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once the subscription is active; the returned function ends it. */
  subscribe(channel: string, handler: BusHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function createMemoryBus(): Bus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    kind: 'memory',
    publish: async (channel, message) => {
      emitter.emit(channel, message);
    },
    subscribe: async (channel, handler) => {
      emitter.on(channel, handler);
      return async () => {
        emitter.off(channel, handler);
      };
    },
    close: async () => {
      emitter.removeAllListeners();
    },
  };
}

const PREFIX = 'pendopo:';

export async function createRedisBus(url: string): Promise<Bus> {
  const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
  const publisher = new Redis(url, options);
  const subscriber = new Redis(url, options);
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const local = createMemoryBus();
  const counts = new Map<string, number>();
  subscriber.on('message', (channel: string, message: string) => {
    void local.publish(channel.slice(PREFIX.length), message);
  });
  return {
    kind: 'redis',
    publish: async (channel, message) => {
      await publisher.publish(PREFIX + channel, message);
    },
    subscribe: async (channel, handler) => {
      const unsubscribeLocal = await local.subscribe(channel, handler);
      const count = counts.get(channel) ?? 0;
      counts.set(channel, count + 1);
      if (count === 0) await subscriber.subscribe(PREFIX + channel);
      return async () => {
        await unsubscribeLocal();
        const left = (counts.get(channel) ?? 1) - 1;
        if (left > 0) {
          counts.set(channel, left);
          return;
        }
        counts.delete(channel);
        await subscriber.unsubscribe(PREFIX + channel);
      };
    },
    close: async () => {
      await local.close();
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
