// The registration burst through the deployment guide's nginx (deploy/nginx/pendopo.conf, TLS),
// on one node and then on two, on PostgreSQL and Redis: `npm run bench:registration-nginx`
// (COUNT=3000 CLIENTS=100; DATABASE_URL and REDIS_URL must be set). Each client is a browser of
// its own: a keep-alive TLS connection from its own loopback address, each registration a new
// person with an Idempotency-Key, resent on a 502/503 as the guide says clients should.
// The ceiling, in the same run: the same crowd through the same nginx to bare node:http servers
// (one or two, as many as the nodes) that answer 201 at once: what TLS, nginx and the loopback cost.
import { type ChildProcess, spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { openPostgres } from '../src/server/core/db/open.js';
import { freePort, type Nginx, startNginx, startNodeProcess, waitFor } from '../src/server/testing/cluster.js';
import { crowd, newPerson, register, sourceAddress } from '../src/server/testing/crowd.js';
import { createTestEvent } from '../src/server/testing/factories.js';
import { createPostgresDatabase } from '../src/server/testing/harness.js';

const COUNT = Number(process.env.COUNT ?? 3000);
const CLIENTS = Number(process.env.CLIENTS ?? 100);
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl || !process.env.REDIS_URL) throw new Error('set DATABASE_URL and REDIS_URL');

const BARE = `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => {
  s.writeHead(201, { 'content-type': 'application/json' }); s.end('{"id":"00000000-0000-4000-8000-000000000000","status":"confirmed"}'); }); })
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));`;

async function startBare(): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', BARE], { env: { ...process.env, PORT: String(port) } });
  let said = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    said += chunk.toString();
  });
  await waitFor(() => said.includes('listening'), 10_000, 'bare server');
  return { port, child };
}

/** COUNT registrations from CLIENTS clients through nginx; throughput and the clients' latencies. */
async function burst(proxy: Nginx, slug: string, offset: number) {
  const client = crowd(proxy.port);
  const latencies: number[] = [];
  let next = 0;
  let resent = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      while (next < COUNT) {
        const n = next++;
        const sent = performance.now();
        const outcome = await register(client, sourceAddress(offset + c), slug, newPerson(offset * 100_000 + n));
        latencies.push(performance.now() - sent);
        resent += outcome.retried.length;
        if (!outcome.id) failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  client.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: COUNT / seconds, p50: at(0.5), p99: at(0.99), resent, failed };
}

const fmt = (r: Awaited<ReturnType<typeof burst>>) =>
  `${r.perSecond.toFixed(0)}/s, p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms` +
  (r.resent || r.failed ? ` (${r.resent} resent, ${r.failed} failed)` : '');

for (const nodeCount of [1, 2]) {
  const { url, drop } = await createPostgresDatabase(adminUrl, 'pendopo_bench');
  const database = await openPostgres(url, 2);
  await database.migrate();
  const event = await createTestEvent(database.db, { rooms: [{ name: { en: 'Plenary' }, capacity: 100_000 }] });
  const warmUp = await createTestEvent(database.db, { rooms: [{ name: { en: 'Plenary' }, capacity: 100_000 }] });
  const env = {
    DATABASE_URL: url,
    REDIS_URL: process.env.REDIS_URL ?? '',
    SESSION_SECRET: 'bench-secret-that-is-long-enough-for-the-schema',
    PUBLIC_URL: 'https://localhost',
    TRUST_PROXY: '127.0.0.1',
    REGISTRATION_RATE_LIMIT: '100000/10m',
  };
  const nodes = [];
  for (let i = 0; i < nodeCount; i++) nodes.push(await startNodeProcess(env));
  const proxy = await startNginx(nodes.map((node) => node.port));
  await burst(proxy, warmUp.slug, 0);
  const pendopo = await burst(proxy, event.slug, 1000);
  await proxy.stop();
  for (const node of nodes) node.child.kill('SIGTERM');
  await Promise.all(nodes.map((node) => node.exited));
  const rows = await database.db.execute(
    `select count(*)::int as n, count(distinct email)::int as d from registrations where event_id = '${event.id}'`,
  );
  const { n, d } = (rows as unknown as { rows: { n: number; d: number }[] }).rows[0] ?? { n: 0, d: 0 };
  await database.close();
  await drop();

  const bare = await Promise.all(Array.from({ length: nodeCount }, startBare));
  const bareProxy = await startNginx(bare.map((b) => b.port));
  await burst(bareProxy, 'bare', 0);
  const ceiling = await burst(bareProxy, 'bare', 1000);
  await bareProxy.stop();
  for (const b of bare) b.child.kill();

  console.log(
    `${nodeCount} node${nodeCount > 1 ? 's' : ''}: ${fmt(pendopo)}; rows ${n}, distinct ${d}` +
      ` | ceiling (bare node:http behind the same nginx): ${fmt(ceiling)}` +
      ` | ratio ${(pendopo.perSecond / ceiling.perSecond).toFixed(2)}`,
  );
}
