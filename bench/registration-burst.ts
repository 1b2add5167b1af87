// A burst of registrations from many clients at once, on PGlite and (with DATABASE_URL)
// on PostgreSQL: `npm run bench:registration-burst` (COUNT=5000 CLIENTS=200 by default).
// The server runs in a child process (bench/support/burst-server.ts); this process sends
// the burst over loopback, each request a new person, each client a machine of its own: its
// own keep-alive connection from its own loopback source address (127.0.1.2, 127.0.1.3, ...),
// so the per-address limits count real connections, as they do in production (a forged
// X-Forwarded-For no longer counts), after a warm-up of 1,000 to another event. "server p99" is the server's own view (Fastify's
// elapsed time per request), to tell its queueing from the client's. Afterwards the rows are
// counted (none lost, none twice) and the same writes go straight to the database in
// the same process as the ceiling.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { createPostgresDatabase } from '../src/server/testing/harness.js';

const COUNT = Number(process.env.COUNT ?? 5000);
const CLIENTS = Number(process.env.CLIENTS ?? 200);
/** Registrations sent first, to another event, so the burst meets a warm server as a real rush would. */
const WARM_UP = Number(process.env.WARM_UP ?? 1000);

function startServer(databaseUrl?: string) {
  const profile = process.env.PROFILE ? ['--cpu-prof', '--cpu-prof-dir=.tmp/prof'] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/support/burst-server.ts'], {
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl ?? '' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(String((await lines.next()).value));
  const ask = async (command: string) => {
    child.stdin.write(`${command}\n`);
    return next();
  };
  return { child, next, ask };
}

let sent = 0;
const body = (n: number) =>
  JSON.stringify({
    name: `Burst Person ${n}`,
    email: `burst-${n}-${randomBytes(3).toString('hex')}@example.org`,
    country: ['ID', 'FI', 'JP', 'AU'][n % 4],
    organization: 'Bench Organisation',
    sector: 'government',
    attendance: n % 2 ? 'in_person' : 'virtual',
    consent: true,
  });

/** Client i's source address: 127.0.1.2 onwards, 250 to a /24, never 127.0.0.1 (the server's own). */
const sourceAddress = (i: number) => `127.0.${1 + Math.floor(i / 250)}.${2 + (i % 250)}`;
/** One keep-alive connection per client, from the client's own address; made once, kept for the warm-up and the burst. */
const agents = Array.from(
  { length: CLIENTS },
  (_, i) => new Agent({ keepAlive: true, maxSockets: 1, localAddress: sourceAddress(i) }),
);

/** POSTs the JSON and reads the whole answer; resolves to its status. */
const post = (agent: Agent, url: URL, payload: string) =>
  new Promise<number>((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (incoming) => {
        incoming.on('error', reject);
        incoming.on('end', () => resolve(incoming.statusCode ?? 0));
        incoming.resume();
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });

/**
 * CLIENTS clients, each sending its next registration when the last is answered (keep-alive
 * connection from its own address), until `amount` are sent; every request timed from before it
 * is sent to after its answer is read.
 */
async function burst(port: number, slug: string, amount = COUNT) {
  const url = new URL(`http://127.0.0.1:${port}/api/events/${slug}/registrations`);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  let started = 0;
  const begin = performance.now();
  await Promise.all(
    agents.map(async (agent) => {
      while (started < amount) {
        started += 1;
        sent += 1;
        const n = sent;
        const at = performance.now();
        try {
          const status = await post(agent, url, body(n));
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - at);
      }
    }),
  );
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort((x, y) => x - y);
  const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))] ?? 0);
  const non2xx = [...statuses].filter(([status]) => status < 200 || status > 299).reduce((n, [, c]) => n + c, 0);
  return { perSecond: amount / seconds, p50: at(0.5), p99: at(0.99), max: at(1), errors: errors + non2xx, statuses };
}

async function measure(label: string, databaseUrl?: string) {
  const server = startServer(databaseUrl);
  const { port, slug, warmUpSlug } = await server.next();
  await burst(port, warmUpSlug, WARM_UP);
  await server.ask('times');
  const result = await burst(port, slug);
  const serverTimes = await server.ask('times');
  if (process.env.VERBOSE) console.error({ statuses: result.statuses });
  const rows = await server.ask('count');
  const ceiling = await server.ask(`ceiling ${COUNT} ${CLIENTS}`);
  await server.ask('exit').catch(() => undefined);
  await new Promise((resolve) => server.child.once('exit', resolve));
  const ceilingPerSecond = ceiling.n / ceiling.seconds;
  return { label, ...result, serverTimes, rows, ceilingPerSecond, share: result.perSecond / ceilingPerSecond };
}

const results = [await measure('PGlite')];
if (process.env.DATABASE_URL) {
  const database = await createPostgresDatabase(process.env.DATABASE_URL, 'pendopo_bench');
  try {
    results.push(await measure('PostgreSQL', database.url));
  } finally {
    await database.drop();
  }
}
for (const agent of agents) agent.destroy();
console.log(
  `${COUNT} registrations from ${CLIENTS} concurrent clients, each from its own address (${sourceAddress(0)}-${sourceAddress(CLIENTS - 1)})\n`,
);
console.log(
  '| backend | per second | p50 | p99 | max | server p99 | errors | rows (distinct e-mails) | mails, audit rows | ceiling per second | share of ceiling |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.label} | ${r.perSecond.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.max} ms | ${r.serverTimes.p99} ms | ${r.errors} | ${r.rows.registrations} (${r.rows.distinctEmails}) | ${r.rows.mails}, ${r.rows.audits} | ${r.ceilingPerSecond.toFixed(0)} | ${(r.share * 100).toFixed(0)}% |`,
  );
}
