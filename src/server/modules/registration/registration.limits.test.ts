import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REGISTRATION_RATE_LIMIT } from '../../config.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { buildRegistration, createTestEvent } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';

// Registrations per address come in windows: a burst (a room told to register now, behind one
// carrier-grade NAT) on a longer allowance, so a crowd gets in and a script does not keep going.
const [burst, day] = DEFAULT_REGISTRATION_RATE_LIMIT.split(',').map((pair) => Number(pair.split('/')[0]));
const redis = (backend: string): Record<string, string> =>
  backend === 'postgres' && process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {};

describe.each(BACKENDS)('POST /api/events/:slug/registrations per address (%s)', (backend) => {
  const register = (client: TestClient, slug: string) =>
    client.post(`/api/events/${slug}/registrations`, buildRegistration());

  describe(`by default (${DEFAULT_REGISTRATION_RATE_LIMIT})`, () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await startTestApp(backend, redis(backend));
    });
    afterAll(() => test.close());

    it(`takes a crowd of ${burst} from one address at once, then answers 429 with Retry-After`, async () => {
      expect(day).toBeGreaterThan(burst ?? 0);
      const event = await createTestEvent(test.db);
      const crowd = new TestClient(test.app);
      const statuses = await Promise.all(
        Array.from({ length: burst ?? 0 }, async () => (await register(crowd, event.slug)).status),
      );
      expect(statuses.filter((s) => s === 201)).toHaveLength(burst ?? 0);
      const refused = await register(crowd, event.slug);
      expectProblem(refused, 429, 'request.rate_limited');
      expect(refused.json.detail).toMatch(/CSV/);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(10 * 60);
      // The wait as data too, for the browser to say in the reader's language.
      expect(refused.json.params).toEqual({ retryAfterSeconds: retryAfter });
      // Everyone else still registers.
      expect((await register(new TestClient(test.app), event.slug)).status).toBe(201);
    });

    it('counts refused bodies too, so a script cannot probe for free', async () => {
      const client = new TestClient(test.app);
      for (let i = 0; i < (burst ?? 0); i++) {
        expect((await client.post('/api/events/no-such-event/registrations', { name: 'x' })).status).toBe(400);
      }
      const event = await createTestEvent(test.db);
      expectProblem(await register(client, event.slug), 429, 'request.rate_limited');
    });
  });

  describe('with REGISTRATION_RATE_LIMIT=5/1d', () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await startTestApp(backend, { ...redis(backend), REGISTRATION_RATE_LIMIT: '5/1d' });
    });
    afterAll(() => test.close());

    it("lets 5 through and refuses the 6th until the day's window has passed", async () => {
      const event = await createTestEvent(test.db);
      const client = new TestClient(test.app, { address: `10.${[...randomBytes(3)].join('.')}` });
      for (let i = 0; i < 5; i++) expect((await register(client, event.slug)).status).toBe(201);
      const refused = await register(client, event.slug);
      expectProblem(refused, 429, 'request.rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(86_400 - 600);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(86_400);
    });
  });
});
