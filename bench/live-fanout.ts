// Live fan-out (issue 13): `npm run bench:live-fanout` (COUNT=10000 DURATION=60 RECONNECT=5000;
// smaller for a quick run). One node, a real `pendopo serve` process (startNodeProcess), on
// PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set, else on embedded PGlite; COUNT
// SSE clients of one session's public stream, each a connection from its own loopback address
// (127.0.10.2 onwards), in CLIENT_WORKERS processes of their own (bench/support/fanout-clients.ts).
// Then one question every 100 ms for DURATION s, asked by registrants in turn (moderation off:
// public at once; ASKERS of them, so that none asks more than QUESTIONS_PER_MINUTE), each with its
// send time in its text. Measured: each delivery's latency, deliveries per second, every message
// once per client by its SSE id, the node's VmRSS before and after the clients connect. Then
// RECONNECT clients drop while the questions go on and come back at once with Last-Event-ID.
// Ceilings in the same run, the same clients and questions: a bare node:http SSE loop and
// socket.io 4.8.4 (bench/support/fanout-ceilings.ts). With PostgreSQL and Redis, last: two nodes
// on one database, the clients split between them, the questions asked on both in turn.
// Every process started here is killed at the end, also on failure.
import { type ChildProcess, execFileSync, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMemoryBus } from '../src/server/core/bus/bus.js';
import type { Database } from '../src/server/core/db/db.js';
import { openPglite, openPostgres } from '../src/server/core/db/open.js';
import { PROJECT_ROOT } from '../src/server/core/paths.js';
import { freePort, type NodeProcess, startNodeProcess, waitFor } from '../src/server/testing/cluster.js';
import { buildTestApp, createPostgresDatabase, type TestApp, testConfig } from '../src/server/testing/harness.js';
import { createLiveSession } from '../src/server/testing/live.js';
import { addSession, buildSession, publish } from '../src/server/testing/programme.js';
import { registrantClient } from '../src/server/testing/registrants.js';
import { QUESTIONS_PER_MINUTE } from '../src/shared/live.js';
import {
  BUCKETS,
  bucketEdge,
  type ClientKind,
  type ClientSpec,
  type WorkerCommand,
  type WorkerReply,
  type WorkerReport,
} from './support/fanout-clients.js';

const COUNT = Number(process.env.COUNT ?? 10_000);
const DURATION_S = Number(process.env.DURATION ?? 60);
const RECONNECT = Number(process.env.RECONNECT ?? Math.floor(COUNT / 2));
const WORKERS = Number(process.env.CLIENT_WORKERS ?? 2);
/** Connections each worker opens at a time. */
const CONCURRENCY = Number(process.env.CONNECT_CONCURRENCY ?? 50);
const INTERVAL_MS = 100;
/** Which runs: any of pendopo, bare, socket.io, two-nodes (comma-separated). */
const ONLY = new Set((process.env.ONLY ?? 'pendopo,bare,socket.io,two-nodes').split(','));
/** Askers in turn: at one question per 100 ms, each asks every ASKERS / 10 seconds. */
const ASKERS = Number(process.env.ASKERS ?? 250);
/** The window over which the dropped clients come back, evenly spread (0: all at once). */
const RECONNECT_WINDOW_MS = Number(process.env.RECONNECT_WINDOW ?? 10) * 1000;
/** How long the clients may take to receive the last message once the questions stop. */
const SETTLE_BOUND_MS = 20_000;

const SECRET = 'bench-secret-that-is-long-enough-for-the-schema';
const adminUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;
const backend = adminUrl && redisUrl ? 'postgres' : 'pglite';
// Each asker asks every ASKERS * INTERVAL_MS; one more in a minute's window at its edges.
if (Math.ceil(60_000 / (ASKERS * INTERVAL_MS)) + 1 > QUESTIONS_PER_MINUTE)
  throw new Error(`ASKERS=${ASKERS} is too few: each would ask more than ${QUESTIONS_PER_MINUTE} a minute`);

const started = performance.now();
const say = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const clock = () => performance.timeOrigin + performance.now();

// ---- Processes: every one started here is killed on the way out ----

