import { EventEmitter } from 'node:events';

export type BusHandler = (message: string) => void;

/**
 * What a bus tells about itself: Redis lost (`down`) or back with every subscription renewed
 * (`up`), and a message that may not have reached the other nodes although Redis seemed there.
 */
export type BusNotice = { kind: 'down'; reason: string } | { kind: 'up' } | { kind: 'lost'; reason: string };

/**
 * Carries small notices between the parts of one node, or between nodes.
 * It is not a store: a lost message must never lose data, only delay a refresh.
 */
export interface Bus {
  kind: 'memory' | 'redis';
  /** Never rejects: without Redis the message reaches this node's subscribers only. */
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once the subscription is active (or, while Redis is away, will be when it returns); the returned function ends it. */
  subscribe(channel: string, handler: BusHandler): Promise<() => Promise<void>>;
  /** False while messages from other nodes may be missed: subscribers read the database instead. */
  isConnected(): boolean;
  /** Tells the listener each notice from now on; the returned function stops it. */
  watch(listener: (notice: BusNotice) => void): () => void;
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
    isConnected: () => true,
    // One process hears all of its own messages: there is nothing to be told.
    watch: () => () => undefined,
    close: async () => {
      emitter.removeAllListeners();
    },
  };
}
