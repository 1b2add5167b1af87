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

/** A promise and the function that settles it. */
function signal() {
  let fire: () => void = () => undefined;
  const fired = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { fired, fire };
}

/**
 * A listening node with one test route, `/test/held`, that answers `{ finished: true }` once
 * `release` fires (never, if it is not given); `arrived` fires when a request is under way.
 */
async function startHeldNode(release?: Promise<void>) {
  const arrived = signal();
  const test = await startTestApp(
    'pglite',
    {},
    {
      beforeReady: (app) =>
        app.get('/test/held', { config: { access: ANYONE } }, async () => {
          arrived.fire();
          await (release ?? new Promise(() => undefined));
          return { finished: true };
        }),
    },
  );
  await test.app.listen({ host: '127.0.0.1', port: 0 });
  const address = test.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { test, port, arrived: arrived.fired };
}

describe('a node stopping behind a load balancer', () => {
  let test: TestApp | undefined;
  const agents: Agent[] = [];
  const agent = () => {
    const made = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(made);
    return made;
  };
  afterEach(async () => {
    for (const made of agents.splice(0)) made.destroy();
    await test?.close().catch(() => undefined);
    test = undefined;
  });

  it('finishes the request under way with Connection: close, drops idle connections and takes no new ones', async () => {
    const release = signal();
    const node = await startHeldNode(release.fired);
    test = node.test;
    // One idle keep-alive connection (its request answered before the signal), one busy: as a proxy's pool.
    const before = await get(node.port, '/healthz', agent());
    expect(before.status).toBe(200);
    expect(before.connection).toBe('keep-alive');
    const slow = get(node.port, '/test/held', agent());
    await node.arrived;

    expect(test.ctx.drain.isDraining).toBe(false);

    const stopping = stopNode(test);
    await before.socketClosed;
    expect(await accepts(node.port)).toBe(false);
    expect(test.ctx.drain.isDraining).toBe(true);

    release.fire();
    const answered = await slow;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toEqual({ finished: true });
    expect(answered.connection).toBe('close');
    await answered.socketClosed;
    expect(await stopping).toBe(true);
    test = undefined;
  });

  it('answers /readyz 503 ready.stopping while it stops, so the balancer sends new clients elsewhere', async () => {
    const release = signal();
    const node = await startHeldNode(release.fired);
    test = node.test;
    const held = get(node.port, '/test/held', agent());
    await node.arrived;
    const stopping = stopNode(test);
    // The app is closing: an in-process request still reaches it, as one on an open connection would.
    const ready = await test.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ code: 'ready.stopping' });
    release.fire();
    expect((await held).status).toBe(200);
    expect(await stopping).toBe(true);
    test = undefined;
  });

  it('cuts what is still running at the bound and says so', async () => {
    const node = await startHeldNode();
    test = node.test;
    const forever = get(node.port, '/test/held', agent()).catch((error: NodeJS.ErrnoException) => error.code);
    await node.arrived;
    expect(await stopNode(test, 300)).toBe(false);
    expect(await forever).toBe('ECONNRESET');
    test = undefined;
  });
});

/** What `serve` does on SIGTERM, without ending the test process: the drain, then the database. */
async function stopNode(node: TestApp, boundMs = 5000): Promise<boolean> {
  const isClean = await node.drain.stop(boundMs);
  await node.close();
  return isClean;
}
