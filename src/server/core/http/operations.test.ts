import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANYONE } from '../../../shared/access.js';
import { TestClient, type TestResponse } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { listenOnLoopback } from '../../testing/sockets.js';

/** Routes an operator or a tool reaches, kept out of the API document on purpose. */
const UNDOCUMENTED = ['/api/openapi.json', '/healthz', '/readyz', '/metrics'];

/** Every (method, path) the app answers, read from Fastify's printed route tree. */
function routesOf(tree: string): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const [, indent = '', segment = '', methods = ''] = match;
    const depth = indent.length / 4;
    stack.length = depth;
    stack.push(segment);
    const path = stack.join('');
    for (const method of methods.split(',').map((m) => m.trim())) {
      if (method && method !== 'HEAD') routes.push({ method, path });
    }
  }
  return routes;
}

const asOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe.each(BACKENDS)('operations (%s)', (backend) => {
  let test: TestApp;
  const get = (url: string) => new TestClient(test.app).get(url);

  beforeAll(async () => {
    test = await startTestApp(
      backend,
      {},
      {
        beforeReady: (app) => {
          app.get('/api/test-only/explode', { schema: { hide: true }, config: { access: ANYONE } }, async () => {
            throw new Error('database password is hunter2');
          });
        },
      },
    );
  });
  afterAll(() => test.close());

  it('answers /healthz with 200', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 naming the database and the bus', async () => {
    const response = await get('/readyz');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ status: 'ready', database: backend, bus: test.bus.kind });
  });

  it('serves Prometheus metrics with request durations by route (to this host)', async () => {
    await get('/api/events');
    const response = await new TestClient(test.app, { address: '127.0.0.1' }).get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('# TYPE http_request_duration_seconds histogram');
    expect(response.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/events",status="200"\} \d+/,
    );
    expect(response.body).toContain('process_cpu_seconds_total');
  });

  it('documents every route of the app in an OpenAPI 3.1 document', async () => {
    const response = await get('/api/openapi.json');
    expect(response.status).toBe(200);
    const spec = response.json;
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.info.title).toBe('Pendopo API');
    const routes = routesOf(test.app.printRoutes({ commonPrefix: false }));
    expect(routes.length).toBeGreaterThan(10);
    // Wildcards are the browser app's static files (present once `npm run build:web` has run), not API.
    const documented = routes.filter(
      (r) => !UNDOCUMENTED.includes(r.path) && !r.path.startsWith('/api/test-only/') && !r.path.endsWith('*'),
    );
    const missing = documented.filter((r) => !spec.paths[asOpenApiPath(r.path)]?.[r.method.toLowerCase()]);
    expect(missing).toEqual([]);
    // And nothing documented that the app does not answer.
    const known = new Set(documented.map((r) => `${r.method.toLowerCase()} ${asOpenApiPath(r.path)}`));
    const operations = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    expect(operations.filter((op) => !known.has(op))).toEqual([]);
    expect(operations).toContain('patch /api/events/{slug}');
  });

  it('sends security headers, a content security policy among them', async () => {
    for (const url of ['/api/events', '/healthz', '/api/no-such-thing']) {
      const response = await get(url);
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers an internal error with 500 internal, without the message or a stack trace', async () => {
    const response = await get('/api/test-only/explode');
    expectProblem(response, 500, 'internal');
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toMatch(/\bat \S+ \(/);
  });
});

describe.each(BACKENDS)('a node on a database that is not migrated (%s)', (backend) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp(backend, {}, { isMigrated: false });
  });
  afterAll(() => test.close());

  it('is alive but not ready: /healthz 200, /readyz 503 ready.migrations_pending', async () => {
    const client = new TestClient(test.app);
    expect((await client.get('/healthz')).status).toBe(200);
    expectProblem(await client.get('/readyz'), 503, 'ready.migrations_pending');
  });

  it('becomes ready once migrated', async () => {
    await test.database.migrate();
    expect((await new TestClient(test.app).get('/readyz')).status).toBe(200);
  });
});

describe('who may read /metrics', () => {
  const TOKEN = 'a-scraper-token-of-at-least-32-characters';
  let test: TestApp;
  let get: Awaited<ReturnType<typeof listenOnLoopback>>['get'];
  const isMetrics = (response: TestResponse) =>
    response.status === 200 && response.body.includes('# TYPE http_request_duration_seconds histogram');

  beforeAll(async () => {
    // Nothing here reads the database: one backend is enough. nginx on this host is the trusted proxy.
    test = await startTestApp('pglite', { TRUST_PROXY: 'loopback', METRICS_TOKEN: TOKEN });
    ({ get } = await listenOnLoopback(test.app));
  });
  afterAll(() => test.close());

  it('answers a peer on this host that came straight in, on any loopback address', async () => {
    expect(isMetrics(await get('127.0.0.1', '/metrics'))).toBe(true);
    expect(isMetrics(await get('127.0.0.9', '/metrics'))).toBe(true);
    expect(isMetrics(await new TestClient(test.app, { address: '::1' }).get('/metrics'))).toBe(true);
  });

  it('hides itself from a client the proxy on this host forwards, even one naming a loopback address', async () => {
    for (const forwarded of ['127.0.0.1', '203.0.113.7', '127.0.0.1, 127.0.0.1']) {
      const response = await get('127.0.0.1', '/metrics', { 'x-forwarded-for': forwarded });
      expectProblem(response, 404, 'route.not_found');
      expect(response.body).not.toContain('http_request_duration_seconds');
    }
    expectProblem(await get('127.0.0.1', '/metrics', { forwarded: 'for=127.0.0.1' }), 404, 'route.not_found');
  });

  it('hides itself from another host, signed in as an administrator or not', async () => {
    expectProblem(await new TestClient(test.app).get('/metrics'), 404, 'route.not_found');
    const { client } = await signedInClient(test, { isAdmin: true });
    expectProblem(await client.get('/metrics'), 404, 'route.not_found');
  });

  it('answers the bearer of METRICS_TOKEN from anywhere, through the proxy too', async () => {
    const bearer = { authorization: `Bearer ${TOKEN}` };
    expect(isMetrics(await new TestClient(test.app).request('GET', '/metrics', undefined, { headers: bearer }))).toBe(
      true,
    );
    expect(isMetrics(await get('127.0.0.1', '/metrics', { ...bearer, 'x-forwarded-for': '203.0.113.7' }))).toBe(true);
  });

  it('refuses a wrong token, a token cut short, and one sent another way', async () => {
    for (const authorization of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, 'Bearer ']) {
      const client = new TestClient(test.app);
      const response = await client.request('GET', '/metrics', undefined, { headers: { authorization } });
      expectProblem(response, 404, 'route.not_found');
    }
  });
});
