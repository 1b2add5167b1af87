import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { createTestAccount, TEST_PASSWORD } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { SIGN_IN_FAILURES } from './sign-in.limits.js';

const WINDOW_SECONDS = SIGN_IN_FAILURES.windowMs / 1000;
const unknown = () => `nobody-${randomBytes(4).toString('hex')}@example.org`;

describe.each(BACKENDS)('POST /api/auth/password limits (%s)', (backend) => {
  let test: TestApp;
  const signIn = (email: string, password: string, client = new TestClient(test.app)) =>
    client.post('/api/auth/password', { email, password });

  beforeAll(async () => {
    const redisUrl = process.env.REDIS_URL;
    test = await startTestApp(backend, backend === 'postgres' && redisUrl ? { REDIS_URL: redisUrl } : {});
  });
  afterAll(() => test.close());

  it('closes an account to every address after its failures, even to the right password, with Retry-After', async () => {
    const account = await createTestAccount(test.db);
    for (let i = 0; i < SIGN_IN_FAILURES.perAccount; i++) {
      expect((await signIn(account.email, `guess ${i}`)).status).toBe(401);
    }
    const owner = await signIn(account.email.toUpperCase(), TEST_PASSWORD);
    expectProblem(owner, 429, 'request.rate_limited');
    expect(owner.json.detail).toMatch(/even with the right password/);
    const retryAfter = Number(owner.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(owner.headers['set-cookie']).toBeUndefined();
    // Other accounts are not held back.
    const other = await createTestAccount(test.db);
    expect((await signIn(other.email, TEST_PASSWORD)).status).toBe(204);
  });

  it('lets no more guesses through when they arrive together', async () => {
    const account = await createTestAccount(test.db);
    const attempts = SIGN_IN_FAILURES.perAccount * 2;
    const statuses = await Promise.all(
      Array.from({ length: attempts }, async (_, i) => (await signIn(account.email, `guess ${i}`)).status),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(SIGN_IN_FAILURES.perAccount);
    expect(statuses.filter((s) => s === 429)).toHaveLength(attempts - SIGN_IN_FAILURES.perAccount);
  });

  it('does not reopen an account to a guesser when its owner signs in', async () => {
    const account = await createTestAccount(test.db);
    for (let i = 1; i < SIGN_IN_FAILURES.perAccount; i++) {
      expect((await signIn(account.email, `guess ${i}`)).status).toBe(401);
    }
    expect((await signIn(account.email, TEST_PASSWORD)).status).toBe(204);
    expect((await signIn(account.email, 'last guess')).status).toBe(401);
    expectProblem(await signIn(account.email, 'one more'), 429, 'request.rate_limited');
  });

  it('does not give an address more guesses for signing in to its own account in between', async () => {
    const own = await createTestAccount(test.db);
    const machine = new TestClient(test.app);
    for (let i = 0; i < SIGN_IN_FAILURES.perAddress; i++) {
      expect((await signIn(own.email, TEST_PASSWORD, machine)).status).toBe(204);
      expect((await signIn(unknown(), 'guess', machine)).status).toBe(401);
    }
    expectProblem(await signIn(unknown(), 'guess', machine), 429, 'request.rate_limited');
    // The address's own account waits too: the address is what guessed.
    expectProblem(await signIn(own.email, TEST_PASSWORD, machine), 429, 'request.rate_limited');
    expect((await signIn(own.email, TEST_PASSWORD)).status).toBe(204);
  });
});
