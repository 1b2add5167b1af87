// The implementation tracker at issue 15's size: 10,000 commitments with 5 reports each, built in
// bulk by bench/support/commitments-server.ts in a child process of its own on an in-memory PGlite
// (the ICDD 2021 demo's event, its tracker replaced). `npm run bench:commitments`.
// Then, over loopback, taking brotli or gzip as a browser does: the first (cold) requests after
// the tracker's revision moved, which rebuild the snapshot and its figures (COLD times each); 5
// unmeasured requests, then 100 one after another and 100 from CONNECTIONS clients at once to the
// public summary and to a filtered list (a focus area, on track, page 2), the server's own p50/p99
// (Fastify's time) asked after each set; beside them their ceilings, measured in the same run: a
// bare node:http loop answering the same JSON (compressed as the app does), the queries every
// warm read makes, and the snapshot's reads straight through Drizzle. Then the open data's CSV files
// (when the export is on the branch): after a write, at a built snapshot, and cached. The child is
// killed at the end, on failure, and after TIMEOUT seconds (default 900).
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';

const REQUESTS = 100;
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 4);
const COLD = Number(process.env.COLD ?? 5);
const TIMEOUT = Number(process.env.TIMEOUT ?? 900);

type Times = { p50: number; p99: number; max: number };
interface Started {
  port: number;
  slug: string;
  area: string;
  stagedSeconds: number;
  counts: {
    commitments: number;
    deliverables: number;
    reports: number;
    delegations: number;
    focusAreas: number;
    insertSeconds: number;
    endings: Record<string, number>;
  };
}
interface Breakdown {
  snapshotBuild: Times;
  figures: Times;
  summaryService: Times;
  listService: Times;
  summaryBytes: number;
  listBytes: number;
  listTotal: number;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const loadBefore = load();
const startedAt = new Date();

const server = spawn(process.execPath, ['--import', 'tsx', 'bench/support/commitments-server.ts'], {
  stdio: ['pipe', 'pipe', 'inherit'],
  env: { ...process.env, LOG_LEVEL: 'silent', COLD: String(COLD) },
});
const stop = () => {
  if (server.exitCode === null) server.kill('SIGKILL');
};
const deadline = setTimeout(() => {
  console.error(`commitments bench: stopped after ${TIMEOUT} s`);
  stop();
  process.exit(1);
}, TIMEOUT * 1000);
process.once('SIGINT', () => {
  stop();
  process.exit(130);
});
const lines = createInterface({ input: server.stdout })[Symbol.asyncIterator]();

/** One command to the server, its one-line JSON answer. */
async function ask<T>(command: string): Promise<T> {
  server.stdin.write(`${command}\n`);
  const line = await lines.next();
  if (line.done) throw new Error(`the server stopped (after "${command}")`);
  return JSON.parse(line.value) as T;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(q * (sorted.length - 1))] ?? 0;
};
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
const ratio = (figure: number, ceiling: number) => (ceiling > 0 ? `${(figure / ceiling).toFixed(1)}×` : '-');
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** A GET as a browser sends it (brotli or gzip taken); its time, and the bytes and coding on the wire. */
async function get(url: string) {
  const started = performance.now();
  const response = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
  const body = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${new TextDecoder().decode(body)}`);
  const coding = response.headers.get('content-encoding');
  const wire = Number(response.headers.get('content-length') ?? body.length);
  return { ms: performance.now() - started, wire: coding ? `${kib(wire)} ${coding}` : 'as is' };
}

/** REQUESTS requests from `connections` clients at once (1: one after another); the client's and the server's times. */
async function load100(url: string, connections: number, times = 'times') {
  await ask(times);
  const clientMs: number[] = [];
  let wire = '';
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < REQUESTS) {
        next++;
        const answer = await get(url);
        clientMs.push(answer.ms);
        wire = answer.wire;
      }
    }),
  );
  const server = await ask<Times>(times);
  return { server, client: { p50: quantile(clientMs, 0.5), p99: quantile(clientMs, 0.99) }, wire };
}

/** The first request after a write, COLD times: the snapshot rebuilt and the figures computed. */
async function cold(url: string) {
  const server: number[] = [];
  for (let i = 0; i < COLD; i++) {
    await ask('bump');
    await ask('times');
    await get(url);
    server.push((await ask<Times>('times')).max);
  }
  return { first: server[0] ?? 0, p50: quantile(server, 0.5), max: Math.max(...server) };
}

/**
 * An open-data file (once the export is on the branch; null while no CSV answers): the first request
 * after a write (the snapshot rebuilt, the file written and compressed), the first at a revision
 * whose snapshot is built already (the file written and compressed), then the bytes as cached.
 */
async function exportOf(url: string) {
  const probe = await fetch(url);
  await probe.arrayBuffer();
  if (probe.status === 404 || !probe.headers.get('content-type')?.includes('csv')) return null;
  const timed = async () => {
    await ask('times');
    const answer = await get(url);
    return { server: (await ask<Times>('times')).max, wire: answer.wire };
  };
  const afterWrite: number[] = [];
  const snapshotBuilt: number[] = [];
  let wire = '';
  for (let i = 0; i < 3; i++) {
    await ask('bump');
    afterWrite.push((await timed()).server);
    await ask('bump');
    await get(summaryUrlOf(url));
    const answer = await timed();
    snapshotBuilt.push(answer.server);
    wire = answer.wire;
  }
  const cached: number[] = [];
  for (let i = 0; i < 10; i++) cached.push((await timed()).server);
  return { afterWrite, snapshotBuilt, cached, wire };
}
const summaryUrlOf = (fileUrl: string) =>
  fileUrl.replace(/\/events\/([^/]+)\/.*$/, '/api/events/$1/commitments/summary');
const EXPORTS = ['commitments.csv', 'commitment-reports.csv'];

let isDone = false;
try {
  const first = await lines.next();
  if (first.done) throw new Error('the server stopped before listening');
  const started = JSON.parse(first.value) as Started;
  const base = `http://127.0.0.1:${started.port}`;
  const summaryUrl = `${base}/api/events/${started.slug}/commitments/summary`;
  const listUrl = `${base}/api/events/${started.slug}/commitments?area=${started.area}&status=on_track&page=2`;
  process.stderr.write('commitments bench: measuring\n');

  const colds = { summary: await cold(summaryUrl), list: await cold(listUrl) };
  // A node that has run a while: JIT and buffers warmed on the same addresses, not counted.
  for (let i = 0; i < 5; i++) {
    await get(summaryUrl);
    await get(listUrl);
  }
  const results = {
    summarySequential: await load100(summaryUrl, 1),
    summaryConcurrent: await load100(summaryUrl, CONNECTIONS),
    listSequential: await load100(listUrl, 1),
    listConcurrent: await load100(listUrl, CONNECTIONS),
  };
  const { port: barePort } = await ask<{ port: number }>('bare');
  const bareBase = `http://127.0.0.1:${barePort}`;
  for (let i = 0; i < 5; i++) await get(`${bareBase}/summary`);
  const bare = {
    summarySequential: await load100(`${bareBase}/summary`, 1, 'bare-times'),
    summaryConcurrent: await load100(`${bareBase}/summary`, CONNECTIONS, 'bare-times'),
    listSequential: await load100(`${bareBase}/list`, 1, 'bare-times'),
    listConcurrent: await load100(`${bareBase}/list`, CONNECTIONS, 'bare-times'),
  };
  const exports = [];
  for (const file of EXPORTS) exports.push({ file, result: await exportOf(`${base}/events/${started.slug}/${file}`) });
  const floors = { warm: await ask<Times>('floor warm'), cold: await ask<Times>('floor cold') };
  const breakdown = await ask<Breakdown>('breakdown');
  const loadAfter = load();

  // --- The report ---------------------------------------------------------------------
  const c = started.counts;
  const endings = Object.entries(c.endings)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  console.log(
    `Run ${startedAt.toISOString()}, Node ${process.version}, load average before ${loadBefore}, after ${loadAfter}.\n` +
      `Built in ${started.stagedSeconds.toFixed(0)} s (the demo seeded, then ${c.commitments} commitments, ${c.deliverables} deliverables ` +
      `and ${c.reports} reports inserted in bulk in ${c.insertSeconds.toFixed(1)} s) over ${c.delegations} delegations and ` +
      `${c.focusAreas} focus areas; how they end: ${endings}. The filtered list matches ${breakdown.listTotal}.\n`,
  );
  console.log(
    '| figure | answer | server p50 | server p99 | client p50 / p99 | ceiling p50 / p99 | ratio (p99) | target | met |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const row = (label: string, r: (typeof results)['summarySequential'], ceiling: Times) =>
    console.log(
      `| ${label} | ${r.wire} | ${ms(r.server.p50)} | ${ms(r.server.p99)} | ${ms(r.client.p50)} / ${ms(r.client.p99)} | ` +
        `${ms(ceiling.p50)} / ${ms(ceiling.p99)} | ${ratio(r.server.p99, ceiling.p99)} | p99 < 100 ms | ${r.server.p99 < 100 ? 'yes' : '**no**'} |`,
    );
  row('summary, 100 one after another', results.summarySequential, bare.summarySequential.server);
  row(`summary, 100 from ${CONNECTIONS} at once`, results.summaryConcurrent, bare.summaryConcurrent.server);
  row('filtered list, 100 one after another', results.listSequential, bare.listSequential.server);
  row(`filtered list, 100 from ${CONNECTIONS} at once`, results.listConcurrent, bare.listConcurrent.server);
  for (const [label, r] of [
    ['summary', colds.summary],
    ['filtered list', colds.list],
  ] as const)
    console.log(
      `| ${label}, first after a write (${COLD} times) | - | ${ms(r.p50)} | max ${ms(r.max)} | - | ` +
        `${ms(floors.cold.p50)} / max ${ms(floors.cold.max)} | ${ratio(r.p50, floors.cold.p50)} (p50) | - | - |`,
    );
  for (const { file, result } of exports) {
    if (!result) {
      console.log(`| ${file} | not on this branch (404) | - | - | - | - | - | < 3 s | - |`);
      continue;
    }
    for (const [label, values] of [
      ['first after a write (3 times)', result.afterWrite],
      ['first at a built snapshot (3 times)', result.snapshotBuilt],
      ['cached (10 times)', result.cached],
    ] as const)
      console.log(
        `| ${file}, ${label} | ${result.wire} | ${ms(quantile(values, 0.5))} | max ${ms(Math.max(...values))} | - | ` +
          `${ms(floors.cold.p50)} / max ${ms(floors.cold.max)} | ${ratio(quantile(values, 0.5), floors.cold.p50)} (p50) | < 3 s | ${Math.max(...values) < 3000 ? 'yes' : '**no**'} |`,
      );
  }
  console.log(
    '\nCeilings: the warm rows against a bare node:http loop answering the same JSON (brotli 5 per request, ' +
      `as the app; one after another, or from as many clients at once); the first-after-a-write rows against the snapshot's reads straight through Drizzle. ` +
      `The two queries every warm read makes (the event, the revision): ${ms(floors.warm.p50)} / ${ms(floors.warm.p99)}.`,
  );
  const b = breakdown;
  console.log(
    `In the server process, without HTTP (p50 / p99): snapshot build ${ms(b.snapshotBuild.p50)} / max ${ms(b.snapshotBuild.max)}; ` +
      `figures computed ${ms(b.figures.p50)} / max ${ms(b.figures.max)} (${COLD} times); readSummary warm ` +
      `${ms(b.summaryService.p50)} / ${ms(b.summaryService.p99)}; listPublic warm ${ms(b.listService.p50)} / ${ms(b.listService.p99)}; ` +
      `answers ${kib(b.summaryBytes)} and ${kib(b.listBytes)} of JSON.`,
  );
  isDone = true;
} finally {
  clearTimeout(deadline);
  if (!isDone) stop();
  else if (server.exitCode === null) server.stdin.end('exit\n');
  await new Promise((resolve) => {
    const killer = setTimeout(stop, 10_000);
    if (server.exitCode !== null) resolve(undefined);
    server.once('exit', () => {
      clearTimeout(killer);
      resolve(undefined);
    });
  });
}
