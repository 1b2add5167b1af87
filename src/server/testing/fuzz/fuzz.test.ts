import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, startTestApp, type TestApp } from '../harness.js';
import { summarize } from './run.js';
import { fuzzEveryRoute } from './tier.js';

/** Fixed, so that a failure comes back on the next run; FUZZ_SEED tries another sequence. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_211_116);
/** Per route and caller: sized for about a minute per backend on CI's two cores. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);

describe.each(BACKENDS)('generated bad input, every route of the OpenAPI document (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  it('never answers 5xx, and answers every 4xx with a problem and its code', async () => {
    const started = Date.now();
    const result = await fuzzEveryRoute(test, { numRuns: RUNS, seed: SEED });
    console.info(
      `fuzz ${backend}: ${result.sent} requests to ${result.routes} routes in ${Date.now() - started} ms (seed ${SEED})`,
    );
    expect(result.routes).toBeGreaterThan(50);
    expect(summarize(result.failures), `seed ${SEED} (FUZZ_SEED=${SEED} to run it again)`).toEqual([]);
  }, 300_000);
});
