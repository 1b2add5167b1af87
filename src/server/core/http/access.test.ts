import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../../shared/access.js';
import type { EventRole } from '../../../shared/constants.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { createTestAccount, createTestEvent, signedInClient, TEST_PASSWORD } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { eventRoles } from '../auth/auth.tables.js';
import type { DeclaredRoute } from './access.js';

/** Everyone who may knock: the anonymous, each event role, a focal point of another delegation, an administrator. */
const CALLERS = [
  'anonymous',
  'participant',
  'delegate',
  'speaker',
  'moderator',
  'focal point of another delegation',
  'secretariat',
  'organizer',
  'admin',
] as const;
type Caller = (typeof CALLERS)[number];

/**
 * What the declaration promises each caller, worked out here on its own (not with the
 * server's judge): 401, 403, or let through to the route (any answer but those and 5xx).
 * The callers come from private addresses with no token: to them an operator's route is not there.
 */
function promised(access: Access, caller: Caller): 401 | 403 | 404 | 'through' {
  if (access.kind === 'anyone' || access.kind === 'secret') return 'through';
  if (access.kind === 'operator') return 404;
  if (caller === 'anonymous') return 401;
  if (access.kind === 'signed_in' || access.kind === 'registrant' || caller === 'admin') return 'through';
  if (access.kind === 'admin') return 403;
  if (caller === 'focal point of another delegation') {
    return access.roles.includes('focal_point') && !access.focalPointOf ? 'through' : 403;
  }
  return access.roles.includes(caller) ? 'through' : 403;
}

/** Writes last that would change who the caller is. */
const order = (a: DeclaredRoute, b: DeclaredRoute) =>
  Number(a.url === '/api/auth/sign-out') - Number(b.url === '/api/auth/sign-out');

describe.each(BACKENDS)('every route against every role (%s)', (backend) => {
  let test: TestApp;
  const clients = new Map<Caller, TestClient>();
  let slug = '';
  let otherDelegationId = '';

  beforeAll(async () => {
    test = await startTestApp(backend);
    const event = await createTestEvent(test.db);
    slug = event.slug;
    clients.set('anonymous', new TestClient(test.app));
    for (const role of ['participant', 'delegate', 'speaker', 'moderator', 'secretariat', 'organizer'] as const) {
      clients.set(
        role,
        (await signedInClient(test, { eventId: event.id, roles: [role] satisfies EventRole[] })).client,
      );
    }
    clients.set('admin', (await signedInClient(test, { isAdmin: true })).client);
    const organizer = clients.get('organizer') as TestClient;
    const created = await organizer.post(`/api/events/${slug}/delegations`, {
      kind: 'organization',
      name: { en: 'A' },
    });
    const other = await organizer.post(`/api/events/${slug}/delegations`, { kind: 'organization', name: { en: 'B' } });
    if (created.status !== 201 || other.status !== 201) throw new Error(`delegations: ${created.body} ${other.body}`);
    otherDelegationId = other.json.id;
    const focal = await createTestAccount(test.db);
    await test.db
      .insert(eventRoles)
      .values({ eventId: event.id, accountId: focal.id, role: 'focal_point', delegationId: created.json.id });
    const focalClient = new TestClient(test.app);
    await focalClient.post('/api/auth/password', { email: focal.email, password: TEST_PASSWORD });
    clients.set('focal point of another delegation', focalClient);
  });
  afterAll(() => test.close());

  /** The route's address with this event's slug, the other delegation's id, and ids that name nothing. */
  const addressOf = (route: DeclaredRoute) =>
    route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      if (name === 'slug') return slug;
      if (name === 'id' && route.url.includes('/delegations/')) return otherDelegationId;
      if (name === 'role') return 'moderator';
      if (name === 'token') return 'not-a-feed';
      return randomUUID();
    });

  it('gives each caller of each route what its declaration promises, and never a 5xx', async () => {
    const mismatches: string[] = [];
    for (const route of [...test.routes].sort(order)) {
      const statuses: number[] = [];
      for (const caller of CALLERS) {
        const expected = promised(route.access, caller);
        // An open event stream never ends: only its refusals can be awaited.
        if (expected === 'through' && route.url.endsWith('/stream')) continue;
        const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
        const method = route.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
        const response = await (clients.get(caller) as TestClient).request(method, addressOf(route), body);
        statuses.push(response.status);
        const isThrough = response.status !== 401 && response.status !== 403 && response.status < 500;
        if (expected === 'through' ? !isThrough : response.status !== expected) {
          mismatches.push(`${route.method} ${route.url} as ${caller}: ${response.status}, promised ${expected}`);
        }
      }
      const isRoleBlind = route.access.kind === 'secret' || route.access.kind === 'operator';
      if (isRoleBlind && new Set(statuses).size !== 1) {
        mismatches.push(
          `${route.method} ${route.url}: a ${route.access.kind}'s route answered by role (${statuses.join(', ')})`,
        );
      }
    }
    expect(mismatches).toEqual([]);
    // Some 700 requests: more than the default 30 s on a loaded 2-core machine.
  }, 120_000);

  it('declares every route that the API document lists', async () => {
    const anonymous = new TestClient(test.app);
    const { paths } = (await anonymous.get('/api/openapi.json')).json as {
      paths: Record<string, Record<string, unknown>>;
    };
    const declared = new Set(test.routes.map((r) => `${r.method} ${r.url}`));
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.length).toBeGreaterThan(60);
    expect(documented.filter((operation) => !declared.has(operation))).toEqual([]);
  });

  it('refuses before reading the body: a 20 MB upload from the anonymous is 401, not 413', async () => {
    const url = `/api/events/${slug}/speakers/${randomUUID()}/photo`;
    const response = await new TestClient(test.app).request('PUT', url, Buffer.alloc(20 * 1024 * 1024), {
      headers: { 'content-type': 'image/png' },
    });
    expectProblem(response, 401, 'auth.required');
  });
});

describe('a route without a declared access', () => {
  it('stops the app from being built, naming the route', async () => {
    const starting = startTestApp(
      'pglite',
      {},
      {
        beforeReady: (app) => app.get('/api/undeclared', async () => ({ ok: true })),
      },
    );
    await expect(starting).rejects.toThrow('GET /api/undeclared declares no access');
  });
});
