// Cached exports of a large programme on one node: 500 sessions on 20 rooms over 3 days, made
// through the programme service and published. `npm run bench:schedule-exports`.
// The server runs in a child process (bench/support/schedule-server.ts) on an in-memory PGlite,
// listening on 127.0.0.1; wrk (Debian's `wrk`) loads each address in turn over loopback with a
// bounded count of connections and seconds. The first GET of each address and encoding is the
// cold one (the node reads the snapshot and renders, and gzips); the server also times the XML build.
import { execFileSync, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';

const SECONDS = Number(process.env.SECONDS ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const WRK = process.env.WRK ?? '/usr/bin/wrk';

interface Started {
  port: number;
  slug: string;
  version: number;
  sessions: number;
  seeded: number;
  cold: { renderMs: number; readAndRenderMs: number; gzipMs: number; xmlBytes: number; gzipBytes: number };
}

const server = spawn(process.execPath, ['--import', 'tsx', 'bench/support/schedule-server.ts'], {
  stdio: ['pipe', 'pipe', 'inherit'],
  env: { ...process.env, LOG_LEVEL: 'silent' },
});
const lines = createInterface({ input: server.stdout })[Symbol.asyncIterator]();
const first = await lines.next();
if (first.done) throw new Error('the server stopped before listening');
const started = JSON.parse(first.value) as Started;
const base = `http://127.0.0.1:${started.port}`;

/** The server's own p50 and p99 (Fastify's time per request) since the last call. */
async function serverTimes(): Promise<{ p50: number; p99: number }> {
  server.stdin.write('times\n');
  const line = await lines.next();
  if (line.done) throw new Error('the server stopped');
  return JSON.parse(line.value);
}

/** Milliseconds from a latency as wrk prints it: 812.00us, 3.41ms, 1.02s. */
const asMs = (value: string) => {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value);
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return match[2] === 'us' ? n / 1000 : match[2] === 's' ? n * 1000 : n;
};

function wrk(url: string, isGzip: boolean) {
  const header = isGzip ? ['-H', 'Accept-Encoding: gzip'] : [];
  const out = execFileSync(WRK, ['-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--latency', ...header, url], {
    encoding: 'utf8',
  });
  const latency = (p: string) => asMs(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? '');
  const errors = /Socket errors: (.*)/.exec(out)?.[1] ?? 'none';
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  return {
    perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0),
    p50: latency('50'),
    p99: latency('99'),
    requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
    errors: non2xx > 0 ? `${non2xx} non-2xx; ${errors}` : errors,
  };
}

// Calendar and conference apps, like browsers, send Accept-Encoding: gzip; both forms are measured.
const CASES = [
  ['frab JSON, gzip', `/events/${started.slug}/schedule.json`, true],
  ['frab JSON, identity', `/events/${started.slug}/schedule.json`, false],
  ['programme API JSON, gzip', `/api/events/${started.slug}/programme`, true],
  ['programme API JSON, identity', `/api/events/${started.slug}/programme`, false],
  ['frab XML, gzip', `/events/${started.slug}/schedule.xml`, true],
  ['frab XML, identity', `/events/${started.slug}/schedule.xml`, false],
  // The app's cheapest answer, under the same conditions: the most this node can do at the time.
  ['for scale: /healthz', '/healthz', false],
] as const;

// A server that has run a while: JIT and buffers warmed on another address, not measured.
execFileSync(WRK, ['-t1', `-c${CONNECTIONS}`, '-d3s', `${base}/events/${started.slug}/sessions/none.ics`], {
  encoding: 'utf8',
});

const loadBefore = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');
const rows: string[] = [];
try {
  for (const [label, path, isGzip] of CASES) {
    const coldStart = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': isGzip ? 'gzip' : 'identity' } });
    const coldMs = performance.now() - coldStart;
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    // fetch unzips; the bytes on the wire are Content-Length.
    const bytes = Number(response.headers.get('content-length') ?? 0);
    await response.arrayBuffer();
    await serverTimes();
    const r = wrk(`${base}${path}`, isGzip);
    const own = await serverTimes();
    rows.push(
      `| ${label} | ${(bytes / 1024).toFixed(0)} KiB | ${coldMs.toFixed(0)} ms | ${Math.round(r.perSecond)} | ${r.p50.toFixed(2)} ms | ${r.p99.toFixed(2)} ms | ${own.p50} / ${own.p99} ms | ${r.requests} | ${r.errors} |`,
    );
  }
} finally {
  server.stdin.end('exit\n');
}
const loadAfter = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');

console.log(
  `${started.sessions} sessions, ${process.env.ROOMS ?? 20} rooms, ${process.env.DAYS ?? 3} days (seeded through the service and published in ${started.seeded.toFixed(1)} s); ` +
    `wrk -t1 -c${CONNECTIONS} -d${SECONDS}s on loopback; load average before ${loadBefore}, after ${loadAfter}\n`,
);
console.log('| export | bytes sent | first GET | requests/s | p50 | p99 | server p50 / p99 | requests | errors |');
console.log('|---|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(
  `\nXML built cold, median of ${process.env.BUILDS ?? 7}: ${started.cold.renderMs} ms to render from the programme, ` +
    `${started.cold.readAndRenderMs} ms with reading the snapshot from the database (${(started.cold.xmlBytes / 1024).toFixed(0)} KiB); ` +
    `gzip ${started.cold.gzipMs} ms more (${(started.cold.gzipBytes / 1024).toFixed(0)} KiB)`,
);
