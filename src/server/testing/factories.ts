import { randomBytes } from 'node:crypto';
import type { EventRole } from '../../shared/auth.js';
import type { CreateEventInput } from '../../shared/events.js';
import type { RegistrationInput } from '../../shared/registration.js';
import { SYSTEM } from '../core/auth/actor.js';
import { insertAccount, insertEventRole } from '../core/auth/auth.repo.js';
import { hashPassword } from '../core/auth/secrets.js';
import type { Db } from '../core/db/db.js';
import { createEvent } from '../modules/events/events.service.js';
import { TestClient } from './client.js';
import type { TestApp } from './harness.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

const unique = () => randomBytes(4).toString('hex');

export function buildEventInput(overrides: Partial<CreateEventInput> = {}): CreateEventInput {
  return {
    slug: `event-${unique()}`,
    name: { en: 'Test Conference', id: 'Konferensi Uji' },
    theme: { en: 'A theme', id: 'Sebuah tema' },
    description: { en: 'About it' },
    startsAt: '2030-03-01T09:00:00+08:00',
    endsAt: '2030-03-01T17:00:00+08:00',
    timeZone: 'Asia/Makassar',
    venue: { name: 'Hall', city: 'Denpasar', country: 'ID' },
    mode: 'hybrid',
    invitedCountries: ['ID', 'FI'],
    statementThemes: [{ title: { en: 'Theme one' } }],
    focusAreas: [{ title: { en: 'Area one' } }],
    rooms: [{ name: { en: 'Plenary' }, capacity: 100 }],
    ...overrides,
  };
}

export async function createTestEvent(db: Db, overrides: Partial<CreateEventInput> = {}) {
  return createEvent({ db, actor: SYSTEM, input: buildEventInput(overrides) });
}

/** An account with a password and the given roles in one event. */
export async function createTestAccount(
  db: Db,
  options: { isAdmin?: boolean; eventId?: string; roles?: EventRole[]; email?: string; name?: string } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const account = await insertAccount(db, {
    email: options.email ?? `person-${unique()}@example.org`,
    name: options.name ?? `Person ${unique()}`,
    isAdmin: options.isAdmin ?? false,
    passwordHash: await passwordHash,
  });
  for (const role of options.roles ?? []) {
    if (options.eventId) await insertEventRole(db, { eventId: options.eventId, accountId: account.id, role });
  }
  return account;
}

/** A client signed in through the password endpoint, as a person would. */
export async function signedInClient(test: TestApp, options: Parameters<typeof createTestAccount>[1] = {}) {
  const account = await createTestAccount(test.db, options);
  const client = new TestClient(test.app);
  const response = await client.post('/api/auth/password', { email: account.email, password: TEST_PASSWORD });
  if (response.status !== 204) throw new Error(`sign-in failed: ${response.status} ${response.body}`);
  return { client, account };
}

/** A valid body for POST /api/events/:slug/registrations; a fresh address each time. */
export function buildRegistration(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    name: 'Ayu Lestari',
    email: `registrant-${unique()}@example.org`,
    country: 'ID',
    organization: 'Kementerian Uji',
    sector: 'government',
    attendance: 'virtual',
    consent: true,
    ...overrides,
  };
}
