import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANYONE } from '../../../shared/access.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';

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

  it('serves Prometheus metrics with request durations by route', async () => {
    await get('/api/events');
    const response = await get('/metrics');
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