const children = new Set<ChildProcess>();
function track<T extends ChildProcess>(child: T): T {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
const killAll = () => {
  for (const child of children) child.kill('SIGKILL');
};
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** The soft limit on open files: the node holds COUNT sockets, each client worker its share. */
function checkFileLimit() {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'));
  const [soft, hard] = (line?.match(/\d+|unlimited/g) ?? []).map((n) => (n === 'unlimited' ? Infinity : Number(n)));
  const needed = COUNT + 1024;
  say(`open files: soft limit ${soft}, hard ${hard}; the node needs about ${needed}`);
  if ((soft ?? 0) < needed) {
    throw new Error(
      `raise the open-file limit first: ulimit -n ${Math.min(hard ?? needed, needed * 2)} (the hard limit is ${hard})`,
    );
  }
}

const vmRss = (pid: number) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) * 1024;
};
const TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
/** CPU seconds a process has used (user and system). */
const cpuSeconds = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
};
/** The machine's busy and total jiffies, all cores. */
const machineCpu = () => {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').split(/\s+/).slice(1).map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
};

// ---- The clients, in worker processes ----

const streamAddress = (i: number) => `127.0.${10 + Math.floor(i / 250)}.${2 + (i % 250)}`;
const askerAddress = (i: number) => `127.0.${200 + Math.floor(i / 250)}.${2 + (i % 250)}`;

interface Crowd {
  pids: number[];
  connect(
    indices: number[] | undefined,
    resume: boolean,
    spreadMs?: number,
  ): Promise<{ ok: number; failed: number; gaveUp: number; ms: number; firstMs: number[] }>;
  drop(indices: number[]): Promise<void>;
  report(): Promise<Merged>;
  close(): Promise<void>;
}

async function startCrowd(kind: ClientKind, specs: ClientSpec[]): Promise<Crowd> {
  const workers = Array.from({ length: WORKERS }, () =>
    track(
      fork(join(PROJECT_ROOT, 'bench/support/fanout-clients.ts'), [], {
        execArgv: ['--import', 'tsx'],
        cwd: PROJECT_ROOT,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    ),
  );
  let nextId = 0;
  const waiting = new Map<number, (reply: WorkerReply) => void>();
  const waitingOn = new Map<number, ChildProcess>();
  const failures = new Map<number, (error: Error) => void>();
  for (const worker of workers) {
    worker.on('message', (message: WorkerReply & { id: number }) => {
      waiting.get(message.id)?.(message);
      waiting.delete(message.id);
      failures.delete(message.id);
    });
    worker.once('exit', () => {
      for (const [id, fail] of failures) if (waitingOn.get(id) === worker) fail(new Error('a client worker exited'));
    });
  }
  const ask = <T extends WorkerReply>(worker: ChildProcess, command: Omit<WorkerCommand, 'id'>) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, resolve as (reply: WorkerReply) => void);
      failures.set(id, reject);
      waitingOn.set(id, worker);
      worker.send({ ...command, id });
    });
  const shareOf = (w: number) => specs.filter((_, i) => i % WORKERS === w);
  await Promise.all(
    workers.map((worker, w) =>
      ask(worker, { type: 'init', kind, clients: shareOf(w), concurrency: CONCURRENCY } as Omit<WorkerCommand, 'id'>),
    ),
  );
  const split = (indices: number[]) => workers.map((_, w) => indices.filter((i) => i % WORKERS === w));
  return {
    pids: workers.map((worker) => worker.pid ?? 0),
    async connect(indices, resume, spreadMs) {
      const parts = indices ? split(indices) : workers.map(() => undefined);
      const answers = await Promise.all(
        workers.map((worker, w) =>
          ask<Extract<WorkerReply, { type: 'connected' }>>(worker, {
            type: 'connect',
            indices: parts[w],
            resume,
            spreadMs,
          } as Omit<WorkerCommand, 'id'>),
        ),
      );
      for (const answer of answers) if (answer.failed) say(`  connect errors: ${JSON.stringify(answer.errors)}`);
      return {
        ok: answers.reduce((n, a) => n + a.ok, 0),
        failed: answers.reduce((n, a) => n + a.failed, 0),
        gaveUp: answers.reduce((n, a) => n + a.gaveUp, 0),
        ms: Math.max(...answers.map((a) => a.ms)),
        firstMs: answers.flatMap((a) => a.firstMs),
      };
    },
    async drop(indices) {
      const parts = split(indices);
      await Promise.all(
        workers.map((worker, w) => ask(worker, { type: 'drop', indices: parts[w] } as Omit<WorkerCommand, 'id'>)),
      );
    },
    async report() {
      return merge(
        await Promise.all(
          workers.map((worker) => ask<WorkerReport>(worker, { type: 'report' } as Omit<WorkerCommand, 'id'>)),
        ),
      );
    },
    async close() {
      await Promise.all(
        workers.map(async (worker) => {
          const exited = new Promise((resolve) => worker.once('exit', resolve));
          await ask(worker, { type: 'close' } as Omit<WorkerCommand, 'id'>).catch(() => undefined);
          await Promise.race([exited, sleep(3000)]);
          worker.kill('SIGKILL');
        }),
      );
    },
  };
}

