import { connect } from 'node:net';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '../../modules/events/events.tables.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { buildEventInput, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';

describe.each(BACKENDS)('errors as problem+json (%s)', (backend) => {
  let test: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    test = await startTestApp(backend);
    admin = (await signedInClient(test, { isAdmin: true })).client;
  });
  afterAll(() => test.close());

  /** A body the JSON client would never send: raw bytes under a chosen content type. */
  const postRaw = async (contentType: string, payload: string) => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { 'content-type': contentType },
      payload,
    });
    return { status: response.statusCode, headers: response.headers, json: response.json() };
  };

  it('answers malformed JSON with 400 request.malformed_json', async () => {
    expectProblem(await postRaw('application/json', '{"email": '), 400, 'request.malformed_json');
  });

  it('names an unknown field and writes nothing', async () => {
    const response = await admin.post('/api/events', { ...buildEventInput(), isSecret: true });
    expectProblem(response, 400, 'validation.failed');
    expect(response.json.errors).toContainEqual({
      field: 'isSecret',
      code: 'field.unknown_key',
      message: 'is not a known field',
    });
    const [row] = await test.db.select({ n: count() }).from(events);
    expect(row?.n).toBe(0);
  });

  it('names each invalid field', async () => {
    const response = await admin.post('/api/events', buildEventInput({ slug: 'Bad Slug', timeZone: 'Mars/Olympus' }));
    expectProblem(response, 400, 'validation.failed');
    const fields = response.json.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['slug', 'timeZone']));
  });

  it('refuses an event address that is a page of its own', async () => {
    const response = await admin.post('/api/events', buildEventInput({ slug: 'new' }));
    expectProblem(response, 400, 'validation.failed');
    expect(response.json.errors).toContainEqual({
      field: 'slug',
      code: 'field.invalid',
      message: 'is reserved; choose another',
    });
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await admin.post('/api/events', {
      ...buildEventInput(),
      description: { en: 'x'.repeat(300_000) },
    });
    expectProblem(response, 413, 'request.too_large');
    // The limit as data, for the browser to say in the reader's units; the detail says it in English.
    expect(response.json.params).toEqual({ limitBytes: 256 * 1024 });
    expect(response.json.detail).toBe('What you sent is larger than this page accepts: at most 256 kB.');
  });

  it('answers a route’s limit with 429 request.rate_limited, its wait as data beside Retry-After', async () => {
    const client = new TestClient(test.app);
    const ask = () => client.post('/api/auth/magic-link', { email: 'limit@example.org' });
    for (let i = 0; i < 5; i++) expect((await ask()).status).toBe(202);
    const refused = await ask();
    expectProblem(refused, 429, 'request.rate_limited');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(refused.json.params).toEqual({ retryAfterSeconds: retryAfter });
    expect(refused.json.detail).toMatch(/^Too many attempts\. Try again in \d+ (seconds?|minutes?)\.$/);
  });

  it('refuses a form post with 415', async () => {
    const response = await postRaw('application/x-www-form-urlencoded', 'email=a@b.c&password=x');
    expectProblem(response, 415, 'request.unsupported_media_type');
  });

  it('answers an unknown API route with 404 route.not_found', async () => {
    expectProblem(await new TestClient(test.app).get('/api/no-such-thing'), 404, 'route.not_found');
  });

  it('answers an address with a broken percent-encoding with 400 request.bad_url', async () => {
    const anonymous = new TestClient(test.app);
    expectProblem(await anonymous.get('/api/events/%E0%A4%A/programme'), 400, 'request.bad_url');
    expectProblem(await anonymous.get('/events/%zz/schedule.ics'), 400, 'request.bad_url');
  });

  it('answers a path segment longer than any route takes with 414 request.uri_too_long', async () => {
    const response = await new TestClient(test.app).get(`/api/events/${'x'.repeat(500)}/programme`);
    expectProblem(response, 414, 'request.uri_too_long');
  });

  /** Raw bytes on a socket: what Node's HTTP parser refuses before Fastify sees a request. */
  const sendRaw = async (bytes: string) => {
    const address = test.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const raw = await new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
      socket.on('error', reject);
    });
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    const status = Number(head.split(' ')[1]);
    const type = /content-type: *([^\r\n]*)/i.exec(head)?.[1];
    return { status, headers: { 'content-type': type }, json: JSON.parse(body || 'null') };
  };

  it('answers an address longer than the header limit with 431 request.headers_too_large', async () => {
    if (!test.app.server.listening) await test.app.listen({ port: 0, host: '127.0.0.1' });
    const response = await sendRaw(`GET /api/events/${'x'.repeat(20_000)} HTTP/1.1\r\nHost: pendopo.test\r\n\r\n`);
    expectProblem(response, 431, 'request.headers_too_large');
  });

  it('answers a request that is not HTTP with 400 request.malformed', async () => {
    if (!test.app.server.listening) await test.app.listen({ port: 0, host: '127.0.0.1' });
    expectProblem(await sendRaw('GET /api/session HTTP/1.1\r\nHost pendopo.test\r\n\r\n'), 400, 'request.malformed');
  });

  it('answers an unknown event with 404 event.not_found', async () => {
    expectProblem(await new TestClient(test.app).get('/api/events/no-such-event'), 404, 'event.not_found');
  });

  it('rolls back a write that fails half-way: no event without its rooms', async () => {
    const input = buildEventInput();
    // The theme is written before the rooms are checked: the refusal must take the theme back with it.
    const created = await admin.post('/api/events', input);
    expect(created.status).toBe(201);
    const before = await admin.get(`/api/events/${input.slug}`);
    const response = await admin.patch(`/api/events/${input.slug}`, {
      theme: { en: 'Changed theme' },
      rooms: [
        { name: { en: 'New room' }, capacity: 5 },
        { id: '00000000-0000-4000-8000-000000000000', name: { en: 'X' }, capacity: 1 },
      ],
    });
    expectProblem(response, 400, 'validation.failed');
    expect(response.json.errors[0].field).toBe('rooms.1.id');
    const after = await admin.get(`/api/events/${input.slug}`);
    expect(after.json.theme).toEqual(before.json.theme);
    expect(after.json.rooms).toEqual(before.json.rooms);
  });
});
