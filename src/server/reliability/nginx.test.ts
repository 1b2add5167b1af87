import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../core/db/db.js';
import { PROJECT_ROOT } from '../core/paths.js';
import { registrations } from '../modules/registration/registration.tables.js';
import {
  NGINX_BIN,
  NGINX_CONF,
  type Nginx,
  type NodeProcess,
  openEventDatabase,
  startNginx,
  startNodeProcess,
  waitFor,
} from '../testing/cluster.js';
import { crowd, newPerson, type Outcome, register, sourceAddress } from '../testing/crowd.js';

const hasServices = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);
if (process.env.REQUIRE_SERVICES === '1' && !NGINX_BIN) {
  throw new Error('REQUIRE_SERVICES=1: nginx is needed for the reliability tests (.ci/run installs nginx-light)');
}
const reason = !hasServices ? 'set DATABASE_URL and REDIS_URL' : 'install nginx (Debian package nginx-light)';

/** Runs `tasks` with `width` at a time; each task gets its client number. */
async function inParallel<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

describe.skipIf(!hasServices || !NGINX_BIN)(
  `two nodes behind the guide's nginx${hasServices && NGINX_BIN ? '' : ` (skipped: ${reason})`}`,
  () => {
    let database: Database;
    let drop: () => Promise<void>;
    let slug: string;
    let eventId: string;
    let env: Record<string, string>;
    const nodes: NodeProcess[] = [];
    const proxies: Nginx[] = [];

    beforeAll(async () => {
      const created = await openEventDatabase('pendopo_nginx', 2000);
      ({
        drop,
        database,
        event: { slug, id: eventId },
      } = created);
      env = {
        DATABASE_URL: created.url,
        REDIS_URL: process.env.REDIS_URL ?? '',
        SESSION_SECRET: 'reliability-test-secret-long-enough-for-the-schema',
        PUBLIC_URL: 'https://localhost',
        TRUST_PROXY: '127.0.0.1',
        SHUTDOWN_TIMEOUT: '5',
      };
    }, 60_000);

    afterAll(async () => {
      for (const node of nodes) node.child.kill('SIGKILL');
      for (const proxy of proxies) await proxy.stop();
      await drop?.();
    });

    const startNode = async () => {
      const node = await startNodeProcess(env);
      nodes.push(node);
      return node;
    };
    const startProxy = async (ports: number[]) => {
      const proxy = await startNginx(ports);
      proxies.push(proxy);
      return proxy;
    };

    /** Every person once in the database, under the id their client was given. */
    async function expectEachOnceWithTheirId(people: { email: string }[], outcomes: Outcome[]) {
      const rows = await database.db
        .select({ id: registrations.id, email: registrations.email })
        .from(registrations)
        .where(eq(registrations.eventId, eventId));
      const byEmail = new Map(rows.map((row) => [row.email, row.id]));
      expect(outcomes.filter((o) => o.failure || !o.id)).toEqual([]);
      expect(rows.length).toBe(byEmail.size);
      for (const [i, person] of people.entries()) expect(byEmail.get(person.email)).toBe(outcomes[i]?.id);
      return rows.length;
    }

    it('serves the configuration that docs/operations.md shows', () => {
      const guide = readFileSync(join(PROJECT_ROOT, 'docs/operations.md'), 'utf8');
      expect(guide).toContain(readFileSync(NGINX_CONF, 'utf8').trim());
    });

    it('loses and doubles no one when a node is killed mid-burst and the clients resend with their keys', async () => {
      const [a, b] = [await startNode(), await startNode()];
      const proxy = await startProxy([a.port, b.port]);
      const client = crowd(proxy.port);
      const people = Array.from({ length: 240 }, (_, n) => newPerson(n));
      let answered = 0;
      const outcomes = await inParallel(people.length, 24, async (i) => {
        const outcome = await register(client, sourceAddress(i % 24), slug, people[i] as (typeof people)[number]);
        if (++answered === 60) a.child.kill('SIGKILL');
        return outcome;
      });
      expect((await a.exited).signal).toBe('SIGKILL');
      expect(await expectEachOnceWithTheirId(people, outcomes)).toBe(240);
      // The survivor serves through the proxy, several times in a row (nginx has left the dead node).
      for (let i = 0; i < 5; i++) expect((await client.send(sourceAddress(i), 'GET', '/readyz')).status).toBe(200);
      expect(b.child.exitCode).toBeNull();
      client.close();
    }, 180_000);

    it('stops a node with SIGTERM under load: no broken connection, no error the client did not ask to resend, gone within the bound', async () => {
      const [b, c] = [await startNode(), await startNode()];
      const proxy = await startProxy([b.port, c.port]);
      const client = crowd(proxy.port);
      const reads: (number | string)[] = [];
      const registered: Outcome[] = [];
      let isRunning = true;
      const loads = Array.from({ length: 12 }, async (_, i) => {
        const from = sourceAddress(100 + i);
        for (let n = 0; isRunning; n++) {
          if (n % 3 === 2) {
            registered.push(await register(client, from, slug, newPerson(10_000 + i * 1000 + n)));
          } else {
            const answer = await client.send(from, 'GET', `/api/events/${slug}`).catch((e: NodeJS.ErrnoException) => ({
              status: e.code ?? 'error',
            }));
            reads.push(answer.status);
          }
        }
      });
      await waitFor(() => reads.length >= 100, 60_000, 'load before the signal');
      const signalledAt = Date.now();
      c.child.kill('SIGTERM');
      const exit = await c.exited;
      const stoppedWithin = Date.now() - signalledAt;
      const readsAtExit = reads.length;
      await waitFor(() => reads.length >= readsAtExit + 100, 60_000, 'load after the stop');
      isRunning = false;
      await Promise.all(loads);
      client.close();

      expect(exit).toEqual({ code: 0, signal: null });
      expect(stoppedWithin).toBeLessThan(5_000);
      // Reads: nginx resends them to the other node itself; the client sees only answers.
      expect(reads.filter((status) => status !== 200)).toEqual([]);
      // Registrations: each got its 201. A POST that met the node just as it closed an idle connection
      // may get one 502, which nginx must not resend on its own; the client resends it with its key.
      expect(registered.filter((outcome) => !outcome.id)).toEqual([]);
      const resent = registered.flatMap((outcome) => outcome.retried.map((r) => r.status));
      expect(resent.filter((status) => status !== 502)).toEqual([]);
      expect(resent.length).toBeLessThanOrEqual(2);
    }, 180_000);
  },
);
