import { Agent, type IncomingMessage, request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ANYONE } from '../../../shared/access.js';
import { accepts } from '../../testing/cluster.js';
import { startTestApp, type TestApp } from '../../testing/harness.js';

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

/** A GET on a keep-alive agent of the test's, so the connection outlives the answer as a proxy's would. */
function get(port: number, path: string, agent: Agent) {
  return new Promise<Answer & { socketClosed: Promise<void> }>((resolve, reject) => {
    let socketClosed: Promise<void> = Promise.resolve();
    const outgoing = request({ host: '127.0.0.1', port, path, agent }, (incoming: IncomingMessage) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      incoming.on('end', () => {
        resolve({ status: incoming.statusCode ?? 0, connection: incoming.headers.connection, body, socketClosed });
      });
    });
    outgoing.on('socket', (socket) => {
      socketClosed = new Promise<void>((done) => socket.once('close', () => done()));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('a node stopping behind a load balancer', () => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.close().catch(() => undefined);
    test = undefined;
  });

  it('finishes the request under way with Connection: close, drops idle connections and takes no new ones', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrived: () => void = () => undefined;
    const isUnderWay = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    test = await startTestApp(
      'pglite',
      {},
      {
        beforeReady: (app) =>
          app.get('/test/slow', { config: { access: ANYONE } }, async () => {
            arrived();
            await held;
            return { finished: true };
          }),
      },
    );
    await test.app.listen({ host: '127.0.0.1', port: 0 });
    const address = test.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    // One idle keep-alive connection (its request answered before the signal), one busy: as a proxy's pool.
    const idleAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    const busyAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    const before = await get(port, '/healthz', idleAgent);
    expect(before.status).toBe(200);
    expect(before.connection).toBe('keep-alive');
    const slow = get(port, '/test/slow', busyAgent);
    await isUnderWay;

    expect(test.ctx.drain.isDraining).toBe(false);

    const stopping = stopNode(test);
    await before.socketClosed;
    expect(await accepts(port)).toBe(false);
    expect(test.ctx.drain.isDraining).toBe(true);

    release();
    const answered = await slow;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toEqual({ finished: true });
    expect(answered.connection).toBe('close');
    await answered.socketClosed;
    expect(await stopping).toBe(true);
    idleAgent.destroy();
    busyAgent.destroy();
    test = undefined;
  });

  it('answers /readyz 503 ready.stopping while it stops, so the balancer sends new clients elsewhere', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    test = await startTestApp(
      'pglite',
      {},
      {
        beforeReady: (app) =>
          app.get('/test/hold', { config: { access: ANYONE } }, async () => {
            await held;
            return {};
          }),
      },
    );
    await test.app.listen({ host: '127.0.0.1', port: 0 });
    const address = test.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const hold = get(port, '/test/hold', agent);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopping = stopNode(test);
    // The app is closing: an in-process request still reaches it, as one on an open connection would.
    const ready = await test.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ code: 'ready.stopping' });
    release();
    expect((await hold).status).toBe(200);
    expect(await stopping).toBe(true);
    agent.destroy();
    test = undefined;
  });

  it('cuts what is still running at the bound and says so', async () => {
    test = await startTestApp(
      'pglite',
      {},
      {
        beforeReady: (app) =>
          app.get('/test/forever', { config: { access: ANYONE } }, () => new Promise(() => undefined)),
      },
    );
    await test.app.listen({ host: '127.0.0.1', port: 0 });
    const address = test.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const forever = get(port, '/test/forever', agent).catch((error: NodeJS.ErrnoException) => error.code);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stopNode(test, 300)).toBe(false);
    expect(await forever).toBe('ECONNRESET');
    agent.destroy();
    test = undefined;
  });
});

/** What `serve` does on SIGTERM, without ending the test process: the drain, then the database. */
async function stopNode(node: TestApp, boundMs = 5000): Promise<boolean> {
  const isClean = await node.drain.stop(boundMs);
  await node.close();
  return isClean;
}
