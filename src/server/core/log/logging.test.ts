import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANYONE } from '../../../shared/access.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { accounts } from '../auth/auth.tables.js';

/** Strings no log line may hold: a person's name and address, and a token. */
const unique = randomBytes(4).toString('hex');
const EMAIL = `ayu.lestari.${unique}@logs.example`;
const NAME = `Ayu Lestari ${unique}`;
const TOKEN = `feed${unique}SecretKey`;

/** Routes only this test mounts: queries that fail in the database with personal data as parameters. */
function failingRoutes(app: FastifyInstance, db: () => TestApp['db']) {
  app.post('/api/test/duplicate-account', { config: { access: ANYONE } }, async () => {
    // The second insert breaks the unique address: PostgreSQL names the address in its detail.
    await db().insert(accounts).values({ email: EMAIL, name: NAME });
    await db().insert(accounts).values({ email: EMAIL, name: NAME });
    return {};
  });
  app.get('/api/test/bad-cast', { config: { access: ANYONE } }, async () => {
    // The value is quoted in PostgreSQL's own message ("invalid input syntax for type uuid").
    await db().execute(sql`select ${EMAIL}::uuid`);
    return {};
  });
}

describe.each(BACKENDS)('what the logs keep (%s)', (backend) => {
  let test: TestApp;
  const lines: string[] = [];
  const logged = () => lines.join('');

  beforeAll(async () => {
    test = await startTestApp(
      backend,
      { LOG_LEVEL: 'info' },
      {
        logStream: { write: (line: string) => void lines.push(line) },
        beforeReady: (app) => failingRoutes(app, () => test.db),
      },
    );
  });
  afterAll(() => test.close());

  it('logs a failed insert with its SQLSTATE and its shape, never the name or address it carried', async () => {
    lines.length = 0;
    const response = await new TestClient(test.app).post('/api/test/duplicate-account', {});
    expectProblem(response, 500, 'internal');
    const errorLine = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'unhandled error');
    expect(errorLine?.err).toMatchObject({ code: '23505', constraint: 'accounts_email_unique' });
    expect(errorLine?.err.query).toMatch(/^insert into "accounts"/);
    expect(logged()).not.toContain(EMAIL);
    expect(logged()).not.toContain(NAME);
  });

  it('keeps a value out of a message that quotes it', async () => {
    lines.length = 0;
    expectProblem(await new TestClient(test.app).get('/api/test/bad-cast'), 500, 'internal');
    const errorLine = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'unhandled error');
    expect(errorLine?.err.code).toBe('22P02');
    expect(logged()).not.toContain(EMAIL);
  });

  it('keeps the token of a personal agenda feed out of every request line, whatever the address looks like', async () => {
    lines.length = 0;
    const client = new TestClient(test.app);
    await client.get(`/events/no-such-event/agenda/${TOKEN}.ics`);
    await client.get(`/events/no-such-event/agenda/${TOKEN}`);
    await client.get(`/events/no-such-event/agenda/${TOKEN}.ics/`);
    expect(lines.length).toBeGreaterThan(0);
    expect(logged()).not.toContain(TOKEN);
  });
});
