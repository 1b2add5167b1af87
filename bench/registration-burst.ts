// A burst of registrations from many clients at once, on PGlite and (with DATABASE_URL)
// on PostgreSQL: `npm run bench:registration-burst` (COUNT=5000 CLIENTS=200 by default).
// The server runs in a child process (bench/support/burst-server.ts); autocannon sends
// the burst over loopback, each request a new person from a new address (X-Forwarded-For,
// so the per-address limit sees 5,000 people, as it would). Afterwards the rows are
// counted (none lost, none twice) and the same writes go straight to the database in
// the same process as the ceiling.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { createPostgresDatabase } from '../src/server/testing/harness.js';

const COUNT = Number(process.env.COUNT ?? 5000);
const CLIENTS = Number(process.env.CLIENTS ?? 200);

function startServer(databaseUrl?: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/burst-server.ts'], {
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

async function burst(port: number, slug: string) {
  let i = 0;
  const run = autocannon({
    url: `http://127.0.0.1:${port}/api/events/${slug}/registrations`,
    connections: CLIENTS,
    amount: COUNT,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          i += 1;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
            },
            body: JSON.stringify({
              name: `Burst Person ${i}`,
              email: `burst-${i}-${randomBytes(3).toString('hex')}@example.org`,
              country: ['ID', 'FI', 'JP', 'AU'][i % 4],
              organization: 'Bench Organisation',
              sector: 'government',
              attendance: i % 2 ? 'in_person' : 'virtual',
              consent: true,
            }),
          };
        },
      },
    ],
  });
  return run;
}

async function measure(label: string, databaseUrl?: string) {
  const server = startServer(databaseUrl);
  const { port, slug } = await server.next();
  const result = await burst(port, slug);
  if (process.env.VERBOSE)
    console.error({
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      codes: result.statusCodeStats,
    });
  const rows = await server.ask('count');
  const ceiling = await server.ask(`ceiling ${COUNT} ${CLIENTS}`);
  await server.ask('exit').catch(() => undefined);
  await new Promise((resolve) => server.child.once('exit', resolve));
  const seconds = result.duration;
  const perSecond = result.requests.total / seconds;
  const ceilingPerSecond = ceiling.n / ceiling.seconds;
  return {
    label,
    perSecond,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    rows,
    ceilingPerSecond,
    share: perSecond / ceilingPerSecond,
  };
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
console.log(`${COUNT} registrations from ${CLIENTS} concurrent clients\n`);
console.log(
  '| backend | per second | p50 | p99 | errors | rows (distinct e-mails) | mails, audit rows | ceiling per second | share of ceiling |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.label} | ${r.perSecond.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.errors} | ${r.rows.registrations} (${r.rows.distinctEmails}) | ${r.rows.mails}, ${r.rows.audits} | ${r.ceilingPerSecond.toFixed(0)} | ${(r.share * 100).toFixed(0)}% |`,
  );
}
