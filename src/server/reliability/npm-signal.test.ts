import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../core/paths.js';
import { freePort, waitFor } from '../testing/cluster.js';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a node started through npm, as the README and the guide start it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-npm-'));
  let serverPid = 0;
  afterAll(() => {
    if (serverPid && isAlive(serverPid)) process.kill(serverPid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops when npm is sent SIGTERM, though npm does not pass the signal on', async () => {
    // npm runs the script through a shell, as `npm start` and `npm run pendopo -- serve` do.
    const tsx = import.meta.resolve('tsx');
    const main = join(PROJECT_ROOT, 'src/server/main.ts');
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'npm-signal',
        private: true,
        scripts: { serve: `node --import ${tsx} ${main} serve --no-demo` },
      }),
    );
    const port = await freePort();
    const npm = spawn('npm', ['run', 'serve'], {
      cwd: dir,
      env: {
        ...process.env,
        DATABASE_URL: '',
        REDIS_URL: '',
        SESSION_SECRET: '',
        DATA_DIR: join(dir, 'data'),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        SHUTDOWN_TIMEOUT: '5',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    npm.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    await waitFor(() => output.includes('Pendopo is running'), 90_000, `the node through npm: ${output}`);
    serverPid = Number(/"pid":(\d+)/.exec(output)?.[1]);
    expect(serverPid).not.toBe(npm.pid);
    expect(isAlive(serverPid)).toBe(true);

    npm.kill('SIGTERM');
    // The node notices within half a second and drains within SHUTDOWN_TIMEOUT.
    await waitFor(() => !isAlive(serverPid), 8_000, 'the node after npm was stopped');
    expect(output).toContain('leaving the pool');
    const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => false,
      () => true,
    );
    expect(refused).toBe(true);
  }, 120_000);
});
