import type { FastifyBaseLogger } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from './db.js';
import { createScrubber, ERASED_TABLES } from './scrub.js';

/** A database that only counts its rewrites; the clock is vitest's, moved by hand. */
function countingScrubber() {
  const compact = vi.fn(async (_tables: readonly string[]) => undefined);
  const log = { error: vi.fn() } as unknown as FastifyBaseLogger;
  const scrub = createScrubber({
    database: { compact } as unknown as Database,
    log,
    quietMs: 3_000,
    maxWaitMs: 30_000,
  });
  return { scrub, compact };
}

describe('rewriting the erased tables', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rewrites once for a burst of erasures, when they pause', async () => {
    const { scrub, compact } = countingScrubber();
    for (let i = 0; i < 20; i++) {
      scrub.request();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(compact).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(compact).toHaveBeenCalledTimes(1);
    expect(compact).toHaveBeenCalledWith(ERASED_TABLES);
  });

  it('does not wait for ever under erasures that never pause', async () => {
    const { scrub, compact } = countingScrubber();
    for (let i = 0; i < 40; i++) {
      scrub.request();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    // At most 30 s after the first of each run of erasures.
    expect(compact).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(compact).toHaveBeenCalledTimes(2);
  });

  it('runs nothing when nothing was erased, and a pending rewrite at once on flush', async () => {
    const { scrub, compact } = countingScrubber();
    await scrub.flush();
    expect(compact).not.toHaveBeenCalled();
    scrub.request();
    await scrub.flush();
    expect(compact).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(compact).toHaveBeenCalledTimes(1);
    expect(scrub.runs).toBe(1);
  });
});
