import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../core/audit/audit.tables.js';
import { outbox } from '../../core/mail/mail.tables.js';
import { expectProblem } from '../../testing/expect.js';
import { buildRegistration, createTestEvent } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { registrations } from './registration.tables.js';

let address = 0;
/** Each request from its own address: the per-address rate limit is tested elsewhere, not tripped here. */
const nextAddress = () => {
  address += 1;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

describe.each(BACKENDS)('registration (%s)', (backend) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const register = async (slug: string, body: unknown) => {
    const response = await test.app.inject({
      method: 'POST',
      url: `/api/events/${slug}/registrations`,
      payload: body as object,
      remoteAddress: nextAddress(),
    });
    return { status: response.statusCode, headers: response.headers, json: response.json(), body: response.body };
  };
  const rowsOf = (eventId: string) => test.db.select().from(registrations).where(eq(registrations.eventId, eventId));
  const eventWithPlenary = (capacity: number) =>
    createTestEvent(test.db, { rooms: [{ name: { en: 'Plenary' }, capacity }] });

  it('confirms virtual attendance at once, with an audit row and one mail', async () => {
    const event = await eventWithPlenary(0);
    const body = buildRegistration({ attendance: 'virtual' });
    const response = await register(event.slug, body);
    expect(response.status).toBe(201);
    expect(response.json).toEqual({ id: expect.any(String), status: 'confirmed' });
    const audits = await test.db.select().from(auditLog).where(eq(auditLog.entityId, response.json.id));
    expect(audits.map((a) => a.action)).toEqual(['registration.created']);
    const mails = await test.db.select().from(outbox).where(eq(outbox.toAddress, body.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Your registration for Test Conference');
  });

  it('mails in Indonesian when asked', async () => {
    const event = await eventWithPlenary(10);
    const body = buildRegistration({ language: 'id' });
    expect((await register(event.slug, body)).status).toBe(201);
    const mails = await test.db.select().from(outbox).where(eq(outbox.toAddress, body.email));
    expect(mails.map((m) => m.subject)).toEqual(['Pendaftaran Anda untuk Konferensi Uji']);
  });

  it('confirms in person while the plenary has places, then waitlists', async () => {
    const event = await eventWithPlenary(1);
    const first = await register(event.slug, buildRegistration({ attendance: 'in_person' }));
    const second = await register(event.slug, buildRegistration({ attendance: 'in_person' }));
    expect([first.json.status, second.json.status]).toEqual(['confirmed', 'waitlisted']);
  });

  it('answers the same e-mail twice, in any case, with 409 naming email', async () => {
    const event = await eventWithPlenary(10);
    const body = buildRegistration({ email: 'Same.Person@Example.org' });
    expect((await register(event.slug, body)).status).toBe(201);
    const again = await register(event.slug, { ...body, email: 'same.person@example.ORG' });
    expectProblem(again, 409, 'registration.duplicate_email');
    expect(again.json.errors).toEqual([{ field: 'email', code: 'field.taken', message: expect.any(String) }]);
    expect(await rowsOf(event.id)).toHaveLength(1);
  });

  it('lets only one of two simultaneous registrations with one e-mail through', async () => {
    const event = await eventWithPlenary(10);
    const body = buildRegistration();
    const statuses = (await Promise.all([register(event.slug, body), register(event.slug, body)])).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409]);
    expect(await rowsOf(event.id)).toHaveLength(1);
  });

  it.each([
    ['country', { country: 'XX' }],
    ['country', { country: 'Indonesia' }],
    ['consent', { consent: false }],
    ['consent', { consent: undefined }],
    ['name', { name: 'x'.repeat(201) }],
    ['organization', { organization: 42 }],
    ['attendance', { attendance: 'both' }],
  ])('refuses a bad %s with 400 naming it and stores nothing', async (field, change) => {
    const event = await eventWithPlenary(10);
    const response = await register(event.slug, { ...buildRegistration(), ...change });
    expectProblem(response, 400, 'validation.failed');
    expect(JSON.stringify(response.json.errors)).toContain(field);
    expect(await rowsOf(event.id)).toHaveLength(0);
  });

  it('refuses an unknown field', async () => {
    const event = await eventWithPlenary(10);
    const response = await register(event.slug, { ...buildRegistration(), role: 'organizer' });
    expectProblem(response, 400, 'validation.failed');
    expect(JSON.stringify(response.json)).toContain('role');
    expect(await rowsOf(event.id)).toHaveLength(0);
  });

  it('rejects a filled honeypot and stores nothing', async () => {
    const event = await eventWithPlenary(10);
    const response = await register(event.slug, buildRegistration({ website: 'http://spam.example' }));
    expectProblem(response, 400, 'registration.rejected');
    expect(response.json.errors).toEqual([
      { field: 'website', code: 'field.must_be_empty', message: expect.any(String) },
    ]);
    expect(await rowsOf(event.id)).toHaveLength(0);
  });

  it('stores a script tag in a name as text and answers JSON', async () => {
    const event = await eventWithPlenary(10);
    const name = '<script>alert(1)</script> Ayu';
    const response = await register(event.slug, buildRegistration({ name }));
    expect(response.status).toBe(201);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.body).not.toContain('<script>');
    expect((await rowsOf(event.id)).map((r) => r.name)).toEqual([name]);
  });

  it('answers an unknown event with 404', async () => {
    expectProblem(await register('no-such-event', buildRegistration()), 404, 'event.not_found');
  });

  it('holds capacity under 200 concurrent in-person registrations for 50 places', async () => {
    const event = await eventWithPlenary(50);
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => register(event.slug, buildRegistration({ attendance: 'in_person' }))),
    );
    expect(responses.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const rows = await rowsOf(event.id);
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((r) => r.email)).size).toBe(200);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(150);
  }, 60_000);
});
