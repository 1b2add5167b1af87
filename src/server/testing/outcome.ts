import { inArray } from 'drizzle-orm';
import { eventRoles } from '../core/auth/auth.tables.js';
import { delegationMembers, delegations } from '../modules/delegations/delegations.tables.js';
import { TestClient } from './client.js';
import { createTestAccount, createTestEvent, signedInClient, TEST_PASSWORD } from './factories.js';
import type { TestApp } from './harness.js';
import { insertRegistrationRows } from './registrations.js';

async function signIn(test: TestApp, email: string) {
  const client = new TestClient(test.app);
  const response = await client.post('/api/auth/password', { email, password: TEST_PASSWORD });
  if (response.status !== 204) throw new Error(`sign-in failed: ${response.status} ${response.body}`);
  return client;
}

/**
 * An event with two focus areas, its chair (secretariat), three delegations that take part:
 * Indonesia and Finland through their focal points, Japan through its head of delegation (a
 * delegate whose registration Japan endorsed as head), and a delegate of Japan who is not its
 * head; and Malaysia, invited, with a focal point, that has not confirmed it takes part.
 */
export async function createOutcomeWorld(test: TestApp) {
  const event = await createTestEvent(test.db, {
    invitedCountries: ['ID', 'FI', 'JP', 'MY'],
    focusAreas: [
      { title: { en: 'Policy frameworks', id: 'Kerangka kebijakan' } },
      { title: { en: 'Crisis management' } },
    ],
  });
  const slug = event.slug;
  const chair = (await signedInClient(test, { eventId: event.id, roles: ['secretariat'] })).client;
  const created = await chair.post(`/api/events/${slug}/delegations/invited`);
  if (created.status !== 200) throw new Error(`delegations: ${created.status} ${created.body}`);
  const overview = await chair.get(`/api/events/${slug}/delegations/overview`);
  const byCountry = Object.fromEntries(
    (overview.json.delegations as { id: string; country: string }[]).map((d) => [d.country, d.id]),
  ) as Record<'ID' | 'FI' | 'JP' | 'MY', string>;
  const taking = [byCountry.ID, byCountry.FI, byCountry.JP];
  await test.db.update(delegations).set({ confirmedAt: new Date() }).where(inArray(delegations.id, taking));

  const focalPoint = async (delegationId: string) => {
    const account = await createTestAccount(test.db);
    await test.db
      .insert(eventRoles)
      .values({ eventId: event.id, accountId: account.id, role: 'focal_point', delegationId });
    return signIn(test, account.email);
  };
  const delegate = async (delegationId: string, role: 'head' | 'delegate') => {
    const account = await createTestAccount(test.db, { eventId: event.id, roles: ['delegate'] });
    const [registration] = await insertRegistrationRows(test.db, event.id, [
      { accountId: account.id, email: account.email, country: 'JP', category: 'delegate', attendance: 'in_person' },
    ]);
    await test.db.insert(delegationMembers).values({
      delegationId,
      registrationId: registration?.id as string,
      role,
      rank: role === 'head' ? 'ambassador' : null,
    });
    return signIn(test, account.email);
  };
  return {
    event,
    slug,
    chair,
    delegations: byCountry,
    indonesia: await focalPoint(byCountry.ID),
    finland: await focalPoint(byCountry.FI),
    japanHead: await delegate(byCountry.JP, 'head'),
    japanDelegate: await delegate(byCountry.JP, 'delegate'),
    malaysia: await focalPoint(byCountry.MY),
    public: new TestClient(test.app),
  };
}

/** The chair's first text: one preamble paragraph and one paragraph in each focus area. */
export function firstText(world: Awaited<ReturnType<typeof createOutcomeWorld>>) {
  const [policy, crisis] = world.event.focusAreas;
  return {
    baseVersion: 0,
    message: 'First draft of the chair',
    title: { en: 'Bali Message', id: 'Pesan Bali' },
    preamble: [{ text: { en: 'We, the participants, meeting in Bali,' } }],
    sections: [
      {
        focusAreaId: policy?.id as string,
        paragraphs: [{ text: { en: 'We commit to open data.', id: 'Kami berkomitmen pada data terbuka.' } }],
      },
      { focusAreaId: crisis?.id as string, paragraphs: [{ text: { en: 'We share early warnings.' } }] },
    ],
  };
}

/** The world with its first text adopted by consensus of Indonesia, Finland and Japan: what commitments are made under. */
export async function createAdoptedWorld(test: TestApp) {
  const world = await createOutcomeWorld(test);
  return { ...world, published: await adoptFirstText(world) };
}

type OutcomeWorld = Awaited<ReturnType<typeof createOutcomeWorld>>;

/** The world's first text written, negotiated and adopted by consensus; answers it as published. */
export async function adoptFirstText(world: OutcomeWorld) {
  const api = `/api/events/${world.slug}/outcome`;
  const steps: [TestClient, string, unknown][] = [
    [world.chair, `${api}/text`, firstText(world)],
    [
      world.chair,
      `${api}/stage`,
      { stage: 'amendments', amendmentDeadline: new Date(Date.now() + 86_400_000).toISOString() },
    ],
    [world.chair, `${api}/stage`, { stage: 'negotiation' }],
    [world.chair, `${api}/adoption`, { method: 'consensus', deadline: new Date(Date.now() + 7_200_000).toISOString() }],
  ];
  for (const [client, path, body] of steps) {
    const response = path.endsWith('/text') ? await client.put(path, body) : await client.post(path, body);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${response.body}`);
  }
  const voices: [TestClient, string][] = [
    [world.indonesia, world.delegations.ID],
    [world.finland, world.delegations.FI],
    [world.japanHead, world.delegations.JP],
  ];
  for (const [client, id] of voices) {
    const joined = await client.put(`/api/events/${world.slug}/delegations/${id}/outcome/adoption`, { choice: 'join' });
    if (joined.status !== 200) throw new Error(`join: ${joined.status} ${joined.body}`);
  }
  const adopted = await world.chair.post(`${api}/adopt`);
  if (adopted.status !== 200) throw new Error(`adopt: ${adopted.status} ${adopted.body}`);
  return (await world.public.get(`/events/${world.slug}/outcome.json`)).json;
}
