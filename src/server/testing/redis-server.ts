import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * A Redis server of the test's own on a free loopback port, with nothing written to disk, that
 * the test may stop and start again on the same port: an outage of the shared Redis without
 * touching it.
 */
export async function startPrivateRedis() {
  const port = await freePort();
  let child: ChildProcess | null = null;

  async function start() {
    if (child) return;
    const started = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      started.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('Ready to accept connections')) resolve();
      });
      started.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output.slice(-500)}`)));
      started.once('error', reject);
    });
    started.stdout?.resume();
  }

  /** Stops the server (its clients see the connection close) and waits until it has exited. */
  async function stop() {
    const running = child;
    if (!running) return;
    child = null;
    const exited = once(running, 'exit');
    running.kill('SIGTERM');
    await exited;
  }

  // A test that dies before its afterAll must not leave the server behind.
  process.once('exit', () => child?.kill('SIGKILL'));
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}
