import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { signedInClient, TEST_PASSWORD } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { auditRowsAfter, lastAuditId } from '../../testing/records.js';

// A page on another site can make the browser send the session cookie, but cannot read the CSRF token.
describe.each(BACKENDS)('CSRF protection of signed-in writes (%s)', (backend) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const nameOf = async (client: TestClient) => (await client.get('/api/session')).json.account.name;

  it('refuses a write without the x-csrf-token header with 403 auth.csrf_invalid, and changes nothing', async () => {
    const { client, account } = await signedInClient(test);
    const auditBefore = await lastAuditId(test.db);
    const response = await client.patch('/api/me', { name: 'Forged' }, { csrf: false });
    expectProblem(response, 403, 'auth.csrf_invalid');
    expect(await nameOf(client)).toBe(account.name);
    expect(await auditRowsAfter(test.db, auditBefore)).toEqual([]);
  });

  it('refuses a wrong token with 403', async () => {
    const { client, account } = await signedInClient(test);
    client.csrfToken = `${client.csrfToken?.slice(0, -2)}xx`;
    expectProblem(await client.patch('/api/me', { name: 'Forged' }), 403, 'auth.csrf_invalid');
    client.csrfToken = '';
    expectProblem(await client.patch('/api/me', { name: 'Forged' }), 403, 'auth.csrf_invalid');
    client.csrfToken = null;
    expect(await nameOf(client)).toBe(account.name);
  });

  it('accepts the right token', async () => {
    const { client } = await signedInClient(test);
    expect((await client.patch('/api/me', { name: 'Changed' })).status).toBe(204);
    expect(await nameOf(client)).toBe('Changed');
  });

  it("does not accept one session's token for another session", async () => {
    const alice = await signedInClient(test);
    const mallory = await signedInClient(test);
    expect(alice.client.csrfToken).not.toBe(mallory.client.csrfToken);
    alice.client.csrfToken = mallory.client.csrfToken;
    expectProblem(await alice.client.patch('/api/me', { name: 'Forged' }), 403, 'auth.csrf_invalid');
    expect(await nameOf(alice.client)).toBe(alice.account.name);
  });

  it("gives a new session of the same person a new token: the old session's token does not carry over", async () => {
    const { client, account } = await signedInClient(test);
    const oldToken = client.csrfToken;
    await client.post('/api/auth/sign-out');
    await client.post('/api/auth/password', { email: account.email, password: TEST_PASSWORD });
    expect(client.csrfToken).toEqual(expect.any(String));
    expect(client.csrfToken).not.toBe(oldToken);
    client.csrfToken = oldToken;
    expectProblem(await client.patch('/api/me', { name: 'Forged' }), 403, 'auth.csrf_invalid');
  });

  it('refuses sign-out without the token: a forged request cannot sign a person out', async () => {
    const { client } = await signedInClient(test);
    expectProblem(await client.post('/api/auth/sign-out', undefined, { csrf: false }), 403, 'auth.csrf_invalid');
    expect((await client.get('/api/session')).json.account).not.toBeNull();
  });

  it('hands out no token to the anonymous', async () => {
    const session = await new TestClient(test.app).get('/api/session');
    expect(session.json).toEqual({ account: null, registration: null, csrfToken: null });
  });
});
