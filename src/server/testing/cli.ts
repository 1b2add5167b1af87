import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { PROJECT_ROOT } from '../core/paths.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a command run as an operator would, on the embedded database in `dataDir`. */
const cliEnv = (dataDir: string, env: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: '',
  REDIS_URL: '',
  SMTP_URL: '',
  SESSION_SECRET: '',
  PUBLIC_URL: '',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  ...env,
});

const ENTRY = ['--import', 'tsx', 'src/server/main.ts'];

/**
 * Runs `pendopo <args>` from the sources (tsx) in a process of its own, as an
 * operator would, on the embedded database in `dataDir`: the services of the
 * test run (DATABASE_URL, REDIS_URL) are not passed on. `input` is its standard input.
 */
export function runCli(
  args: string[],
  options: { dataDir: string; env?: Record<string, string>; input?: string },
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...ENTRY, ...args],
      { cwd: PROJECT_ROOT, env: cliEnv(options.dataDir, options.env), timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

export interface ServeProcess {
  /** Where it answers HTTP: http://127.0.0.1:<port>. */
  origin: string;
  child: ChildProcess;
  /** Everything it wrote, standard output and its log. */
  output(): string;
  /** Sends the signal and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  return typeof address === 'object' && address ? address.port : 0;
}

/** `pendopo serve --no-demo` in a process of its own on 127.0.0.1, once it says it is running. */
export async function startServe(options: { dataDir: string; env?: Record<string, string> }): Promise<ServeProcess> {
  const port = await freePort();
  const env = cliEnv(options.dataDir, { PORT: String(port), HOST: '127.0.0.1', ...options.env });
  const child = spawn(process.execPath, [...ENTRY, 'serve', '--no-demo'], { cwd: PROJECT_ROOT, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const ended = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in time:\n${output}`)), 120_000);
    child.stdout.on('data', () => {
      if (!output.includes('Pendopo is running')) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve ended (${code}) before it ran:\n${output}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await ended;
    },
  };
}
