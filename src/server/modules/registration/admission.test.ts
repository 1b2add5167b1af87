import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { buildRegistration, createTestEvent } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { outboxTo } from '../../testing/records.js';
import { registrations } from './registration.tables.js';

/** A name that passes every check of the form, but that the database below is told to refuse. */
const REFUSED = 'Refused By The Database';

describe.each(BACKENDS)('registrations arriving together (%s)', (backend) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp(backend);
    // A value the database refuses while the boundary takes it: the insert of any batch holding it fails.
    await test.db.execute(
      sql.raw(`alter table registrations add constraint test_refused_name check (name <> '${REFUSED}')`),
    );
  });
  afterAll(() => test.close());

  it('admits everyone else in a batch whose insert fails, one by one, and fails only the one', async () => {
    const event = await createTestEvent(test.db);
    const url = `/api/events/${event.slug}/registrations`;
    // One before the rush, so the form is read and the rest reach the queue together.
    expect((await new TestClient(test.app).post(url, buildRegistration())).status).toBe(201);

    const people = Array.from({ length: 30 }, (_, i) =>
      buildRegistration({ name: i === 15 ? REFUSED : `Person ${i}` }),
    );
    const responses = await Promise.all(people.map((body) => new TestClient(test.app).post(url, body)));

    const bad = responses[15];
    expect(bad?.status).toBe(500);
    const others = responses.filter((_, i) => i !== 15);
    expect(others.map((r) => r.status)).toEqual(others.map(() => 201));

    const rows = await test.db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((r) => r.email)).size).toBe(30);
    expect(rows.some((r) => r.name === REFUSED)).toBe(false);
    // Each one admitted got their confirmation mail, once; the refused one got none.
    const lastEmail = people[29]?.email ?? '';
    expect(await outboxTo(test.db, lastEmail)).toHaveLength(1);
    expect(await outboxTo(test.db, people[15]?.email ?? '')).toHaveLength(0);
  }, 60_000);
});
