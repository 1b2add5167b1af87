import { describe, expect, it } from 'vitest';
import { createFallbackLimits } from './limits.fallback.js';
import { createMemoryLimits, type LimitStore } from './limits.js';

const rule = { key: 'registration:60/600000:203.0.113.7', max: 2, windowMs: 600_000 };

/** A shared store that answers like memory until it is told to fail, as Redis does when it goes. */
function flakyShared() {
  const inner = createMemoryLimits();
  const state = { isFailing: false };
  const guard = <T>(run: () => Promise<T>) =>
    state.isFailing ? Promise.reject(new Error('Command timed out')) : run();
  const store: LimitStore = {
    take: (rules) => guard(() => inner.take(rules)),
    giveBack: (keys) => guard(() => inner.giveBack(keys)),
    hit: (key, ms) => guard(() => inner.hit(key, ms)),
  };
  return { store, state };
}

function setUp() {
  const shared = flakyShared();
  const local = createMemoryLimits();
  const readiness = { isReady: true };
  const switches: boolean[] = [];
  const limits = createFallbackLimits({
    shared: shared.store,
    local,
    isSharedReady: () => readiness.isReady,
    onSwitch: (change) => switches.push(change.isShared),
  });
  return { limits, shared, local, readiness, switches };
}

describe('rate limits that fall back to the node', () => {
  it('count in the shared store while it answers', async () => {
    const { limits, local, switches } = setUp();
    await limits.take([rule]);
    await limits.take([rule]);
    expect((await limits.take([rule])).isAllowed).toBe(false);
    expect((await local.take([rule])).isAllowed).toBe(true);
    expect(switches).toEqual([]);
  });

  it('count in the node when the shared store fails, still limiting a flood, and say so once', async () => {
    const { limits, shared, switches } = setUp();
    shared.state.isFailing = true;
    expect(await limits.take([rule])).toEqual({ isAllowed: true });
    expect(await limits.take([rule])).toEqual({ isAllowed: true });
    for (let i = 0; i < 5; i++) expect((await limits.take([rule])).isAllowed).toBe(false);
    expect((await limits.hit('route:x', 60_000)).count).toBe(1);
    expect(switches).toEqual([false]);
  });

  it('do not ask a shared store that is known to be away', async () => {
    const { limits, readiness, local, switches } = setUp();
    readiness.isReady = false;
    await limits.take([rule]);
    await limits.take([rule]);
    expect((await local.take([rule])).isAllowed).toBe(false);
    expect(switches).toEqual([false]);
  });

  it('go back to the shared store when it answers again, and say so once', async () => {
    const { limits, shared, switches } = setUp();
    shared.state.isFailing = true;
    await limits.take([rule]);
    await limits.take([rule]);
    shared.state.isFailing = false;
    expect(await limits.take([rule])).toEqual({ isAllowed: true });
    expect(await limits.take([rule])).toEqual({ isAllowed: true });
    expect((await limits.take([rule])).isAllowed).toBe(false);
    expect(switches).toEqual([false, true]);
  });
});
