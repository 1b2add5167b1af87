import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMailbox } from './mailbox.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY_WITHIN_MS = 120_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function waitUntilReady(url: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (code ${child.exitCode}); see ${logFile}`);
    const response = await fetch(`${url}/readyz`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server was not ready within ${READY_WITHIN_MS / 1000} s; see ${logFile}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts a real SMTP server and the built platform on a fresh embedded
 * database, with the demo event seeded; returns the teardown that stops both.
 */
// biome-ignore lint/style/noDefaultExport: Playwright loads a global setup as its module's default export.
export default async function globalSetup() {
  for (const built of ['dist/server/main.js', 'dist/web/index.html']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run "npm run build" first.`);
  }
  const runDir = join(ROOT, '.tmp', 'e2e');
  mkdirSync(runDir, { recursive: true });
  const dataDir = mkdtempSync(join(runDir, 'data-'));
  const mailFile = join(runDir, 'mails.json');
  const logFile = join(runDir, 'server.log');

  const mailbox = await startMailbox(mailFile);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The embedded database, whatever the shell has: the journey needs a fresh demo event, not CI's shared PostgreSQL.
  const { DATABASE_URL, REDIS_URL, SESSION_SECRET, ...inherited } = process.env;
  const log = createWriteStream(logFile);
  const server = spawn(process.execPath, ['dist/server/main.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...inherited,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);

  try {
    await waitUntilReady(url, server, logFile);
  } catch (error) {
    await stop(server);
    await mailbox.close();
    throw error;
  }
  // Workers start after this and inherit the environment: the config reads the address, the tests the mailbox.
  process.env.PENDOPO_E2E_URL = url;
  process.env.PENDOPO_E2E_MAILBOX = mailFile;

  return async () => {
    await stop(server);
    await mailbox.close();
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