interface Merged extends Omit<WorkerReport, 'phases'> {
  phases: Record<string, { deliveries: number; counts: Map<number, number>; max: number; last: number }>;
}

function merge(reports: WorkerReport[]): Merged {
  const merged: Merged = {
    type: 'report',
    clients: 0,
    phases: {},
    starts: {},
    lasts: {},
    received: {},
    duplicates: 0,
    clientsWithDuplicates: 0,
    gaps: 0,
    clientsWithGaps: 0,
    snapshotsOnResume: 0,
    resumes: 0,
    replayed: 0,
    catchUpMs: [],
    unexpectedCloses: 0,
    errors: {},
  };
  for (const r of reports) {
    merged.clients += r.clients;
    Object.assign(merged.starts, r.starts);
    Object.assign(merged.lasts, r.lasts);
    Object.assign(merged.received, r.received);
    for (const key of [
      'duplicates',
      'clientsWithDuplicates',
      'gaps',
      'clientsWithGaps',
      'snapshotsOnResume',
      'resumes',
      'replayed',
      'unexpectedCloses',
    ] as const)
      merged[key] += r[key];
    merged.catchUpMs.push(...r.catchUpMs);
    for (const [code, n] of Object.entries(r.errors)) merged.errors[code] = (merged.errors[code] ?? 0) + n;
    for (const [name, phase] of Object.entries(r.phases)) {
      const into = merged.phases[name] ?? { deliveries: 0, counts: new Map(), max: 0, last: 0 };
      merged.phases[name] = into;
      into.deliveries += phase.deliveries;
      into.max = Math.max(into.max, phase.max);
      into.last = Math.max(into.last, phase.lastReceived);
      for (const [bucket, n] of phase.histogram) into.counts.set(bucket, (into.counts.get(bucket) ?? 0) + n);
    }
  }
  return merged;
}

/** The latency below which the share q of the deliveries fell. */
function quantile(counts: Map<number, number>, total: number, q: number) {
  const target = q * total;
  let seen = 0;
  for (const bucket of [...counts.keys()].sort((a, b) => a - b)) {
    seen += counts.get(bucket) ?? 0;
    if (seen >= target) return bucket >= BUCKETS ? Infinity : bucketEdge(bucket);
  }
  return Infinity;
}
const sortedQuantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

// ---- Publishing: one message every 100 ms ----

interface Published {
  sent: number;
  ok: number;
  failed: number;
  firstSentAt: number;
  /** How long the publishing request took to be answered (Pendopo: the question's transaction). */
  answerP50: number;
  answerP99: number;
}

/** `send` one message every INTERVAL_MS for `seconds`, each with its send time and phase in its text. */
async function publishFor(seconds: number, phase: string, send: (text: string, n: number) => Promise<number>) {
  const firstSentAt = clock();
  const inFlight: Promise<void>[] = [];
  const answers: number[] = [];
  let ok = 0;
  let failed = 0;
  const reasons = new Map<string, number>();
  const fail = (reason: string) => {
    failed++;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  };
  const total = Math.round((seconds * 1000) / INTERVAL_MS);
  for (let n = 0; n < total; n++) {
    await sleep(firstSentAt + n * INTERVAL_MS - clock());
    const sentAt = clock();
    inFlight.push(
      send(`Bench question ${n} @T${sentAt.toFixed(3)}@${phase}@`, n).then(
        (status) => {
          answers.push(clock() - sentAt);
          if (status === 201) ok++;
          else fail(`HTTP ${status}`);
        },
        (error: NodeJS.ErrnoException) => fail(error.code ?? error.message),
      ),
    );
  }
  await Promise.all(inFlight);
  if (failed) say(`  ${phase}: ${failed} not published: ${JSON.stringify(Object.fromEntries(reasons))}`);
  return {
    sent: total,
    ok,
    failed,
    firstSentAt,
    answerP50: sortedQuantile(answers, 0.5),
    answerP99: sortedQuantile(answers, 0.99),
  } satisfies Published;
}

