import type { TestClient } from './client.js';
import { signedInClient } from './factories.js';
import type { TestApp } from './harness.js';
import { addSession, buildSession, createProgrammeEvent, publish } from './programme.js';
import { registrantClient } from './registrants.js';

/** A published panel with its event's organizer, a moderator, and two registrants (Ayu and Budi) following it online. */
export async function createLiveSession(test: TestApp) {
  const { event, slug, organizer, roomIds } = await createProgrammeEvent(test);
  const sessionId = await addSession(organizer, slug, buildSession(roomIds[1] as string));
  await publish(organizer, slug);
  const { client: moderator } = await signedInClient(test, { eventId: event.id, roles: ['moderator'] });
  const ayu = (await registrantClient(test, slug, { name: 'Ayu Lestari' })).client;
  const budi = (await registrantClient(test, slug, { name: 'Budi Santoso' })).client;
  const base = `/api/events/${slug}`;
  return { event, slug, sessionId, organizer, moderator, ayu, budi, base, live: `${base}/sessions/${sessionId}/live` };
}

/** Asks a question and returns its id; throws unless it answers 201. */
export async function ask(client: TestClient, base: string, sessionId: string, text: string, anonymous = false) {
  const response = await client.post(`${base}/sessions/${sessionId}/questions`, { text, anonymous });
  if (response.status !== 201) throw new Error(`ask: ${response.status} ${response.body}`);
  return response.json.id as string;
}

/** A moderator's action on a question; throws unless it answers 200. */
export async function moderate(client: TestClient, base: string, questionId: string, action: string) {
  const response = await client.post(`${base}/questions/${questionId}/moderation`, { action });
  if (response.status !== 200) throw new Error(`${action}: ${response.status} ${response.body}`);
  return response.json;
}
