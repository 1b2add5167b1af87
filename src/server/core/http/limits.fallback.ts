import { reasonOf } from '../redis.js';
import type { LimitStore } from './limits.js';

export interface FallbackOptions {
  /** The counters every node shares (Redis). */
  shared: LimitStore;
  /** This node's own counters, for while the shared ones do not answer. */
  local: LimitStore;
  /** Whether the shared store is worth asking now (ioredis's status): no wait on a store known to be away. */
  isSharedReady(): boolean;
  /** Told when counting moves to this node (with a short reason) and when it moves back. */
  onSwitch(change: { isShared: true } | { isShared: false; reason: string }): void;
}

/**
 * Counts in the shared store while it answers and in the node's memory while it does not: during a
 * Redis outage a registration still gets through, and a flood is still limited, per node. The
 * node's counts of the outage are not carried over to Redis: its limits start afresh there.
 */
export function createFallbackLimits(options: FallbackOptions): LimitStore {
  let isShared = true;
  const switchTo = (change: { isShared: true } | { isShared: false; reason: string }) => {
    if (change.isShared === isShared) return;
    isShared = change.isShared;
    options.onSwitch(change);
  };

  async function use<T>(count: (store: LimitStore) => Promise<T>): Promise<T> {
    if (!options.isSharedReady()) {
      switchTo({ isShared: false, reason: 'not connected' });
      return count(options.local);
    }
    try {
      const result = await count(options.shared);
      switchTo({ isShared: true });
      return result;
    } catch (error) {
      switchTo({ isShared: false, reason: reasonOf(error) });
      return count(options.local);
    }
  }

  return {
    take: (rules) => use((store) => store.take(rules)),
    giveBack: (keys) => use((store) => store.giveBack(keys)),
    hit: (key, windowMs) => use((store) => store.hit(key, windowMs)),
  };
}
