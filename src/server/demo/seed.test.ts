import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrations } from '../modules/registration/registration.tables.js';
import { TestClient } from '../testing/client.js';
import { startTestApp, type TestApp } from '../testing/harness.js';
import { seedDemo } from './seed.js';

describe('the ICDD 2021 demo', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp('pglite');
  });
  afterAll(() => test.close());

  it('opens registration with its own form, 4,300 registrants decided by the rules, and places left', async () => {
    const seeded = await seedDemo({ db: test.db, publicUrl: 'http://pendopo.test' });
    expect(seeded?.slug).toBe('icdd-2021');
    const form = (await new TestClient(test.app).get('/api/events/icdd-2021/registration-form')).json;
    expect(form.questions.map((q: { key: string }) => q.key)).toEqual(['heard_from', 'interpretation']);
    expect(form.panels).toHaveLength(4);
    expect(form.inPersonPlaces).toBe(250);
    expect(form.inPersonConfirmed).toBeLessThan(250);

    const rows = await test.db.select().from(registrations);
    expect(rows).toHaveLength(4300);
    expect(new Set(rows.map((r) => r.email)).size).toBe(4300);
    expect(new Set(rows.map((r) => r.country)).size).toBeGreaterThan(20);
    const inPerson = rows.filter((r) => r.attendance === 'in_person');
    expect(inPerson.filter((r) => r.status === 'confirmed')).toHaveLength(form.inPersonConfirmed);
    expect(inPerson.some((r) => r.status === 'pending')).toBe(true);
    expect(rows.filter((r) => r.attendance === 'virtual').every((r) => r.status !== 'pending')).toBe(true);
  }, 60_000);

  it('seeds nothing when an event exists', async () => {
    expect(await seedDemo({ db: test.db, publicUrl: 'http://pendopo.test' })).toBeNull();
    expect(await test.db.$count(registrations)).toBe(4300);
  });
});