function post(agent: Agent, port: number, path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<number>((resolve, reject) => {
    const payload = JSON.stringify(body);
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
      },
      (incoming) => {
        incoming.resume();
        incoming.on('end', () => resolve(incoming.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

// ---- One run: connect, measure memory, broadcast, check, (reconnect storm) ----

interface RunOptions {
  name: string;
  kind: ClientKind;
  /** The port each client connects to. */
  portOf: (i: number) => number;
  path: string;
  serverPids: number[];
  send: (text: string, n: number) => Promise<number>;
  seconds: number;
  storm: boolean;
}

interface RunResult {
  name: string;
  connected: number;
  connectFailed: number;
  connectMs: number;
  rssBefore: number;
  rssAfter: number;
  rssEnd: number;
  perConnection: number;
  published: Published;
  deliveries: number;
  expected: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  exact: number;
  duplicates: number;
  gaps: number;
  unexpectedCloses: number;
  serverCpu: number;
  clientCpu: number;
  machineCpu: number;
  storm?: {
    dropped: number;
    reconnected: number;
    failed: number;
    gaveUp: number;
    serverCpu: number;
    ms: number;
    resumeP50: number;
    resumeP99: number;
    resumeMax: number;
    resumes: number;
    snapshots: number;
    replayed: number;
    catchUpP50: number;
    catchUpP99: number;
    catchUpMax: number;
    exact: number;
    duplicates: number;
    gaps: number;
    allExact: number;
    p99: number;
    published: Published;
    unexpectedCloses: number;
  };
}

/** Waits until every client has received `final` (or the bound passes); the last report. */
async function settle(crowd: Crowd, final: (starts: Merged) => number) {
  const until = Date.now() + SETTLE_BOUND_MS;
  let report = await crowd.report();
  while (Date.now() < until) {
    const target = final(report);
    const behind = Object.values(report.lasts).filter((last) => last < target).length;
    if (behind === 0) break;
    await sleep(1000);
    report = await crowd.report();
  }
  return report;
}

/** Clients whose received messages are exactly start+1..final: none missing, none twice. */
const exactClients = (report: Merged, final: number, indices?: number[]) =>
  (indices ?? Object.keys(report.starts).map(Number)).filter((i) => {
    const start = report.starts[i] ?? -1;
    return report.lasts[i] === final && report.received[i] === final - start && start >= 0;
  }).length;

async function runFanout(options: RunOptions): Promise<RunResult> {
  const { name, kind } = options;
  const specs: ClientSpec[] = Array.from({ length: COUNT }, (_, i) => ({
    index: i,
    from: streamAddress(i),
    port: options.portOf(i),
    path: options.path,
  }));
  const rssOf = () => options.serverPids.reduce((sum, pid) => sum + vmRss(pid), 0);
  // A warm-up on each server: one client, one message (the code paths loaded and compiled); then the memory is read.
  const ports = [...new Set(specs.map((spec) => spec.port))];
  const warm = await startCrowd(
    kind,
    ports.map((port, i) => ({ index: i, from: `127.0.9.${2 + i}`, port, path: options.path })),
  );
  await warm.connect(undefined, false);
  for (let i = 0; i < ports.length; i++) await options.send('warm-up', i);
  await sleep(500);
  await warm.close();
  await sleep(1000);
  const rssBefore = rssOf();
  say(`${name}: server RSS ${(rssBefore / 2 ** 20).toFixed(1)} MiB; connecting ${COUNT} clients`);
  const crowd = await startCrowd(kind, specs);
  try {
    const connected = await crowd.connect(undefined, false);
    say(`${name}: ${connected.ok} connected, ${connected.failed} failed, in ${(connected.ms / 1000).toFixed(1)} s`);
    await sleep(3000);
    const rssAfter = rssOf();
    const perConnection = (rssAfter - rssBefore) / Math.max(1, connected.ok);
    say(
      `${name}: server RSS ${(rssAfter / 2 ** 20).toFixed(1)} MiB, ${(perConnection / 1024).toFixed(1)} KiB a client`,
    );
    const atStart = await crowd.report();
    const startSeqs = new Set(Object.values(atStart.starts));
    if (startSeqs.size !== 1) say(`${name}: the clients started at different sequences: ${[...startSeqs].join(', ')}`);
    const start = Math.max(...startSeqs);

    const cpuBefore = [...options.serverPids, ...crowd.pids].map(cpuSeconds);
    const machineBefore = machineCpu();
    const phaseStart = clock();
    say(`${name}: one message every ${INTERVAL_MS} ms for ${options.seconds} s`);
    const published = await publishFor(options.seconds, `${name}:steady`, options.send);
    const final = start + published.ok;
    say(
      `${name}: ${published.ok} published (${published.failed} failed), answered p50 ${published.answerP50.toFixed(1)} ms, ` +
        `p99 ${published.answerP99.toFixed(1)} ms; waiting for every client to reach ${final}`,
    );
    const report = await settle(crowd, () => final);
    const elapsed = (clock() - phaseStart) / 1000;
    const cpuAfter = [...options.serverPids, ...crowd.pids].map(cpuSeconds);
    const machineAfter = machineCpu();
    const used = cpuAfter.map((after, i) => (after - (cpuBefore[i] ?? 0)) / elapsed);
    const serverCpu = used.slice(0, options.serverPids.length).reduce((a, b) => a + b, 0);
    const clientCpu = used.slice(options.serverPids.length).reduce((a, b) => a + b, 0);
    const machine =
      ((machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total)) * cpus().length;
    const rssEnd = rssOf();
    const phase = report.phases[`${name}:steady`] ?? { deliveries: 0, counts: new Map(), max: 0, last: 0 };
    const result: RunResult = {
      name,
      connected: connected.ok,
      connectFailed: connected.failed,
      connectMs: connected.ms,
      rssBefore,
      rssAfter,
      rssEnd,
      perConnection,
      published,
      deliveries: phase.deliveries,
      expected: published.ok * connected.ok,
      perSecond: phase.deliveries / ((phase.last - published.firstSentAt) / 1000),
      p50: quantile(phase.counts, phase.deliveries, 0.5),
      p99: quantile(phase.counts, phase.deliveries, 0.99),
      max: phase.max,
      exact: exactClients(report, final),
      duplicates: report.duplicates,
      gaps: report.gaps,
      unexpectedCloses: report.unexpectedCloses,
      serverCpu,
      clientCpu,
      machineCpu: machine,
    };
    say(
      `${name}: ${result.deliveries} of ${result.expected} delivered, ${result.perSecond.toFixed(0)}/s, ` +
        `p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(0)} ms; ` +
        `${result.exact} of ${connected.ok} clients got exactly ${start + 1}..${final}; ` +
        `CPU: server ${serverCpu.toFixed(2)}, clients ${clientCpu.toFixed(2)}, machine ${machine.toFixed(2)} cores`,
    );
    if (options.storm) result.storm = await reconnectStorm(crowd, options, final);
    return result;
  } finally {
    await crowd.close();
  }
}

/**
 * RECONNECT clients drop at once while the questions go on; a second later they come back with
 * Last-Event-ID (their last id), spread evenly over RECONNECT_WINDOW s, and must each get exactly
 * what they missed (a `resumed` message, then the missed ones), then the rest live.
 */
async function reconnectStorm(crowd: Crowd, options: RunOptions, final: number): Promise<RunResult['storm']> {
  const { name } = options;
  const seconds = 4 + RECONNECT_WINDOW_MS / 1000;
  const indices = Array.from({ length: Math.min(RECONNECT, COUNT) }, (_, k) => Math.floor((k * COUNT) / RECONNECT));
  say(
    `${name}: reconnect storm: questions go on for ${seconds} s; ${indices.length} clients drop and come back ` +
      `over ${RECONNECT_WINDOW_MS / 1000} s`,
  );
  const publishing = publishFor(seconds, `${name}:storm`, options.send);
  await sleep(1000);
  await crowd.drop(indices);
  await sleep(1000);
  const cpuBefore = options.serverPids.map(cpuSeconds);
  const startedAt = clock();
  const reconnected = await crowd.connect(indices, true, RECONNECT_WINDOW_MS);
  const serverCpu =
    options.serverPids.reduce((sum, pid, i) => sum + cpuSeconds(pid) - (cpuBefore[i] ?? 0), 0) /
    ((clock() - startedAt) / 1000);
  const resumeP99 = sortedQuantile(reconnected.firstMs, 0.99);
  say(
    `${name}: ${reconnected.ok} resumed (${reconnected.gaveUp} never), ${reconnected.failed} attempts failed ` +
      `(each retried after 3 s), all within ${(reconnected.ms / 1000).toFixed(1)} s; each answered (its \`resumed\`) ` +
      `p50 ${sortedQuantile(reconnected.firstMs, 0.5).toFixed(0)} ms, p99 ${resumeP99.toFixed(0)} ms; server CPU ${serverCpu.toFixed(2)}`,
  );
  const published = await publishing;
  const stormFinal = final + published.ok;
  const report = await settle(crowd, () => stormFinal);
  const phase = report.phases[`${name}:storm`] ?? { deliveries: 0, counts: new Map(), max: 0, last: 0 };
  const storm = {
    dropped: indices.length,
    reconnected: reconnected.ok,
    failed: reconnected.failed,
    gaveUp: reconnected.gaveUp,
    serverCpu,
    ms: reconnected.ms,
    resumeP50: sortedQuantile(reconnected.firstMs, 0.5),
    resumeP99,
    resumeMax: Math.max(0, ...reconnected.firstMs),
    resumes: report.resumes,
    snapshots: report.snapshotsOnResume,
    replayed: report.replayed,
    catchUpP50: sortedQuantile(report.catchUpMs, 0.5),
    catchUpP99: sortedQuantile(report.catchUpMs, 0.99),
    catchUpMax: Math.max(0, ...report.catchUpMs),
    exact: exactClients(report, stormFinal, indices),
    duplicates: report.duplicates,
    gaps: report.gaps,
    allExact: exactClients(report, stormFinal),
    p99: quantile(phase.counts, phase.deliveries, 0.99),
    published,
    unexpectedCloses: report.unexpectedCloses,
  };
  say(
    `${name}: storm: ${storm.resumes} resumes, ${storm.snapshots} snapshots instead, ${storm.replayed} missed messages replayed; ` +
      `caught up p50 ${storm.catchUpP50.toFixed(0)} ms, p99 ${storm.catchUpP99.toFixed(0)} ms, max ${storm.catchUpMax.toFixed(0)} ms; ` +
      `${storm.exact} of ${indices.length} got exactly every message once; all clients: ${storm.allExact} of ${COUNT}; ` +
      `live p99 meanwhile ${storm.p99.toFixed(1)} ms`,
  );
  return storm;
}

// ---- Pendopo: the event, its session and askers, made through the app's own API ----

interface Asker {
  cookie: string;
  csrf: string;
  agent: Agent;
}

interface Stage {
  slug: string;
  sessions: string[];
  askers: Asker[];
  nodeEnv: Record<string, string>;
  close: () => Promise<void>;
}

/**
 * The database of the run (a fresh PostgreSQL database, or a PGlite directory), migrated, with a
 * published event of two sessions (one for one node, one for two), moderation off, and ASKERS
 * registrants signed in by their personal links, all through the app in this process; then
 * the app is closed and the node processes take over the database.
 */
async function stage(): Promise<Stage> {
  let database: Database;
  let nodeEnv: Record<string, string>;
  let drop: () => Promise<void>;
  const redisPrefix = `pendopo:bench:${process.pid}:`;
  if (backend === 'postgres') {
    const created = await createPostgresDatabase(adminUrl, 'pendopo_bench');
    database = await openPostgres(created.url, 5).catch(async (error: unknown) => {
      await created.drop();
      throw error;
    });
    nodeEnv = { DATABASE_URL: created.url, REDIS_URL: redisUrl ?? '', REDIS_PREFIX: redisPrefix };
    drop = created.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'pendopo-fanout-'));
    database = await openPglite(join(dir, 'pglite'));
    nodeEnv = { DATA_DIR: dir, DATABASE_URL: '', REDIS_URL: '' };
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  const askers: Asker[] = [];
  const close = async () => {
    for (const asker of askers) asker.agent.destroy();
    await drop();
  };
  try {
    await database.migrate();
    const config = testConfig({ SESSION_SECRET: SECRET, REGISTRATION_RATE_LIMIT: '100000/10m' });
    const bus = createMemoryBus();
    const built = await buildTestApp({ config, database, bus });
    await built.app.ready();
    const test: TestApp = { ...built, db: database.db, database, bus, config, close: async () => undefined };
    const { slug, sessionId, organizer, moderator, base, event } = await createLiveSession(test);
    const second = await addSession(organizer, slug, buildSession(event.rooms[2]?.id as string));
    await publish(organizer, slug);
    for (const id of [sessionId, second]) {
      const answer = await moderator.patch(`${base}/sessions/${id}/live`, { moderation: false });
      if (answer.status !== 200) throw new Error(`moderation off: ${answer.status} ${answer.body}`);
    }
    for (let i = 0; i < ASKERS; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(10, ASKERS - i) }, (_, k) =>
          registrantClient(test, slug, { name: `Bench Asker ${i + k}` }),
        ),
      );
      for (const { client } of batch) {
        if (!client.cookie || !client.csrfToken) throw new Error('a registrant without a session');
        const agent = new Agent({ keepAlive: true, maxSockets: 4, localAddress: askerAddress(askers.length) });
        askers.push({ cookie: client.cookie, csrf: client.csrfToken, agent });
      }
    }
    await built.app.close();
    await bus.close();
    await database.close();
    return {
      slug,
      sessions: [sessionId, second],
      askers,
      nodeEnv: { ...nodeEnv, SESSION_SECRET: SECRET, PUBLIC_URL: 'http://127.0.0.1' },
      close,
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    await close();
    throw error;
  }
}

async function stopNode(node: NodeProcess) {
  node.child.kill('SIGTERM');
  await Promise.race([node.exited, sleep(15_000)]);
  node.child.kill('SIGKILL');
}

async function startCeiling(mode: 'sse' | 'socket.io') {
  const port = await freePort();
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', 'bench/support/fanout-ceilings.ts', mode], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  let said = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    said += chunk.toString();
  });
  await waitFor(() => said.includes('listening'), 20_000, `${mode} ceiling`);
  return { port, child };
}

