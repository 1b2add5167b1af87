import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationForm } from '../../../shared/registration.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { buildRegistration, createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { registrations } from './registration.tables.js';

describe.each(BACKENDS)('typed and per-category questions, the registration window (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const formUrl = (slug: string) => `/api/events/${slug}/registration-form`;
  const putForm = async (slug: string, eventId: string, change: Partial<RegistrationForm>) => {
    const { client } = await signedInClient(test, { eventId, roles: ['organizer'] });
    const { panels: _p, inPersonPlaces: _i, inPersonConfirmed: _c, ...form } = (await client.get(formUrl(slug))).json;
    return client.request('PUT', formUrl(slug), { ...form, ...change });
  };
  const post = (slug: string, body: object) => new TestClient(test.app).post(`/api/events/${slug}/registrations`, body);

  it('checks a number within its bounds, a real date, a country code and an e-mail address', async () => {
    const event = await createTestEvent(test.db);
    const saved = await putForm(event.slug, event.id, {
      questions: [
        { key: 'guests', label: { en: 'Guests' }, type: 'number', options: [], isRequired: true, min: 0, max: 3 },
        { key: 'arrival', label: { en: 'Arrival' }, type: 'date', options: [], isRequired: false },
        { key: 'passport', label: { en: 'Passport' }, type: 'country', options: [], isRequired: false },
        { key: 'assistant', label: { en: 'Assistant' }, type: 'email', options: [], isRequired: false },
      ],
    });
    expect(saved.status).toBe(200);
    const wrong = await post(
      event.slug,
      buildRegistration({ answers: { guests: 4, arrival: '2030-02-30', passport: 'XX', assistant: 'not-an-address' } }),
    );
    expectProblem(wrong, 400, 'validation.failed');
    expect(fieldsOf(wrong).sort()).toEqual([
      'answers.arrival',
      'answers.assistant',
      'answers.guests',
      'answers.passport',
    ]);
    expect(wrong.json.errors.find((e: { field: string }) => e.field === 'answers.guests')).toMatchObject({
      code: 'field.too_large',
      message: 'must be at most 3',
    });
    const text = await post(event.slug, buildRegistration({ answers: { guests: 'two' } }));
    expect(fieldsOf(text)).toEqual(['answers.guests']);
    const answers = { guests: 2, arrival: '2030-01-31', passport: 'KR', assistant: 'aide@example.org' };
    const good = await post(event.slug, buildRegistration({ answers }));
    expect(good.status).toBe(201);
    const [row] = await test.db.select().from(registrations).where(eq(registrations.id, good.json.id));
    expect(row?.answers).toEqual(answers);
  });

  it('refuses bounds the wrong way round and a question asked of a category the form lacks', async () => {
    const event = await createTestEvent(test.db);
    const number = { key: 'n', label: { en: 'N' }, type: 'number' as const, options: [], isRequired: false };
    expect(fieldsOf(await putForm(event.slug, event.id, { questions: [{ ...number, min: 5, max: 1 }] }))).toEqual([
      'questions.0.max',
    ]);
    const unknown = await putForm(event.slug, event.id, { questions: [{ ...number, categories: ['nobody'] }] });
    expect(fieldsOf(unknown)).toEqual(['questions']);
  });

  it('asks and requires a per-category question of its categories only', async () => {
    const event = await createTestEvent(test.db);
    await putForm(event.slug, event.id, {
      questions: [
        {
          key: 'outlet',
          label: { en: 'Media outlet' },
          type: 'text',
          options: [],
          isRequired: true,
          categories: ['media'],
        },
      ],
    });
    const media = await post(event.slug, buildRegistration({ category: 'media' }));
    expect(fieldsOf(media)).toEqual(['answers.outlet']);
    expect(
      (await post(event.slug, buildRegistration({ category: 'media', answers: { outlet: 'Kompas' } }))).status,
    ).toBe(201);
    // A participant is not asked, so need not answer, and may not answer in someone else's place.
    expect((await post(event.slug, buildRegistration({ category: 'participant' }))).status).toBe(201);
    const answered = await post(event.slug, buildRegistration({ category: 'participant', answers: { outlet: 'x' } }));
    expect(answered.json.errors).toEqual([
      { field: 'answers.outlet', code: 'field.unknown_key', message: 'is not asked of this category' },
    ]);
  });

  it('refuses before the window opens and after it closes, and registers within it', async () => {
    const event = await createTestEvent(test.db);
    const day = 24 * 3600 * 1000;
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const closesFirst = await putForm(event.slug, event.id, { opensAt: at(day), closesAt: at(-day) });
    expect(fieldsOf(closesFirst)).toEqual(['closesAt']);

    expect((await putForm(event.slug, event.id, { opensAt: at(day), closesAt: null })).status).toBe(200);
    expect((await new TestClient(test.app).get(formUrl(event.slug))).json.opensAt).toEqual(expect.any(String));
    const early = await post(event.slug, buildRegistration());
    expectProblem(early, 403, 'registration.not_yet_open');
    expect(early.json.detail).toContain('opens at');

    await putForm(event.slug, event.id, { opensAt: null, closesAt: at(-1000) });
    expectProblem(await post(event.slug, buildRegistration()), 403, 'registration.window_ended');

    await putForm(event.slug, event.id, { opensAt: at(-day), closesAt: at(day) });
    expect((await post(event.slug, buildRegistration())).status).toBe(201);
  });
});
