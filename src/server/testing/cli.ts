import { execFile } from 'node:child_process';
import { PROJECT_ROOT } from '../core/paths.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `pendopo <args>` from the sources (tsx) in a process of its own, as an
 * operator would, on the embedded database in `dataDir`: the services of the
 * test run (DATABASE_URL, REDIS_URL) are not passed on.
 */
export function runCli(args: string[], options: { dataDir: string; env?: Record<string, string> }): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: '',
    REDIS_URL: '',
    SMTP_URL: '',
    SESSION_SECRET: '',
    PUBLIC_URL: '',
    DATA_DIR: options.dataDir,
    LOG_LEVEL: 'silent',
    ...options.env,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server/main.ts', ...args],
      { cwd: PROJECT_ROOT, env, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
