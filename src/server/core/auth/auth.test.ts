import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { createTestAccount, signedInClient, TEST_PASSWORD } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { expireMagicLink, outboxCount, outboxTo, requestLinkToken } from '../../testing/records.js';

const sessionCookieOf = (headers: Record<string, unknown>): string | undefined => {
  const setCookie = headers['set-cookie'];
  const all = Array.isArray(setCookie) ? setCookie : [setCookie];
  return all.find((c): c is string => typeof c === 'string' && c.startsWith('pendopo_session='));
};

describe.each(BACKENDS)('auth (%s)', (backend) => {
  let test: TestApp;
  const anonymous = () => new TestClient(test.app);

  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  describe('POST /api/auth/password', () => {
    it('signs in with the right password: 204, an HttpOnly session cookie, and the session shows the account', async () => {
      const account = await createTestAccount(test.db);
      const client = anonymous();
      const response = await client.post('/api/auth/password', { email: account.email, password: TEST_PASSWORD });
      expect(response.status).toBe(204);
      const cookie = sessionCookieOf(response.headers);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const session = await client.get('/api/session');
      expect(session.json.account).toMatchObject({ id: account.id, email: account.email, name: account.name });
      expect(session.json.csrfToken).toEqual(expect.any(String));
    });

    it('accepts the address in another case', async () => {
      const account = await createTestAccount(test.db);
      const response = await anonymous().post('/api/auth/password', {
        email: account.email.toUpperCase(),
        password: TEST_PASSWORD,
      });
      expect(response.status).toBe(204);
    });

    it('refuses a wrong password with 401 auth.invalid_credentials and sets no cookie', async () => {
      const account = await createTestAccount(test.db);
      const client = anonymous();
      const response = await client.post('/api/auth/password', { email: account.email, password: 'not the password' });
      expectProblem(response, 401, 'auth.invalid_credentials');
      expect(sessionCookieOf(response.headers)).toBeUndefined();
      expect((await client.get('/api/session')).json.account).toBeNull();
    });

    it('answers an unknown address exactly like a wrong password', async () => {
      const response = await anonymous().post('/api/auth/password', {
        email: 'nobody@example.org',
        password: TEST_PASSWORD,
      });
      expectProblem(response, 401, 'auth.invalid_credentials');
    });

    it('refuses a malformed address with 400 naming email', async () => {
      const response = await anonymous().post('/api/auth/password', { email: 'not-an-address', password: 'x' });
      expectProblem(response, 400, 'validation.failed');
      expect(fieldsOf(response)).toContain('email');
    });

    it('refuses the 11th attempt within a minute with 429, even with the right password', async () => {
      const account = await createTestAccount(test.db);
      const client = anonymous();
      for (let attempt = 1; attempt <= 10; attempt++) {
        const response = await client.post('/api/auth/password', {
          email: account.email,
          password: `guess ${attempt}`,
        });
        expect(response.status).toBe(401);
      }
      const eleventh = await client.post('/api/auth/password', { email: account.email, password: TEST_PASSWORD });
      expectProblem(eleventh, 429, 'request.rate_limited');
      expect(sessionCookieOf(eleventh.headers)).toBeUndefined();
      // Failures count per account too (issue 9): the account waits out the window on every machine,
      // while another machine signs in to another account as usual.
      const other = await anonymous().post('/api/auth/password', { email: account.email, password: TEST_PASSWORD });
      expectProblem(other, 429, 'request.rate_limited');
      const someoneElse = await createTestAccount(test.db);
      const theirs = await anonymous().post('/api/auth/password', {
        email: someoneElse.email,
        password: TEST_PASSWORD,
      });
      expect(theirs.status).toBe(204);
    });
  });

  describe('POST /api/auth/magic-link', () => {
    it('queues exactly one mail with a sign-in link for a known address', async () => {
      const account = await createTestAccount(test.db);
      const response = await anonymous().post('/api/auth/magic-link', { email: account.email });
      expect(response.status).toBe(202);
      expect(response.json).toEqual({ sent: true });
      const mails = await outboxTo(test.db, account.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.template).toBe('magic_link');
      expect(mails[0]?.status).toBe('pending');
      expect(mails[0]?.textBody).toContain('http://pendopo.test/sign-in/link?token=');
    });

    it('answers an unknown address the same way and queues nothing', async () => {
      const before = await outboxCount(test.db);
      const response = await anonymous().post('/api/auth/magic-link', { email: 'stranger@example.org' });
      expect(response.status).toBe(202);
      expect(response.json).toEqual({ sent: true });
      expect(await outboxCount(test.db)).toBe(before);
    });

    it('refuses a malformed address with 400 naming email', async () => {
      const response = await anonymous().post('/api/auth/magic-link', { email: 'nope' });
      expectProblem(response, 400, 'validation.failed');
      expect(fieldsOf(response)).toContain('email');
    });
  });

  describe('POST /api/auth/magic-link/consume', () => {
    it('signs in once; the second use is refused with 401 auth.link_used', async () => {
      const account = await createTestAccount(test.db);
      const token = await requestLinkToken(anonymous(), test.db, account.email);
      const client = anonymous();
      const first = await client.post('/api/auth/magic-link/consume', { token });
      expect(first.status).toBe(204);
      expect((await client.get('/api/session')).json.account.id).toBe(account.id);

      const again = anonymous();
      const second = await again.post('/api/auth/magic-link/consume', { token });
      expectProblem(second, 401, 'auth.link_used');
      expect(sessionCookieOf(second.headers)).toBeUndefined();
      expect((await again.get('/api/session')).json.account).toBeNull();
    });

    it("retires the account's other links when one is used", async () => {
      const account = await createTestAccount(test.db);
      const older = await requestLinkToken(anonymous(), test.db, account.email);
      const newer = await requestLinkToken(anonymous(), test.db, account.email);
      expect((await anonymous().post('/api/auth/magic-link/consume', { token: newer })).status).toBe(204);
      const client = anonymous();
      expectProblem(await client.post('/api/auth/magic-link/consume', { token: older }), 401, 'auth.link_used');
      expect((await client.get('/api/session')).json.account).toBeNull();
      // Someone else's links are theirs: they still work.
      const other = await createTestAccount(test.db);
      const theirs = await requestLinkToken(anonymous(), test.db, other.email);
      expect((await anonymous().post('/api/auth/magic-link/consume', { token: theirs })).status).toBe(204);
    });

    it('refuses an expired link with 401 auth.link_expired', async () => {
      const account = await createTestAccount(test.db);
      const token = await requestLinkToken(anonymous(), test.db, account.email);
      await expireMagicLink(test.db, token);
      const client = anonymous();
      expectProblem(await client.post('/api/auth/magic-link/consume', { token }), 401, 'auth.link_expired');
      expect((await client.get('/api/session')).json.account).toBeNull();
    });

    it('refuses a made-up token with 401 auth.link_invalid', async () => {
      const response = await anonymous().post('/api/auth/magic-link/consume', { token: 'x'.repeat(43) });
      expectProblem(response, 401, 'auth.link_invalid');
    });

    it('refuses a token of the wrong shape with 400 naming token', async () => {
      const response = await anonymous().post('/api/auth/magic-link/consume', { token: 'short' });
      expectProblem(response, 400, 'validation.failed');
      expect(fieldsOf(response)).toContain('token');
    });
  });

  describe('POST /api/auth/sign-out', () => {
    it('refuses the anonymous with 401', async () => {
      expectProblem(await anonymous().post('/api/auth/sign-out'), 401, 'auth.required');
    });

    it('ends the session: the old cookie no longer signs anyone in', async () => {
      const { client } = await signedInClient(test);
      const oldCookie = client.cookie ?? '';
      const oldCsrf = client.csrfToken ?? '';
      const response = await client.post('/api/auth/sign-out');
      expect(response.status).toBe(204);
      expect(client.cookie).toBeNull();

      const replay = new TestClient(test.app);
      replay.cookie = oldCookie;
      replay.csrfToken = oldCsrf;
      expect((await replay.get('/api/session')).json.account).toBeNull();
      expectProblem(await replay.patch('/api/me', { name: 'Replayed' }), 401, 'auth.required');
    });

    it('ends only that session: the same person signed in elsewhere stays signed in', async () => {
      const account = await createTestAccount(test.db);
      const laptop = anonymous();
      const phone = anonymous();
      for (const client of [laptop, phone]) {
        await client.post('/api/auth/password', { email: account.email, password: TEST_PASSWORD });
      }
      expect((await laptop.post('/api/auth/sign-out')).status).toBe(204);
      expect((await phone.get('/api/session')).json.account.id).toBe(account.id);
    });
  });

  describe('PATCH /api/me', () => {
    it('refuses the anonymous with 401', async () => {
      expectProblem(await anonymous().patch('/api/me', { name: 'Someone' }), 401, 'auth.required');
    });

    it('refuses an unknown language with 400 naming language, and changes nothing', async () => {
      const { client, account } = await signedInClient(test);
      const response = await client.patch('/api/me', { name: 'New Name', language: 'xx' });
      expectProblem(response, 400, 'validation.failed');
      expect(fieldsOf(response)).toContain('language');
      expect((await client.get('/api/session')).json.account.name).toBe(account.name);
    });

    it('refuses an unknown field with 400', async () => {
      const { client } = await signedInClient(test);
      const response = await client.patch('/api/me', { isAdmin: true });
      expectProblem(response, 400, 'validation.failed');
      expect((await client.get('/api/session')).json.account.isAdmin).toBe(false);
    });

    it('changes the name and the language', async () => {
      const { client } = await signedInClient(test);
      expect((await client.patch('/api/me', { name: '  Dewi Lestari ', language: 'id' })).status).toBe(204);
      const { account } = (await client.get('/api/session')).json;
      expect(account).toMatchObject({ name: 'Dewi Lestari', language: 'id' });
    });
  });
});
