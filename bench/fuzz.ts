// The generated bad-input tier at a larger size: `npm run bench:fuzz`.
// FUZZ_RUNS requests per route and caller (default 200; the CI tier sends 20), FUZZ_SEED
// to replay a run (default: a new seed each run, printed). PGlite always, PostgreSQL (with
// Redis) too when DATABASE_URL is set. Requests go through the whole app (inject), as
// anonymous and as an organizer of the demo event; exits 1 when any answer breaks the promise
// (a 5xx, or a 4xx that is not a problem with a code).

import { summarize } from '../src/server/testing/fuzz/run.js';
import { fuzzEveryRoute } from '../src/server/testing/fuzz/tier.js';
import { type Backend, startTestApp } from '../src/server/testing/harness.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const IS_VERBOSE = process.env.FUZZ_VERBOSE === '1';

const share = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(0)}%`;

async function run(backend: Backend) {
  const test = await startTestApp(backend);
  try {
    const started = performance.now();
    const result = await fuzzEveryRoute(test, { numRuns: RUNS, seed: SEED });
    const seconds = (performance.now() - started) / 1000;
    let passed = 0;
    const neverPassed: string[] = [];
    for (const [route, { statuses }] of result.byRoute) {
      const ok = Object.entries(statuses).reduce((sum, [status, n]) => sum + (Number(status) < 400 ? n : 0), 0);
      passed += ok;
      if (ok === 0) neverPassed.push(route);
      if (IS_VERBOSE) console.log(`  ${route}: ${JSON.stringify(statuses)}`);
    }
    console.log(
      `| ${backend} | ${result.routes} | ${result.sent} | ${seconds.toFixed(1)} s | ${(result.sent / seconds).toFixed(0)}/s | ` +
        `${share(passed, result.sent)} | ${result.failures.length} |`,
    );
    if (IS_VERBOSE) console.log(`  never below 400: ${neverPassed.join(', ')}`);
    return summarize(result.failures);
  } finally {
    await test.close();
  }
}

const backends: Backend[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
console.log(`${RUNS} requests per route and caller (anonymous, organizer), seed ${SEED}\n`);
console.log('| backend | routes | requests | time | rate | answered < 400 | broken promises |');
console.log('|---|---|---|---|---|---|---|');
const broken: string[] = [];
for (const backend of backends) broken.push(...(await run(backend)).map((line) => `${backend}: ${line}`));
if (broken.length) {
  console.log(`\nBroken promises (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} to replay):\n${broken.join('\n')}`);
  process.exitCode = 1;
}
