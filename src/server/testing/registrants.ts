import type { RegistrationInput } from '../../shared/registration.js';
import { TestClient } from './client.js';
import { buildRegistration } from './factories.js';
import type { TestApp } from './harness.js';
import { outboxTo } from './records.js';

/** The token of the personal link in a registration mail's text. */
export function personalTokenOf(text: string): string {
  const match = /\/registration\?token=([^\s]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no personal link in: ${text}`);
  return decodeURIComponent(match[1]);
}

/** Registers through the public API as a visitor would; throws unless it answers 201. */
export async function registerVisitor(test: TestApp, slug: string, overrides: Partial<RegistrationInput> = {}) {
  const client = new TestClient(test.app);
  const body = buildRegistration(overrides);
  const response = await client.post(`/api/events/${slug}/registrations`, body);
  if (response.status !== 201) throw new Error(`registration failed: ${response.status} ${response.body}`);
  return { client, body, id: response.json.id as string, status: response.json.status as string };
}

/** A registrant signed in with the personal link of their newest mail, as a person opening it would be. */
export async function registrantClient(test: TestApp, slug: string, overrides: Partial<RegistrationInput> = {}) {
  const registered = await registerVisitor(test, slug, overrides);
  const mails = await outboxTo(test.db, registered.body.email);
  const newest = mails[mails.length - 1];
  if (!newest) throw new Error(`no mail to ${registered.body.email}`);
  const response = await registered.client.post(`/api/events/${slug}/registrations/link`, {
    token: personalTokenOf(newest.textBody),
  });
  if (response.status !== 204) throw new Error(`personal link failed: ${response.status} ${response.body}`);
  return registered;
}
