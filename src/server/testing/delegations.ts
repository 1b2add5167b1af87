import type { RegistrationStatus } from '../../shared/constants.js';
import { TestClient } from './client.js';
import type { TestApp } from './harness.js';
import { linkTokenOf, outboxTo } from './records.js';
import { insertRegistrationRows } from './registrations.js';

/** The event's delegations as the staff's overview lists them, in speaking order. */
export async function overviewOf(staff: TestClient, slug: string) {
  const response = await staff.get(`/api/events/${slug}/delegations/overview`);
  if (response.status !== 200) throw new Error(`overview failed: ${response.status} ${response.body}`);
  return response.json as {
    delegations: { id: string; country: string | null; themeId?: string; speakingOrder: number }[];
    themes: { id: string; quota: number | null; taken: number }[];
  };
}

/** Makes the delegations of the invited countries and answers the id of each, by country code. */
export async function createInvitedDelegations(staff: TestClient, slug: string): Promise<Record<string, string>> {
  const response = await staff.post(`/api/events/${slug}/delegations/invited`);
  if (response.status !== 200) throw new Error(`create failed: ${response.status} ${response.body}`);
  const overview = await overviewOf(staff, slug);
  return Object.fromEntries(overview.delegations.map((d) => [d.country ?? d.id, d.id]));
}

/** Invites a focal point as organizers do, then signs them in with the link in their mail. */
export async function focalPointClient(test: TestApp, staff: TestClient, slug: string, delegationId: string) {
  const email = `focal-${Math.random().toString(36).slice(2, 10)}@example.org`;
  const response = await staff.post(`/api/events/${slug}/delegations/${delegationId}/focal-points`, {
    email,
    name: 'Focal Point',
  });
  if (response.status !== 201) throw new Error(`invitation failed: ${response.status} ${response.body}`);
  const mail = (await outboxTo(test.db, email)).at(-1);
  if (!mail) throw new Error(`no invitation mail to ${email}`);
  const client = new TestClient(test.app);
  const signIn = await client.post('/api/auth/magic-link/consume', { token: linkTokenOf(mail.textBody) });
  if (signIn.status !== 204) throw new Error(`sign-in failed: ${signIn.status} ${signIn.body}`);
  return { client, email, mail };
}

/** Delegate registrations of a country, as the registration form or an import would have made them. */
export async function delegateRegistrations(
  test: TestApp,
  eventId: string,
  country: string,
  names: string[],
  status: RegistrationStatus = 'pending',
) {
  return insertRegistrationRows(
    test.db,
    eventId,
    names.map((name) => ({ name, country, category: 'delegate', attendance: 'in_person' as const, status })),
  );
}
