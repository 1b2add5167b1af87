// The outcome document at negotiation size (issue 14): 200 paragraphs, 1,000 amendments, 50
// versions, staged through the API by bench/support/outcome-server.ts in a child process of its
// own on an in-memory PGlite. `npm run bench:outcome`.
// Then, over loopback, signed in as the chair and taking brotli or gzip as a browser does (the
// server compresses its answers as it sends them): 5 unmeasured requests, 100 one after another and
// 100 from CONNECTIONS clients at once to the working document and to the comparison of the first
// and last versions, the server's own p50/p99 (Fastify's time) asked after each set; the same
// reads sent straight to the database in the server's process (the ceiling); the services called
// there without HTTP; then the text adopted and its PDF fetched 1 + WARM times per language, each
// timed by the server, against pdf-lib writing as many pages of plain text (the PDF's ceiling).
// The child is killed at the end, on failure, and after TIMEOUT seconds (default 900).
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { PDFDocument } from 'pdf-lib';

const REQUESTS = 100;
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 4);
const WARM = Number(process.env.WARM ?? 4);
const TIMEOUT = Number(process.env.TIMEOUT ?? 900);

type Times = { p50: number; p99: number; max: number };
interface Started {
  port: number;
  slug: string;
  cookie: string;
  stagedSeconds: number;
  counts: {
    paragraphs: { first: number; last: number };
    versions: number;
    amendments: number;
    byStatus: Record<string, number>;
    byKind: Record<string, number>;
    againstVersions: number;
    positions: number;
  };
}
interface Breakdown {
  service: Times;
  encodeAndStringify: Times;
  stringifyOnly: Times;
  brotli: Times;
  gzip: Times;
  bytes: number;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const loadBefore = load();
const startedAt = new Date();

const server = spawn(process.execPath, ['--import', 'tsx', 'bench/support/outcome-server.ts'], {
  stdio: ['pipe', 'pipe', 'inherit'],
  env: { ...process.env, LOG_LEVEL: 'silent' },
});
const stop = () => {
  if (server.exitCode === null) server.kill('SIGKILL');
};
const deadline = setTimeout(() => {
  console.error(`outcome bench: stopped after ${TIMEOUT} s`);
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
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

/** A GET as a browser sends it (brotli or gzip taken); the body as read, and the bytes and coding on the wire. */
async function get(url: string, cookie?: string) {
  const started = performance.now();
  const headers: Record<string, string> = { 'accept-encoding': 'br, gzip' };
  if (cookie) headers.cookie = cookie;
  const response = await fetch(url, { headers });
  const body = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${new TextDecoder().decode(body)}`);
  const coding = response.headers.get('content-encoding');
  const wire = Number(response.headers.get('content-length') ?? body.length);
  return { ms: performance.now() - started, body, wire: coding ? `${kib(wire)} ${coding}` : 'as is' };
}

/** `count` requests from `connections` clients at once (1: one after another); the client's and the server's times. */
async function load100(url: string, cookie: string, connections: number) {
  await ask('times');
  const clientMs: number[] = [];
  let bytes = 0;
  let wire = '';
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < REQUESTS) {
        next++;
        const answer = await get(url, cookie);
        const { ms, body } = answer;
        clientMs.push(ms);
        bytes = body.length;
        wire = answer.wire;
      }
    }),
  );
  const server = await ask<Times>('times');
  return { server, client: { p50: quantile(clientMs, 0.5), p99: quantile(clientMs, 0.99) }, bytes, wire };
}

let isDone = false;
try {
  const first = await lines.next();
  if (first.done) throw new Error('the server stopped before listening');
  const started = JSON.parse(first.value) as Started;
  const base = `http://127.0.0.1:${started.port}`;
  const { slug, cookie, counts } = started;
  const working = `${base}/api/events/${slug}/outcome/working`;
  const comparison = `${base}/api/events/${slug}/outcome/compare?from=1&to=${counts.versions}`;
  process.stderr.write('outcome bench: measuring\n');

  // A node that has run a while: JIT and buffers warmed on the same addresses, not counted.
  for (let i = 0; i < 5; i++) {
    await get(working, cookie);
    await get(comparison, cookie);
  }
  const results = {
    workingSequential: await load100(working, cookie, 1),
    workingConcurrent: await load100(working, cookie, CONNECTIONS),
    compareSequential: await load100(comparison, cookie, 1),
    compareConcurrent: await load100(comparison, cookie, CONNECTIONS),
  };
  const ceilings = { working: await ask<Times>('ceiling working'), compare: await ask<Times>('ceiling compare') };
  const breakdown = await ask<{
    working: Breakdown;
    compare: Breakdown;
    reads: Record<string, Times>;
  }>('breakdown');

  const adoption = await ask<{ sha256: string; ms: number }>('adopt');
  await ask('times');
  const pdfs: { lang: string; server: number[]; client: number[]; bytes: number; pages: number; ceiling: Times }[] = [];
  for (const lang of ['en', 'both']) {
    const server: number[] = [];
    const client: number[] = [];
    let body = new Uint8Array();
    for (let i = 0; i < 1 + WARM; i++) {
      const answer = await get(`${base}/events/${slug}/outcome.pdf?lang=${lang}`);
      client.push(answer.ms);
      server.push((await ask<Times>('times')).max);
      body = answer.body;
    }
    const pages = (await PDFDocument.load(body)).getPageCount();
    const ceiling = await ask<Times>(`pdf-ceiling ${lang} ${pages}`);
    pdfs.push({ lang, server, client, bytes: body.length, pages, ceiling });
  }
  const loadAfter = load();

  // --- The report ---------------------------------------------------------------------
  const c = counts;
  const statuses = Object.entries(c.byStatus)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const kinds = Object.entries(c.byKind)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  console.log(
    `Run ${startedAt.toISOString()}, Node ${process.version}, load average before ${loadBefore}, after ${loadAfter}.\n` +
      `Staged through the API in ${started.stagedSeconds.toFixed(0)} s: ${c.paragraphs.first} paragraphs in version 1, ` +
      `${c.paragraphs.last} in version ${c.versions}; ${c.amendments} amendments (${kinds}; ${statuses}) drafted against ` +
      `${c.againstVersions} versions; ${c.positions} supports and objections. Adopted in ${adoption.ms} ms.\n`,
  );
  console.log(
    '| figure | answer | server p50 | server p99 | client p50 / p99 | ceiling p50 / p99 | ratio to ceiling | target | met |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const apiRow = (label: string, r: (typeof results)['workingSequential'], ceiling: Times, target: number) =>
    console.log(
      `| ${label} | ${kib(r.bytes)} (${r.wire}) | ${ms(r.server.p50)} | ${ms(r.server.p99)} | ${ms(r.client.p50)} / ${ms(r.client.p99)} | ` +
        `${ms(ceiling.p50)} / ${ms(ceiling.p99)} | ${ratio(r.server.p99, ceiling.p99)} | p99 < ${target} ms | ${r.server.p99 < target ? 'yes' : '**no**'} |`,
    );
  apiRow('working document, 100 one after another', results.workingSequential, ceilings.working, 200);
  apiRow(`working document, 100 from ${CONNECTIONS} at once`, results.workingConcurrent, ceilings.working, 200);
  apiRow(`compare 1 → ${c.versions}, 100 one after another`, results.compareSequential, ceilings.compare, 200);
  apiRow(
    `compare 1 → ${c.versions}, 100 from ${CONNECTIONS} at once`,
    results.compareConcurrent,
    ceilings.compare,
    200,
  );
  for (const pdf of pdfs) {
    const [cold = 0, ...warm] = pdf.server;
    const [coldClient = 0, ...warmClient] = pdf.client;
    const worst = Math.max(...pdf.server);
    const label = `PDF lang=${pdf.lang}, ${pdf.pages} pages`;
    const ceiling = `${ms(pdf.ceiling.p50)} / max ${ms(pdf.ceiling.max)}`;
    console.log(
      `| ${label}, first | ${kib(pdf.bytes)} | ${ms(cold)} | - | ${ms(coldClient)} | ${ceiling} | ${ratio(cold, pdf.ceiling.p50)} | < 2 s | ${cold < 2000 ? 'yes' : '**no**'} |`,
    );
    console.log(
      `| ${label}, next ${warm.length} | ${kib(pdf.bytes)} | ${ms(quantile(warm, 0.5))} | max ${ms(Math.max(...warm))} | ` +
        `${ms(quantile(warmClient, 0.5))} / max ${ms(Math.max(...warmClient))} | ${ceiling} | ${ratio(quantile(warm, 0.5), pdf.ceiling.p50)} (p50) | < 2 s | ${worst < 2000 ? 'yes' : '**no**'} |`,
    );
  }
  console.log('\nIn the server process, without HTTP (p50 / p99 over 100; encoding over 20):\n');
  console.log('| call | service | zod encode + JSON.stringify | JSON.stringify alone | brotli 5 | gzip 6 | answer |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [label, b] of [
    ['readWorking', breakdown.working],
    [`compare(1, ${c.versions})`, breakdown.compare],
  ] as const)
    console.log(
      `| ${label} | ${ms(b.service.p50)} / ${ms(b.service.p99)} | ${ms(b.encodeAndStringify.p50)} / ${ms(b.encodeAndStringify.p99)} | ` +
        `${ms(b.stringifyOnly.p50)} / ${ms(b.stringifyOnly.p99)} | ${ms(b.brotli.p50)} / ${ms(b.brotli.p99)} | ` +
        `${ms(b.gzip.p50)} / ${ms(b.gzip.p99)} | ${kib(b.bytes)} |`,
    );
  const reads = Object.entries(breakdown.reads)
    .map(([name, t]) => `${name} ${ms(t.p50)} / ${ms(t.p99)}`)
    .join('; ');
  console.log(`\nThe working document's reads one by one (p50 / p99 over 20): ${reads}.`);
  isDone = true;
} finally {
  clearTimeout(deadline);
  // Done: the server closes itself; failed: it is killed at once (it may be staging still).
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
