import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBus } from '../core/bus/bus.js';
import type { Database } from '../core/db/db.js';
import { openPostgres } from '../core/db/open.js';
import { registrations } from '../modules/registration/registration.tables.js';
import { openEventDatabase, waitFor } from '../testing/cluster.js';
import { newPerson, type Person } from '../testing/crowd.js';
import { buildTestApp, testConfig } from '../testing/harness.js';
import { startTcpProxy } from '../testing/tcp-proxy.js';

const adminUrl = process.env.DATABASE_URL;
/** How long each outage lasts: the 10 s. */
const OUTAGE_MS = 10_000;
const TIMEOUTS = { connectMs: 1000, statementMs: 1000, idleTransactionMs: 5000 };

describe.skipIf(!adminUrl)(
  `PostgreSQL unreachable, then silent, behind a TCP proxy${adminUrl ? '' : ' (skipped: set DATABASE_URL)'}`,
  () => {
    let direct: Database;
    let node: Database;
    let app: FastifyInstance;
    let drop: () => Promise<void>;
    let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
    let slug: string;
    let eventId: string;
    let n = 0;

    beforeAll(async () => {
      const created = await openEventDatabase('pendopo_faults', 500);
      ({
        drop,
        database: direct,
        event: { slug, id: eventId },
      } = created);
      const url = new URL(created.url);
      proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
      url.port = String(proxy.port);
      node = await openPostgres(url.toString(), 5, TIMEOUTS);
      ({ app } = await buildTestApp({ config: testConfig(), database: node, bus: createMemoryBus() }));
      await app.ready();
    }, 60_000);

    afterAll(async () => {
      proxy?.setMode('forward');
      await app?.close();
      await node?.close();
      await proxy?.close();
      await drop?.();
    });

    const register = (person: Person) =>
      app.inject({
        method: 'POST',
        url: `/api/events/${slug}/registrations`,
        payload: person.body,
        headers: { 'idempotency-key': person.key },
        remoteAddress: `10.9.${n >> 8}.${n++ & 255}`,
      });
    const acknowledged = new Map<string, string>();
    const unanswered: Person[] = [];

    /** Requests every quarter second for the outage's length: what each answered, and how long it took at most. */
    async function duringOutage() {
      const answers: { what: string; status: number; code?: string; retryAfter?: string }[] = [];
      let slowest = 0;
      const until = Date.now() + OUTAGE_MS;
      while (Date.now() < until) {
        const person = newPerson(n);
        const started = Date.now();
        const [event, registered, ready] = await Promise.all([
          app.inject({ method: 'GET', url: `/api/events/${slug}` }),
          register(person),
          app.inject({ method: 'GET', url: '/readyz' }),
        ]);
        slowest = Math.max(slowest, Date.now() - started);
        for (const [what, response] of [
          ['event', event],
          ['registration', registered],
          ['readyz', ready],
        ] as const) {
          const body = response.json() as { code?: string; id?: string };
          answers.push({
            what,
            status: response.statusCode,
            code: body.code,
            retryAfter: response.headers['retry-after'] as string,
          });
        }
        if (registered.statusCode === 201) acknowledged.set(person.email, (registered.json() as { id: string }).id);
        else unanswered.push(person);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return { answers, slowest };
    }

    const expectUnavailable = (answers: Awaited<ReturnType<typeof duringOutage>>['answers']) => {
      expect(answers.length).toBeGreaterThan(6);
      const api = answers.filter((a) => a.what !== 'readyz');
      expect(api.filter((a) => a.status !== 503 || a.code !== 'service.unavailable')).toEqual([]);
      expect(api.every((a) => Number(a.retryAfter) > 0)).toBe(true);
      expect(answers.filter((a) => a.what === 'readyz' && a.status !== 503)).toEqual([]);
    };

    it('serves while the database answers', async () => {
      const person = newPerson(n);
      const response = await register(person);
      expect(response.statusCode).toBe(201);
      acknowledged.set(person.email, (response.json() as { id: string }).id);
    });

    it('answers 503 service.unavailable with Retry-After while the database refuses connections', async () => {
      proxy.setMode('refuse');
      expectUnavailable((await duringOutage()).answers);
    }, 60_000);

    it('answers 503 within the timeouts, never hanging, while the database is silent', async () => {
      proxy.setMode('blackhole');
      const { answers, slowest } = await duringOutage();
      expectUnavailable(answers);
      // The connect, statement and ping timeouts are 1-2 s here: a request waits on a few of them at most.
      expect(slowest).toBeLessThan(8_000);
    }, 60_000);

    it('recovers by itself, and loses no acknowledged registration', async () => {
      proxy.setMode('forward');
      await waitFor(
        async () => (await app.inject({ method: 'GET', url: '/readyz' })).statusCode === 200,
        15_000,
        'ready again',
      );
      // The clients resend what got a 503, with their keys: each is registered once.
      for (const person of unanswered) {
        const response = await register(person);
        expect(response.statusCode).toBe(201);
        acknowledged.set(person.email, (response.json() as { id: string }).id);
      }
      const rows = await direct.db
        .select({ id: registrations.id, email: registrations.email })
        .from(registrations)
        .where(eq(registrations.eventId, eventId));
      expect(rows.length).toBe(acknowledged.size);
      for (const row of rows) expect(acknowledged.get(row.email)).toBe(row.id);
    }, 60_000);
  },
);
