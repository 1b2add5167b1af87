import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attendance } from '../../../shared/live.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { BACKENDS, startListeningTestApp, type TestApp } from '../../testing/harness.js';
import { createLiveSession } from '../../testing/live.js';
import { openSse } from '../../testing/live-stream.js';
import { registrantClient } from '../../testing/registrants.js';
import { registrations } from '../registration/registration.tables.js';

/** Asks until the answer matches: the nodes report their streams a second after they open or close. */
async function attendanceWhen(client: TestClient, url: string, matches: (json: Attendance) => boolean) {
  for (;;) {
    const { json } = await client.get<Attendance>(url);
    if (matches(json)) return json;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.each(BACKENDS)('attendance (%s)', (backend) => {
  let test: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    ({ test, baseUrl } = await startListeningTestApp(backend));
  });
  afterAll(() => test.close());

  it('counts viewers now and at the peak, and merges online and venue attendance so each person counts once', async () => {
    const { slug, base, sessionId, live, organizer, ayu, budi } = await createLiveSession(test);
    const url = `${base}/live/attendance`;
    const cookie = (client: TestClient) => ({ cookie: client.cookie ?? '' });
    const streams = [
      await openSse(`${baseUrl}${live}/stream`, cookie(ayu)),
      await openSse(`${baseUrl}${live}/stream`, cookie(budi)),
      await openSse(`${baseUrl}${live}/stream`),
    ];
    for (const stream of streams) await stream.next((m) => m.event === 'snapshot');
    const watching = await attendanceWhen(organizer, url, (json) => json.sessions[0]?.now === 3);
    expect(watching.sessions).toEqual([{ sessionId, now: 3, peak: 3, online: 2 }]);

    // Budi also came to the venue; Citra only came to the venue.
    const { id: citra } = await registrantClient(test, slug, { name: 'Citra' });
    const budiId = (await budi.get(`${base}/registrations/me`)).json.id as string;
    for (const id of [budiId, citra])
      await test.db.update(registrations).set({ checkedInAt: new Date() }).where(eq(registrations.id, id));
    for (const stream of streams.slice(1)) stream.close();
    const after = await attendanceWhen(organizer, url, (json) => json.sessions[0]?.now === 1);
    expect(after.sessions[0]).toMatchObject({ now: 1, peak: 3, online: 2 });
    expect(after.event).toEqual({ online: 2, inPerson: 2, both: 1, attended: 3 });
    // The registrant list says how each came: Budi both, Citra at the venue, Ayu online.
    const mine = (await budi.get(`${base}/registrations/me`)).json;
    expect(mine.followedOnlineAt).toEqual(expect.any(String));
    expect(mine.checkedInAt).toEqual(expect.any(String));
    streams[0]?.close();
  });

  it('is the staff’s to read', async () => {
    const { base, ayu, moderator } = await createLiveSession(test);
    const url = `${base}/live/attendance`;
    expectProblem(await new TestClient(test.app).get(url), 401, 'auth.required');
    expectProblem(await moderator.get(url), 403, 'auth.forbidden');
    expectProblem(await ayu.get(url), 401, 'auth.required');
  });
});
