import { eq } from 'drizzle-orm';
import type { RegistrationInput } from '../../shared/registration.js';
import { registrations } from '../modules/registration/registration.tables.js';
import type { TestClient } from './client.js';
import type { TestApp } from './harness.js';
import { registerVisitor, registrantClient } from './registrants.js';

async function storedRow(test: TestApp, id: string) {
  const [row] = await test.db.select().from(registrations).where(eq(registrations.id, id));
  if (!row) throw new Error(`registration ${id} not stored`);
  return row;
}

/** A registrant (in person unless told) signed in with their personal link; with their row as stored (its check-in code). */
export async function registrantWithRow(test: TestApp, slug: string, overrides: Partial<RegistrationInput> = {}) {
  const registered = await registrantClient(test, slug, { attendance: 'in_person', ...overrides });
  return { client: registered.client, row: await storedRow(test, registered.id) };
}

/** A visitor's registration through the public API, as stored. */
export async function visitorRow(test: TestApp, slug: string, overrides: Partial<RegistrationInput> = {}) {
  return storedRow(test, (await registerVisitor(test, slug, overrides)).id);
}

/** A GET answered with bytes (a PDF), with the session of the client. */
export async function getBytes(test: TestApp, client: TestClient | null, url: string) {
  const headers: Record<string, string> = client?.cookie ? { cookie: client.cookie } : {};
  const response = await test.app.inject({ method: 'GET', url, headers });
  let json: unknown = null;
  if (String(response.headers['content-type']).includes('json')) json = response.json();
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload, json };
}
