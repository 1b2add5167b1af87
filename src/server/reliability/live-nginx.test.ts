import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../shared/auth.js';
import { createMemoryBus } from '../core/bus/bus.js';
import type { Database } from '../core/db/db.js';
import { openPostgres } from '../core/db/open.js';
import {
  NGINX_BIN,
  NGINX_CONF,
  type Nginx,
  type NodeProcess,
  startNginx,
  startNodeProcess,
} from '../testing/cluster.js';
import { buildTestApp, createPostgresDatabase, TEST_REDIS_PREFIX, testConfig } from '../testing/harness.js';
import { ask, createLiveSession } from '../testing/live.js';
import { openSse, type SseMessage, type SseStream } from '../testing/live-stream.js';

const hasServices = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);
if (process.env.REQUIRE_SERVICES === '1' && !NGINX_BIN) {
  throw new Error('REQUIRE_SERVICES=1: nginx is needed for the reliability tests (.ci/run installs nginx-light)');
}
const reason = !hasServices ? 'set DATABASE_URL and REDIS_URL' : 'install nginx (Debian package nginx-light)';

/** A guard against a hang, named after what did not come: no time is measured or asserted. */
function within<T>(promise: Promise<T>, what: string, boundMs = 20_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${boundMs} ms`)), boundMs);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

const questionTexts = (stream: SseStream) =>
  stream.messages.filter((m) => m.event === 'question').map((m) => (m.data as { text: string }).text);
const hasId = (id: number) => (m: SseMessage) => m.id === id;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe.skipIf(!hasServices || !NGINX_BIN)(
  `a session's live stream across two nodes behind the guide's nginx${hasServices && NGINX_BIN ? '' : ` (skipped: ${reason})`}`,
  () => {
    let database: Database;
    let dropDatabase: () => Promise<void>;
    let a: NodeProcess;
    let b: NodeProcess;
    let proxy: Nginx;
    let live: string;
    let base: string;
    let moderator: { cookie: string; csrf: string };
    /** The questions asked before the streams open, in the order the moderator approves them. */
    const asked: { id: string; text: string }[] = [];
    const nodes: NodeProcess[] = [];
    const streams: SseStream[] = [];
    // The certificate is the test's own, made for this run.
    const tls = new Agent({ keepAlive: false, rejectUnauthorized: false });

    const sse = async (url: string, headers: Record<string, string> = {}) => {
      const stream = await openSse(url, headers, url.startsWith('https:') ? { agent: tls } : {});
      streams.push(stream);
      return stream;
    };

    /**
     * What an EventSource does when its stream ends: it opens its URL again, sending the id of
     * the last message it received as Last-Event-ID. A browser's URL is nginx's.
     */
    const reconnect = async (lost: SseStream, url: string) => {
      await within(lost.ended, 'the end of the lost stream');
      const lastEventId = lost.ids().at(-1);
      return sse(url, lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) });
    };

    /** The moderator's approval, sent to the given node's own port (so it is that node that writes it). */
    const approve = async (port: number, question: { id: string }) => {
      const response = await fetch(`http://127.0.0.1:${port}${base}/questions/${question.id}/moderation`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: moderator.cookie, [CSRF_HEADER]: moderator.csrf },
        body: JSON.stringify({ action: 'approve' }),
      });
      if (response.status !== 200) throw new Error(`approve: ${response.status} ${await response.text()}`);
    };

    beforeAll(async () => {
      const created = await createPostgresDatabase(process.env.DATABASE_URL, 'pendopo_live_nginx');
      dropDatabase = created.drop;
      database = await openPostgres(created.url, 3);
      await database.migrate();
      const config = testConfig();
      const env = {
        DATABASE_URL: created.url,
        REDIS_URL: process.env.REDIS_URL ?? '',
        // This file's own channels and counters on the shared Redis, the same for both nodes.
        REDIS_PREFIX: TEST_REDIS_PREFIX,
        // The CSRF tokens of the sessions signed in below are derived from it.
        SESSION_SECRET: config.sessionSecret,
        PUBLIC_URL: 'https://localhost',
        TRUST_PROXY: '127.0.0.1',
        SHUTDOWN_TIMEOUT: '5',
      };
      // Each node is listed as soon as it runs, so that afterAll kills it whatever fails after.
      const starting = [0, 1].map(async () => {
        const node = await startNodeProcess(env);
        nodes.push(node);
        return node;
      });

      // The event, its published panel, a moderator and two registrants, made by the tests' usual
      // helpers through an app of the test's own on the same database; it is closed before any
      // stream opens, so that only the two node processes serve the scenario.
      const bus = createMemoryBus();
      const { app, ctx, routes, drain } = await buildTestApp({ config, database, bus });
      try {
        await app.ready();
        const setup = { app, ctx, routes, drain, db: database.db, database, bus, config, close: async () => {} };
        const session = await createLiveSession(setup);
        ({ base, live } = session);
        moderator = { cookie: session.moderator.cookie ?? '', csrf: session.moderator.csrfToken ?? '' };
        // At most five questions a minute each: Ayu and Budi take turns.
        for (const [i, asker] of [session.ayu, session.budi, session.ayu, session.budi, session.ayu].entries()) {
          const text = `Question ${i + 1}: who keeps the network open?`;
          asked.push({ id: await ask(asker, base, session.sessionId, text), text });
        }
      } finally {
        await app.close();
        await bus.close();
        await Promise.allSettled(starting);
      }

      [a, b] = (await Promise.all(starting)) as [NodeProcess, NodeProcess];
      proxy = await startNginx([a.port, b.port]);
    }, 90_000);

    afterAll(async () => {
      for (const stream of streams) stream.close();
      tls.destroy();
      for (const node of nodes) node.child.kill('SIGKILL');
      await Promise.all(nodes.map((node) => node.exited));
      await proxy?.stop();
      await database?.close();
      await dropDatabase?.();
    });

    it('sends a session’s live stream through the streaming location: unbuffered, held for an hour', () => {
      const site = readFileSync(NGINX_CONF, 'utf8');
      const block = /location ~ (\S+) \{([^}]*)\}/.exec(site);
      expect(block?.[2]).toContain('proxy_buffering off;');
      expect(block?.[2]).toContain('proxy_read_timeout 1h;');
      // nginx matches the path alone: `?view=` and `?lastEventId=` change nothing.
      const pattern = new RegExp(block?.[1] ?? '$^');
      expect(pattern.test(`${live}/stream`)).toBe(true);
      expect(pattern.test(live)).toBe(false);
    });

    it('resumes through nginx on the other node with Last-Event-ID when the viewer’s node is killed: nothing missed, nothing twice', async () => {
      const [first, ...rest] = asked as [(typeof asked)[number], ...typeof asked];
      const whileDown = rest.slice(0, 2);
      const whileResuming = rest.slice(2);

      // The viewer's stream, on B's own port: nginx names no node in its answers, and B is the one to kill.
      const onB = await sse(`http://127.0.0.1:${b.port}${live}/stream`);
      expect(await within(onB.next(), 'the snapshot on B')).toMatchObject({
        event: 'snapshot',
        id: 0,
        data: { recovered: false, questions: [] },
      });
      await approve(a.port, first);
      expect(await within(onB.next(hasId(1)), 'the question approved on A, on B')).toMatchObject({
        event: 'question',
        data: { id: first.id, text: first.text, status: 'approved' },
      });

      b.child.kill('SIGKILL');
      expect((await b.exited).signal).toBe('SIGKILL');
      for (const question of whileDown) await approve(a.port, question);

      // Back through nginx, which finds B gone and passes the stream to A; A approves more meanwhile.
      const viewerUrl = `https://127.0.0.1:${proxy.port}${live}/stream`;
      const resuming = reconnect(onB, viewerUrl);
      const approving = (async () => {
        for (const question of whileResuming) await approve(a.port, question);
      })();
      const resumed = await resuming;
      await approving;
      expect(resumed.response.statusCode).toBe(200);
      const last = asked.length;
      await within(resumed.next(hasId(last)), `message ${last} on the resumed stream`);

      expect(resumed.messages[0]).toMatchObject({ event: 'resumed', id: null, data: { recovered: true, from: 1 } });
      expect(resumed.ids()).toEqual(range(2, last));
      expect(questionTexts(resumed)).toEqual(rest.map((q) => q.text));
      expect(resumed.messages.some((m) => m.event === 'snapshot')).toBe(false);
      // The viewer's whole history, over both connections: every message once, in order.
      expect([...onB.ids(), ...resumed.ids()]).toEqual(range(0, last));

      // A client that cannot set the header resumes with ?lastEventId= through nginx, the same way.
      const byQuery = await sse(`${viewerUrl}?lastEventId=1`);
      await within(byQuery.next(hasId(last)), `message ${last} on the stream resumed by query`);
      expect(byQuery.messages[0]).toMatchObject({ event: 'resumed', data: { recovered: true, from: 1 } });
      expect(byQuery.ids()).toEqual(range(2, last));
      expect(questionTexts(byQuery)).toEqual(rest.map((q) => q.text));
      expect(a.child.exitCode).toBeNull();
    }, 60_000);
  },
);
