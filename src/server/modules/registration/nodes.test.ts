import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistration, createTestEvent } from '../../testing/factories.js';
import { startSecondNode, startTestApp, type TestApp } from '../../testing/harness.js';
import { registrations } from './registration.tables.js';

const url = process.env.DATABASE_URL;

// Two nodes on one PostgreSQL: each batches its own rush, the database keeps them honest.
describe.skipIf(!url)('registration on two nodes sharing PostgreSQL', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp('postgres');
    second = await startSecondNode(first);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('holds capacity and admits each address once when both nodes take the same rush', async () => {
    const event = await createTestEvent(first.db, { rooms: [{ name: { en: 'Plenary' }, capacity: 30 }] });
    const people = Array.from({ length: 80 }, (_, i) => buildRegistration({ attendance: 'in_person', name: `P${i}` }));
    const post = (app: FastifyInstance, body: object, i: number) =>
      app.inject({
        method: 'POST',
        url: `/api/events/${event.slug}/registrations`,
        payload: body,
        remoteAddress: `10.77.${i >> 8}.${i & 255}`,
      });
    // Every person is sent to both nodes at once: exactly one of the two must win.
    const responses = await Promise.all(
      people.flatMap((body, i) => [post(first.app, body, i), post(second.app, body, i + 1000)]),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(80);
    expect(statuses.filter((s) => s === 409)).toHaveLength(80);
    const rows = await first.db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(rows).toHaveLength(80);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(30);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(50);
  }, 60_000);
});
