// Embedded cold start and idle memory: `npm run build && npm run bench:cold-start`.
// Starts the built server on PGlite, times the command to the first 200 from /readyz,
// and reads the process's resident memory once idle (VmRSS) and at its peak (VmHWM).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const RUNS = Number(process.env.RUNS ?? 5);
const IDLE_MS = 5_000;
const PORT = 3390;

function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

async function startOnce(dataDir: string) {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server/main.js', 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/readyz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    await sleep(20);
  }
  const readyMs = Math.round(performance.now() - started);
  await sleep(IDLE_MS);
  const memory = memoryOf(child.pid ?? 0);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return { readyMs, ...memory };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const dataDir = mkdtempSync(join(tmpdir(), 'pendopo-bench-'));
try {
  const first = await startOnce(dataDir);
  console.log(
    `first start (empty DATA_DIR: initialise, migrate, seed): ready ${first.readyMs} ms, idle RSS ${first.rssMb} MB, peak ${first.peakMb} MB`,
  );
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await startOnce(dataDir));
  console.log(
    `existing DATA_DIR, ${RUNS} runs: ready ${runs.map((r) => r.readyMs).join(', ')} ms (median ${median(runs.map((r) => r.readyMs))})`,
  );
  console.log(
    `existing DATA_DIR: idle RSS median ${median(runs.map((r) => r.rssMb))} MB, peak median ${median(runs.map((r) => r.peakMb))} MB`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
