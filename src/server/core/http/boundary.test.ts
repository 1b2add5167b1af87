import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { buildRegistration, createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { buildSession } from '../../testing/programme.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Who = 'anonymous' | 'member' | 'organizer';
/** One bad request: who sends it, where, and the field its 400 must name. */
type Case = [who: Who, method: Method, path: string, body: unknown, field: string];

const NUL = 'a\u0000b';
const LONE_HIGH = 'a\ud83d';
const LONE_LOW = '\ude00b';
const YEAR_ZERO = '0000-01-01T00:00:00Z';

describe.each(BACKENDS)('text and instants checked at the boundary (%s)', (backend) => {
  let test: TestApp;
  let clients: Record<Who, TestClient>;
  let slug: string;
  let roomId: string;

  beforeAll(async () => {
    test = await startTestApp(backend);
    const event = await createTestEvent(test.db);
    slug = event.slug;
    roomId = event.rooms[0]?.id ?? '';
    clients = {
      anonymous: new TestClient(test.app),
      member: (await signedInClient(test)).client,
      organizer: (await signedInClient(test, { eventId: event.id, roles: ['organizer'] })).client,
    };
  });
  afterAll(() => test.close());

  const send = (who: Who, method: Method, path: string, body: unknown) =>
    clients[who].request(method, path.replace('{slug}', slug), body);

  const cases = (): Case[] => [
    // events
    ['anonymous', 'GET', '/api/events/a%00b', undefined, 'slug'],
    ['organizer', 'PATCH', '/api/events/{slug}', { name: { en: NUL } }, 'name.en'],
    ['organizer', 'PATCH', '/api/events/{slug}', { theme: { en: LONE_HIGH } }, 'theme.en'],
    ['organizer', 'PATCH', '/api/events/{slug}', { venue: { name: LONE_LOW, country: 'ID' } }, 'venue.name'],
    ['organizer', 'PATCH', '/api/events/{slug}', { startsAt: YEAR_ZERO }, 'startsAt'],
    ['organizer', 'PATCH', '/api/events/{slug}', { endsAt: '2201-01-01T00:00:00Z' }, 'endsAt'],
    // registration
    ['anonymous', 'GET', '/api/events/%00/registration-form', undefined, 'slug'],
    ['anonymous', 'POST', '/api/events/{slug}/registrations', buildRegistration({ name: NUL }), 'name'],
    [
      'anonymous',
      'POST',
      '/api/events/{slug}/registrations',
      buildRegistration({ organization: LONE_HIGH }),
      'organization',
    ],
    [
      'anonymous',
      'POST',
      '/api/events/{slug}/registrations',
      buildRegistration({ answers: { note: LONE_LOW } }),
      'answers.note',
    ],
    [
      'anonymous',
      'POST',
      '/api/events/{slug}/registrations',
      buildRegistration({ answers: { [NUL]: 'x' } }),
      `answers.${NUL}`,
    ],
    ['anonymous', 'POST', '/api/events/{slug}/registrations/link', { token: `${'a'.repeat(30)}\u0000` }, 'token'],
    ['organizer', 'GET', '/api/events/{slug}/registrations?q=%00', undefined, 'q'],
    ['organizer', 'GET', '/api/events/{slug}/registrations.csv?q=a%00', undefined, 'q'],
    ['organizer', 'GET', '/api/events/{slug}/registrations/%00', undefined, 'id'],
    [
      'organizer',
      'POST',
      '/api/events/{slug}/registrations/decisions',
      { ids: [crypto.randomUUID()], decision: 'decline', reason: LONE_HIGH },
      'reason',
    ],
    ['organizer', 'POST', '/api/events/{slug}/check-ins', { code: NUL }, 'code'],
    // programme
    ['anonymous', 'GET', '/api/events/a%00/programme', undefined, 'slug'],
    ['organizer', 'POST', '/api/events/{slug}/speakers', { name: NUL }, 'name'],
    ['organizer', 'POST', '/api/events/{slug}/speakers', { name: 'Retno', bio: { en: LONE_HIGH } }, 'bio.en'],
    [
      'organizer',
      'POST',
      '/api/events/{slug}/sessions',
      { ...buildSession('{room}'), startsAt: YEAR_ZERO },
      'startsAt',
    ],
    [
      'organizer',
      'POST',
      '/api/events/{slug}/sessions',
      { ...buildSession('{room}'), title: { en: LONE_LOW } },
      'title.en',
    ],
    [
      'organizer',
      'POST',
      '/api/events/{slug}/sessions',
      { ...buildSession('{room}'), streams: [{ language: 'en', url: 'https://a.example/x%00\u0000' }] },
      'streams.0.url',
    ],
    ['anonymous', 'GET', '/events/{slug}/schedule.ics?lang=%00', undefined, 'lang'],
    ['anonymous', 'GET', '/events/%00/schedule.json', undefined, 'slug'],
    ['anonymous', 'GET', '/events/{slug}/agenda/a%00b.ics', undefined, 'token'],
    // delegations
    ['anonymous', 'GET', '/api/events/%00/delegations', undefined, 'slug'],
    ['organizer', 'POST', '/api/events/{slug}/delegations', { kind: 'organization', name: { en: NUL } }, 'name.en'],
    [
      'organizer',
      'PUT',
      '/api/events/{slug}/delegations/settings',
      { statementDeadline: YEAR_ZERO },
      'statementDeadline',
    ],
    [
      'organizer',
      'PUT',
      '/api/events/{slug}/delegations/settings',
      { statementDeadline: '1899-12-31T23:59:59Z' },
      'statementDeadline',
    ],
    // auth
    ['anonymous', 'POST', '/api/auth/magic-link', { email: 'ayu@example.org', redirectTo: `/${NUL}` }, 'redirectTo'],
    ['anonymous', 'POST', '/api/auth/magic-link/consume', { token: `${'a'.repeat(30)}\ud800` }, 'token'],
    ['anonymous', 'POST', '/api/auth/password', { email: 'ayu@example.org', password: NUL }, 'password'],
    ['member', 'PATCH', '/api/me', { name: LONE_HIGH }, 'name'],
  ];

  it('answers NUL, a lone surrogate and a year out of range with 400 naming the field, never 500', async () => {
    for (const [who, method, path, body, field] of cases()) {
      const filled = body === undefined ? undefined : JSON.parse(JSON.stringify(body).replaceAll('{room}', roomId));
      const response = await send(who, method, path, filled);
      const label = `${method} ${path} ${JSON.stringify(body)}`;
      expect(response.status, `${label}: ${response.body}`).toBe(400);
      expectProblem(response, 400, 'validation.failed');
      expect(fieldsOf(response), label).toContain(field);
    }
  });

  it('answers an address whose percent-encoding is not UTF-8 with problem+json, assets included', async () => {
    for (const path of ['/api/events/a%ED%A0%BDb', '/assets/a%E0b.js', '/events/a%FF/schedule.ics']) {
      expectProblem(await clients.anonymous.get(path), 400, 'request.bad_url');
    }
  });

  it('keeps the event and its registrations as they were', async () => {
    const event = await clients.anonymous.get(`/api/events/${slug}`);
    expect(event.json.name.en).toBe('Test Conference');
    expect(event.json.startsAt).toBe('2030-03-01T01:00:00.000Z');
    const list = await clients.organizer.get(`/api/events/${slug}/registrations`);
    expect(list.json.total).toBe(0);
  });

  it('takes emoji and right-to-left text, and stores a decomposed accent as one character', async () => {
    const name = 'Jose\u0301 Ramos-Horta \u{1F30F} \u0645\u0631\u062D\u0628\u0627';
    const created = await clients.anonymous.post(`/api/events/${slug}/registrations`, buildRegistration({ name }));
    expect(created.status, created.body).toBe(201);
    const row = await clients.organizer.get(`/api/events/${slug}/registrations/${created.json.id}`);
    expect(row.json.name).toBe(name.normalize('NFC'));
    expect(row.json.name).toContain('Jos\u00e9 ');
    const found = await clients.organizer.get(
      `/api/events/${slug}/registrations?q=${encodeURIComponent('Jose\u0301')}`,
    );
    expect(found.json.total).toBe(1);
  });
});
