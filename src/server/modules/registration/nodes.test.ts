import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { Database } from '../../core/db/db.js';
import { openPostgres } from '../../core/db/open.js';
import { buildRegistration, createTestEvent } from '../../testing/factories.js';
import { openTestBus, startTestApp, type TestApp } from '../../testing/harness.js';
import { registrations } from './registration.tables.js';

const url = process.env.DATABASE_URL;

// Two nodes on one PostgreSQL: each batches its own rush, the database keeps them honest.
describe.skipIf(!url)('registration on two nodes sharing PostgreSQL', () => {
  let first: TestApp;
  let second: { app: FastifyInstance; database: Database; close: () => Promise<void> };

  beforeAll(async () => {
    first = await startTestApp('postgres');
    // The second node opens the first one's database, as a second process would.
    const database = await openPostgres(await currentUrl(first), 5);
    const bus = await openTestBus('postgres');
    const { app } = await buildApp({ config: first.config, database, bus });
    await app.ready();
    second = {
      app,
      database,
      close: async () => {
        await app.close();
        await bus.close();
        await database.close();
      },
    };
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

async function currentUrl(test: TestApp): Promise<string> {
  const result = (await test.db.execute('select current_database() as name')) as unknown as {
    rows: { name: string }[];
  };
  const target = new URL(url ?? '');
  target.pathname = `/${result.rows[0]?.name}`;
  return target.toString();
}
