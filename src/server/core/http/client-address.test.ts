import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { listenOnLoopback } from '../../testing/sockets.js';
import { SIGN_IN_FAILURES } from '../auth/sign-in.limits.js';

// The address the limits count is the connection's, unless TRUST_PROXY names the connection as a
// proxy; then it is the rightmost X-Forwarded-For entry that is not a proxy. Failed sign-ins to
// unknown addresses stand for any per-address limit. Every address is random: with Redis the
// counts outlive a run.
const octets = (n: number) => [...randomBytes(n)].map((b) => Math.max(1, Math.min(b, 254))).join('.');
const privateAddress = () => `10.${octets(3)}`;
const loopbackAddress = () => `127.${octets(3)}`;
const guess = () => ({ email: `guess-${randomBytes(4).toString('hex')}@example.org`, password: 'wrong' });
const ALLOWED = SIGN_IN_FAILURES.perAddress;
const env = (backend: string, extra: Record<string, string> = {}) => ({
  ...(backend === 'postgres' && process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  ...extra,
});

describe.each(BACKENDS)('client addresses (%s)', (backend) => {
  describe('with TRUST_PROXY unset', () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await startTestApp(backend, env(backend));
    });
    afterAll(() => test.close());

    it('counts the connection, whatever X-Forwarded-For a client sends', async () => {
      const client = new TestClient(test.app);
      const forged = () => ({ headers: { 'x-forwarded-for': privateAddress() } });
      for (let i = 0; i < ALLOWED; i++) {
        const response = await client.request('POST', '/api/auth/password', guess(), forged());
        expect(response.status).toBe(401);
      }
      const refused = await client.request('POST', '/api/auth/password', guess(), forged());
      expectProblem(refused, 429, 'request.rate_limited');
      expect((await new TestClient(test.app).post('/api/auth/password', guess())).status).toBe(401);
    });

    it('counts one IPv6 /64 as one client', async () => {
      const network = `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
      for (let i = 1; i <= ALLOWED; i++) {
        const client = new TestClient(test.app, { address: `${network}::${i.toString(16)}` });
        expect((await client.post('/api/auth/password', guess())).status).toBe(401);
      }
      const sameNetwork = new TestClient(test.app, { address: `${network}:ffff:ffff:ffff:ffff` });
      expectProblem(await sameNetwork.post('/api/auth/password', guess()), 429, 'request.rate_limited');
    });
  });

  describe('with TRUST_PROXY naming the proxy (127.0.0.1), over real connections', () => {
    let test: TestApp;
    let post: Awaited<ReturnType<typeof listenOnLoopback>>['post'];
    beforeAll(async () => {
      test = await startTestApp(backend, env(backend, { TRUST_PROXY: '127.0.0.1' }));
      ({ post } = await listenOnLoopback(test.app));
    });
    afterAll(() => test.close());

    // nginx with `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for` appends the address
    // it saw to whatever the client sent: "forged, client".
    const throughProxy = (client: string, forged?: string) =>
      post('127.0.0.1', '/api/auth/password', guess(), {
        'x-forwarded-for': forged ? `${forged}, ${client}` : client,
      });

    it('counts the rightmost address the proxy added; a forged leftmost entry does not widen the limit', async () => {
      const client = privateAddress();
      for (let i = 0; i < ALLOWED; i++) expect((await throughProxy(client, privateAddress())).status).toBe(401);
      const refused = await throughProxy(client, privateAddress());
      expectProblem(refused, 429, 'request.rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Another person behind the same proxy is a client of their own.
      expect((await throughProxy(privateAddress())).status).toBe(401);
    });

    it('ignores X-Forwarded-For from a connection that is not the proxy', async () => {
      const direct = loopbackAddress();
      const forged = () => ({ 'x-forwarded-for': privateAddress() });
      for (let i = 0; i < ALLOWED; i++)
        expect((await post(direct, '/api/auth/password', guess(), forged())).status).toBe(401);
      expectProblem(await post(direct, '/api/auth/password', guess(), forged()), 429, 'request.rate_limited');
      expect((await post(loopbackAddress(), '/api/auth/password', guess(), forged())).status).toBe(401);
    });
  });

  describe('with TRUST_PROXY=1 (one proxy in front, by hop count)', () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await startTestApp(backend, env(backend, { TRUST_PROXY: '1' }));
    });
    afterAll(() => test.close());

    it('counts the address the one proxy added, not the forged one before it', async () => {
      const client = privateAddress();
      const viaProxy = () => ({ headers: { 'x-forwarded-for': `${privateAddress()}, ${client}` } });
      const proxy = new TestClient(test.app, { address: '127.0.0.1' });
      for (let i = 0; i < ALLOWED; i++) {
        expect((await proxy.request('POST', '/api/auth/password', guess(), viaProxy())).status).toBe(401);
      }
      const refused = await proxy.request('POST', '/api/auth/password', guess(), viaProxy());
      expectProblem(refused, 429, 'request.rate_limited');
      const someoneElse = { headers: { 'x-forwarded-for': privateAddress() } };
      expect((await proxy.request('POST', '/api/auth/password', guess(), someoneElse)).status).toBe(401);
    });
  });
});
