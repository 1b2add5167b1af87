import { eq } from 'drizzle-orm';
import type { RegistrationInput } from '../../shared/registration.js';
import { registrations } from '../modules/registration/registration.tables.js';
import type { TestClient } from './client.js';
import { buildRegistration, signedInClient } from './factories.js';
import type { TestApp } from './harness.js';

/**
 * A person who registered through the public API while signed in, so the
 * registration is their account's; with the row as stored (its check-in code).
 */
export async function registerSignedIn(test: TestApp, slug: string, overrides: Partial<RegistrationInput> = {}) {
  const { client, account } = await signedInClient(test);
  const body = buildRegistration({ attendance: 'in_person', ...overrides, email: account.email });
  const response = await client.post(`/api/events/${slug}/registrations`, body);
  if (response.status !== 201) throw new Error(`registration failed: ${response.status} ${response.body}`);
  const [row] = await test.db.select().from(registrations).where(eq(registrations.id, response.json.id));
  if (!row) throw new Error('registration not stored');
  return { client, account, row };
}

/** Registered anonymously, as most people do. */
export async function registerAnonymously(
  client: TestClient,
  test: TestApp,
  slug: string,
  overrides: Partial<RegistrationInput> = {},
) {
  const response = await client.post(`/api/events/${slug}/registrations`, buildRegistration(overrides));
  if (response.status !== 201) throw new Error(`registration failed: ${response.status} ${response.body}`);
  const [row] = await test.db.select().from(registrations).where(eq(registrations.id, response.json.id));
  if (!row) throw new Error('registration not stored');
  return row;
}

/** A GET answered with bytes (a PDF), with the session of the client. */
export async function getBytes(test: TestApp, client: TestClient | null, url: string) {
  const headers: Record<string, string> = client?.cookie ? { cookie: client.cookie } : {};
  const response = await test.app.inject({ method: 'GET', url, headers });
  let json: unknown = null;
  if (String(response.headers['content-type']).includes('json')) json = response.json();
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload, json };
}