// ---- The runs ----

checkFileLimit();
say(
  `COUNT=${COUNT} DURATION=${DURATION_S} s RECONNECT=${RECONNECT} CLIENT_WORKERS=${WORKERS} ASKERS=${ASKERS}; ` +
    `backend ${backend}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
const results: RunResult[] = [];
let staged: Stage | null = null;
try {
  let turn = 0;
  const askOn = (ports: number[], sessionId: string) => (text: string) => {
    const asker = (staged as Stage).askers[turn++ % ASKERS] as Asker;
    const port = ports[turn % ports.length] as number;
    const path = `/api/events/${(staged as Stage).slug}/sessions/${sessionId}/questions`;
    return post(
      asker.agent,
      port,
      path,
      { text, anonymous: false },
      { cookie: asker.cookie, 'x-csrf-token': asker.csrf },
    );
  };
  if (ONLY.has('pendopo') || ONLY.has('two-nodes')) {
    say(`staging the event on ${backend}: ${ASKERS} registrants through the API`);
    staged = await stage();
    say(`staged: event ${staged.slug}`);
  }
  if (ONLY.has('pendopo') && staged) {
    const node = await startNodeProcess(staged.nodeEnv);
    track(node.child);
    try {
      const sessionId = staged.sessions[0] as string;
      const path = `/api/events/${staged.slug}/sessions/${sessionId}/live/stream`;
      results.push(
        await runFanout({
          name: 'pendopo',
          kind: 'sse',
          portOf: () => node.port,
          path,
          serverPids: [node.child.pid ?? 0],
          send: askOn([node.port], sessionId),
          seconds: DURATION_S,
          storm: RECONNECT > 0,
        }),
      );
    } finally {
      await stopNode(node);
    }
  }
  for (const mode of ['sse', 'socket.io'] as const) {
    const name = mode === 'sse' ? 'bare' : 'socket.io';
    if (!ONLY.has(name)) continue;
    const ceiling = await startCeiling(mode);
    // As many publishers in turn, from the same addresses, as Pendopo has askers: none waits for another's answer.
    const agents = Array.from(
      { length: ASKERS },
      (_, i) => new Agent({ keepAlive: true, maxSockets: 4, localAddress: askerAddress(i) }),
    );
    try {
      results.push(
        await runFanout({
          name,
          kind: mode,
          portOf: () => ceiling.port,
          path: '/stream',
          serverPids: [ceiling.child.pid ?? 0],
          send: (text, n) =>
            post(agents[n % ASKERS] as Agent, ceiling.port, '/publish', {
              text,
              author: `Bench Asker ${n % ASKERS}`,
            }),
          seconds: DURATION_S,
          storm: false,
        }),
      );
    } finally {
      for (const agent of agents) agent.destroy();
      ceiling.child.kill('SIGKILL');
    }
  }
  if (ONLY.has('two-nodes') && staged && backend === 'postgres') {
    const nodes = [await startNodeProcess(staged.nodeEnv), await startNodeProcess(staged.nodeEnv)];
    for (const node of nodes) track(node.child);
    try {
      const sessionId = staged.sessions[1] as string;
      const ports = nodes.map((node) => node.port);
      results.push(
        await runFanout({
          name: 'two-nodes',
          kind: 'sse',
          portOf: (i) => ports[i % 2] as number,
          path: `/api/events/${staged.slug}/sessions/${sessionId}/live/stream`,
          serverPids: nodes.map((node) => node.child.pid ?? 0),
          send: askOn(ports, sessionId),
          seconds: DURATION_S,
          storm: false,
        }),
      );
    } finally {
      await Promise.all(nodes.map(stopNode));
    }
  }
} finally {
  await staged?.close();
  killAll();
}

// ---- The figures, each beside the ceilings of the same run ----

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const byName = new Map(results.map((r) => [r.name, r]));
const bare = byName.get('bare');
const sio = byName.get('socket.io');
console.log(`\nlive fan-out, ${COUNT} clients, one message every ${INTERVAL_MS} ms for ${DURATION_S} s (${backend})`);
console.log(
  '| run | delivered (expected) | per second | vs bare | vs socket.io | p50 | p99 | max | clients exactly once | ' +
    'RSS before, after connecting | per client | server CPU | clients CPU | machine CPU |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const ratio = (other?: RunResult) => (other ? (r.perSecond / other.perSecond).toFixed(2) : '-');
  console.log(
    `| ${r.name} | ${r.deliveries} (${r.expected}) | ${r.perSecond.toFixed(0)} | ${ratio(bare)} | ${ratio(sio)} | ` +
      `${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.max.toFixed(0)} ms | ${r.exact} of ${r.connected} ` +
      `(${r.duplicates} duplicates, ${r.gaps} missing, ${r.unexpectedCloses} dropped) | ` +
      `${mib(r.rssBefore)}, ${mib(r.rssAfter)} MiB | ${kib(r.perConnection)} KiB | ${r.serverCpu.toFixed(2)} | ` +
      `${r.clientCpu.toFixed(2)} | ${r.machineCpu.toFixed(2)} |`,
  );
}
const pendopo = byName.get('pendopo');
if (pendopo?.storm) {
  const s = pendopo.storm;
  console.log(
    `\nreconnect storm: ${s.dropped} dropped, ${s.reconnected} resumed over ${(s.ms / 1000).toFixed(1)} s ` +
      `(${s.gaveUp} never), ${s.failed} attempts failed; server CPU ${s.serverCpu.toFixed(2)}; ` +
      `each answered p50 ${s.resumeP50.toFixed(0)} ms, p99 ${s.resumeP99.toFixed(0)} ms, max ${s.resumeMax.toFixed(0)} ms; ` +
      `${s.snapshots} snapshots instead of the replay; ${s.replayed} missed messages replayed; caught up p50 ` +
      `${s.catchUpP50.toFixed(0)} ms, p99 ${s.catchUpP99.toFixed(0)} ms, max ${s.catchUpMax.toFixed(0)} ms; ` +
      `${s.exact} of ${s.dropped} exactly once, all ${s.allExact} of ${COUNT} (${s.duplicates} duplicates, ${s.gaps} missing in all); ` +
      `live p99 meanwhile ` +
      `${s.p99.toFixed(1)} ms; ${s.published.ok} questions meanwhile, ${s.unexpectedCloses} dropped by the server`,
  );
}
const two = byName.get('two-nodes');
if (pendopo && two) {
  console.log(
    `two nodes against one: ${two.perSecond.toFixed(0)}/s against ${pendopo.perSecond.toFixed(0)}/s ` +
      `(${(two.perSecond / pendopo.perSecond).toFixed(2)}), p99 ${two.p99.toFixed(1)} against ${pendopo.p99.toFixed(1)} ms`,
  );
}
for (const r of results) {
  if (r.published.failed) console.log(`${r.name}: ${r.published.failed} of ${r.published.sent} messages not published`);
}
console.log(
  `load average at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
process.exit(0);
