import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrations } from '../../modules/registration/registration.tables.js';
import { expectProblem } from '../../testing/expect.js';
import { buildEventInput, buildRegistration, createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { auditLog } from '../audit/audit.tables.js';
import { outbox } from '../mail/mail.tables.js';
import { idempotencyKeys } from './idempotency.tables.js';

let address = 0;
const nextAddress = () => `10.77.${(++address >> 8) & 255}.${address & 255}`;

describe.each(BACKENDS)('Idempotency-Key on creating requests (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const register = async (slug: string, body: unknown, key?: string) => {
    const response = await test.app.inject({
      method: 'POST',
      url: `/api/events/${slug}/registrations`,
      payload: body as object,
      headers: key === undefined ? {} : { 'idempotency-key': key },
      remoteAddress: nextAddress(),
    });
    return { status: response.statusCode, headers: response.headers, json: response.json(), body: response.body };
  };
  const newEvent = () => createTestEvent(test.db, { rooms: [{ name: { en: 'Plenary' }, capacity: 100 }] });
  const writesOf = async (eventId: string) => ({
    registrations: (await test.db.select().from(registrations).where(eq(registrations.eventId, eventId))).length,
    mails: (await test.db.select().from(outbox).where(eq(outbox.eventId, eventId))).length,
    audits: (
      await test.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.eventId, eventId), eq(auditLog.action, 'registration.created')))
    ).length,
  });

  it('answers a resend with the first answer: one person, one mail, one audit entry', async () => {
    const event = await newEvent();
    const body = buildRegistration();
    const key = randomUUID();
    const first = await register(event.slug, body, key);
    const again = await register(event.slug, body, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await writesOf(event.id)).toEqual({ registrations: 1, mails: 1, audits: 1 });
  });

  it('answers a resend whose first answer never reached the client: the answer committed with the row', async () => {
    const event = await newEvent();
    const body = buildRegistration();
    const key = randomUUID();
    // The first try's answer is lost in transit (a node killed after its commit): only the database knows it.
    expect((await register(event.slug, body, key)).status).toBe(201);
    const [row] = await test.db.select().from(registrations).where(eq(registrations.eventId, event.id));
    const resent = await register(event.slug, body, key);
    expect(resent.status).toBe(201);
    expect(resent.json).toEqual({ id: row?.id, status: 'confirmed' });
  });

  it('refuses the same key with another body (422) and writes nothing', async () => {
    const event = await newEvent();
    const key = randomUUID();
    expect((await register(event.slug, buildRegistration(), key)).status).toBe(201);
    const other = await register(event.slug, buildRegistration(), key);
    expectProblem(other, 422, 'idempotency.key_reused');
    expect(other.json.errors).toEqual([
      { field: 'Idempotency-Key', code: 'field.taken', message: 'was used for another request' },
    ]);
    expect((await writesOf(event.id)).registrations).toBe(1);
  });

  it('without a key, a resend is the duplicate it always was', async () => {
    const event = await newEvent();
    const body = buildRegistration();
    expect((await register(event.slug, body)).status).toBe(201);
    expectProblem(await register(event.slug, body), 409, 'registration.duplicate_email');
  });

  it('refuses a key that is not 1 to 255 visible ASCII characters, naming the header', async () => {
    const event = await newEvent();
    for (const key of ['', 'x'.repeat(256), 'with space']) {
      const response = await register(event.slug, buildRegistration(), key);
      expect(response.status, JSON.stringify(key)).toBe(400);
      expect(JSON.stringify(response.json)).toContain('idempotency-key');
    }
    expect((await writesOf(event.id)).registrations).toBe(0);
  });

  it('keeps one caller and one route apart: the same key elsewhere is a new request', async () => {
    const [one, two] = [await newEvent(), await newEvent()];
    const key = randomUUID();
    const body = buildRegistration();
    const a = await register(one.slug, body, key);
    const b = await register(two.slug, body, key);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.json.id).not.toBe(a.json.id);
  });

  it('gives five resends sent at once one registration and the same answer', async () => {
    const event = await newEvent();
    const body = buildRegistration();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => register(event.slug, body, key)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.json.id)).size).toBe(1);
    expect((await writesOf(event.id)).registrations).toBe(1);
  });

  it('forgets a key after a day', async () => {
    const event = await newEvent();
    const body = buildRegistration();
    const key = randomUUID();
    expect((await register(event.slug, body, key)).status).toBe(201);
    await test.db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.key, key));
    expectProblem(await register(event.slug, body, key), 409, 'registration.duplicate_email');
  });

  it('erasing a registration removes its recorded answers', async () => {
    const event = await newEvent();
    const key = randomUUID();
    const created = await register(event.slug, buildRegistration(), key);
    const { client } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
    const erased = await client.post(`/api/events/${event.slug}/registrations/erase`, { confirm: event.slug });
    expect(erased.status).toBe(200);
    const left = await test.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.entityId, created.json.id));
    expect(left).toEqual([]);
  });

  it('works on the other creating routes: an event created twice with one key is one event', async () => {
    const { client } = await signedInClient(test, { isAdmin: true });
    const slug = `idem-${randomUUID().slice(0, 8)}`;
    const input = buildEventInput({ slug });
    const key = randomUUID();
    const send = () => client.request('POST', '/api/events', input, { headers: { 'idempotency-key': key } });
    const [first, again] = [await send(), await send()];
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.json).toEqual(first.json);
  });

  it('lists the header in the API document of the public registration', async () => {
    const document = (await test.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const parameters = document.paths['/api/events/{slug}/registrations'].post.parameters as { name: string }[];
    expect(parameters.map((p) => p.name)).toContain('idempotency-key');
  });
});
