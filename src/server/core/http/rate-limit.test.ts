import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { startTestApp, type TestApp } from '../../testing/harness.js';

const redisUrl = process.env.REDIS_URL;
// A fresh unknown address each time unless one is given: with Redis the counts outlive the run.
const unknown = () => `guess-${randomBytes(4).toString('hex')}@example.org`;
const attempt = (client: TestClient, email = unknown()) => client.post('/api/auth/password', { email, password: 'x' });

// With REDIS_URL every node counts in Redis: a guesser cannot multiply the limit by the number of nodes.
// Only Redis is under test here; the nodes' databases are beside the point.
describe.skipIf(!redisUrl)(
  `rate limits across nodes sharing Redis${redisUrl ? '' : ' (skipped: set REDIS_URL, as CI does with REQUIRE_SERVICES=1)'}`,
  () => {
    let first: TestApp;
    let second: TestApp;
    /** A node of another installation on the same Redis. */
    let elsewhere: TestApp;

    beforeAll(async () => {
      first = await startTestApp('pglite', { REDIS_URL: redisUrl ?? '' });
      second = await startTestApp('pglite', { REDIS_URL: redisUrl ?? '' });
      elsewhere = await startTestApp('pglite', {
        REDIS_URL: redisUrl ?? '',
        REDIS_PREFIX: `${first.config.redisPrefix}elsewhere:`,
      });
      // Three embedded databases: slow to open on a loaded machine.
    }, 120_000);
    afterAll(async () => {
      await first?.close();
      await second?.close();
      await elsewhere?.close();
    });

    it('counts the attempts of one address on both nodes together', async () => {
      const onFirst = new TestClient(first.app);
      const onSecond = new TestClient(second.app, { address: onFirst.address });
      for (let i = 0; i < 5; i++) expect((await attempt(onFirst)).status).toBe(401);
      for (let i = 0; i < 5; i++) expect((await attempt(onSecond)).status).toBe(401);
      expectProblem(await attempt(onFirst), 429, 'request.rate_limited');
      expectProblem(await attempt(onSecond), 429, 'request.rate_limited');
      expect((await attempt(new TestClient(second.app))).status).toBe(401);
    });

    it('counts the failures on one account on both nodes together, from any address', async () => {
      const email = unknown();
      for (let i = 0; i < 5; i++) expect((await attempt(new TestClient(first.app), email)).status).toBe(401);
      for (let i = 0; i < 5; i++) expect((await attempt(new TestClient(second.app), email)).status).toBe(401);
      expectProblem(await attempt(new TestClient(first.app), email), 429, 'request.rate_limited');
      expectProblem(await attempt(new TestClient(second.app), email), 429, 'request.rate_limited');
    });

    it('counts apart on a node of another installation (another REDIS_PREFIX) on the same Redis', async () => {
      const onFirst = new TestClient(first.app);
      const onElsewhere = new TestClient(elsewhere.app, { address: onFirst.address });
      for (let i = 0; i < 10; i++) expect((await attempt(onFirst)).status).toBe(401);
      expectProblem(await attempt(onFirst), 429, 'request.rate_limited');
      expect((await attempt(onElsewhere)).status).toBe(401);
    });
  },
);
