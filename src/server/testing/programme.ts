import type { SessionInput, SpeakerInput } from '../../shared/programme.js';
import type { TestClient } from './client.js';
import { createTestEvent, signedInClient } from './factories.js';
import type { TestApp } from './harness.js';

/** An afternoon like ICDD 2021's: 13:00-17:40 WITA, a plenary hall and four panel rooms, two themes. */
export async function createProgrammeEvent(test: TestApp) {
  const event = await createTestEvent(test.db, {
    startsAt: '2030-11-16T13:00:00+08:00',
    endsAt: '2030-11-16T17:40:00+08:00',
    timeZone: 'Asia/Makassar',
    statementThemes: [{ title: { en: 'Crisis management' } }, { title: { en: 'New opportunities' } }],
    rooms: [
      { name: { en: 'Plenary Hall' }, capacity: 300 },
      ...['A', 'B', 'C', 'D'].map((letter) => ({ name: { en: `Panel Room ${letter}` }, capacity: 80 })),
    ],
  });
  const { client: organizer } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
  return { event, slug: event.slug, organizer, roomIds: event.rooms.map((r) => r.id) };
}

/** POSTs a speaker and returns its id. */
export async function addSpeaker(client: TestClient, slug: string, input: Partial<SpeakerInput> = {}) {
  const response = await client.post(`/api/events/${slug}/speakers`, { name: 'Retno Marsudi', ...input });
  if (response.status !== 201) throw new Error(`speaker: ${response.status} ${response.body}`);
  return response.json.id as string;
}

/** A session body: 14:00-15:30 WITA in the given room unless told otherwise. */
export const buildSession = (roomId: string, overrides: Partial<SessionInput> = {}): SessionInput => ({
  type: 'panel',
  title: { en: 'Digital economy', id: 'Ekonomi digital' },
  roomId,
  startsAt: '2030-11-16T14:00:00+08:00',
  endsAt: '2030-11-16T15:30:00+08:00',
  ...overrides,
});

/** POSTs a session and returns its id. */
export async function addSession(client: TestClient, slug: string, input: SessionInput) {
  const response = await client.post(`/api/events/${slug}/sessions`, input);
  if (response.status !== 201) throw new Error(`session: ${response.status} ${response.body}`);
  return response.json.id as string;
}

export async function publish(client: TestClient, slug: string) {
  const response = await client.post(`/api/events/${slug}/programme/publish`);
  if (response.status !== 200) throw new Error(`publish: ${response.status} ${response.body}`);
  return response.json as {
    version: number;
    changes: { kind: string; subject: string; id: string; fields: string[] }[];
  };
}
