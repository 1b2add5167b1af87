import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { startSecondNode, startTestApp, type TestApp } from '../../testing/harness.js';
import { addSession, buildSession, createProgrammeEvent, publish } from '../../testing/programme.js';

// Each node keeps what it built from the published programme; a publication on one reaches the other.
describe.skipIf(!process.env.DATABASE_URL)('the published programme on two nodes', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp('postgres');
    second = await startSecondNode(first);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it("serves the other node's new version once it is published there", async () => {
    const { slug, organizer, roomIds } = await createProgrammeEvent(first);
    await addSession(organizer, slug, buildSession(roomIds[1] as string));
    await publish(organizer, slug);
    const reader = new TestClient(second.app);
    expect((await reader.get(`/api/events/${slug}/programme`)).json.version).toBe(1);

    await addSession(organizer, slug, buildSession(roomIds[2] as string));
    await publish(organizer, slug);
    // The bus carries the news asynchronously; the second node's next reads show version 2 once it lands.
    await expect.poll(async () => (await reader.get(`/api/events/${slug}/programme`)).json.version).toBe(2);
    expect((await reader.get(`/api/events/${slug}/programme`)).json.sessions).toHaveLength(2);
  });
});
