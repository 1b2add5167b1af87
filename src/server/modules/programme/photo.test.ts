import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PHOTO_MAX_BYTES } from '../../../shared/programme.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { addSpeaker, createProgrammeEvent } from '../../testing/programme.js';
import { photoDecoder, photoDecodes } from './photo.decoder.js';

const validPhoto = () =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: '#8a5a44' } })
    .png()
    .toBuffer();

/**
 * Waits for a condition the node reaches by itself (a request parked in the queue), turn by turn,
 * never sleeping a set time. The bound is a minute of turns, not a count of them: on PostgreSQL a
 * request's queries take real time, and a busy machine once ran 100,000 turns before they answered.
 */
async function until(condition: () => boolean) {
  const giveUpAt = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error('the condition was never reached');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe.each(BACKENDS)('who makes the node decode a photo (%s)', (backend) => {
  let test: TestApp;
  let slug: string;
  let eventId: string;
  let organizer: TestClient;
  let speakerId: string;
  const photoUrl = () => `/api/events/${slug}/speakers/${speakerId}/photo`;
  const decode = photoDecoder.decode;

  beforeAll(async () => {
    test = await startTestApp(backend);
    ({
      slug,
      organizer,
      event: { id: eventId },
    } = await createProgrammeEvent(test));
    speakerId = await addSpeaker(organizer, slug, { name: 'Sri Mulyani' });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => test.close());

  it('refuses the anonymous and a participant before any image is decoded', async () => {
    const calls = vi.spyOn(photoDecoder, 'decode');
    const png = await validPhoto();
    expectProblem(await new TestClient(test.app).upload('PUT', photoUrl(), png, 'image/png'), 401, 'auth.required');
    const { client: participant } = await signedInClient(test, { eventId, roles: ['participant'] });
    expectProblem(await participant.upload('PUT', photoUrl(), png, 'image/png'), 403, 'auth.forbidden');
    expect(calls).not.toHaveBeenCalled();
  });

  it('answers the anonymous before reading the body: a body over the limit is still a 401, not a 413', async () => {
    const tooLarge = Buffer.alloc(PHOTO_MAX_BYTES + 1024, 1);
    const response = await new TestClient(test.app).upload('PUT', photoUrl(), tooLarge, 'image/jpeg');
    expectProblem(response, 401, 'auth.required');
  });

  // Turn by turn on a loaded CI machine can take long (a 30 s timeout was hit once on Node 24): more time, one retry.
  it('decodes two uploads one after the other', { timeout: 150_000, retry: 1 }, async () => {
    const held: (() => void)[] = [];
    vi.spyOn(photoDecoder, 'decode').mockImplementation(async (bytes) => {
      await new Promise<void>((release) => held.push(release));
      return decode(bytes);
    });
    const png = await validPhoto();
    const first = organizer.upload('PUT', photoUrl(), png, 'image/png');
    const second = organizer.upload('PUT', photoUrl(), png, 'image/png');
    try {
      // Either the second is parked behind the first, or (without the queue) both decode at once.
      await until(() => held.length === 2 || (held.length === 1 && photoDecodes.waiting === 1));
      expect(held).toHaveLength(1);
      held[0]?.();
      expect((await first).status).toBe(204);
      await until(() => held.length === 2);
      held[1]?.();
      expect((await second).status).toBe(204);
    } finally {
      // A failed try must not leave the queue held for the retry or the next test.
      for (const release of held) release();
      await Promise.allSettled([first, second]);
    }
  });
});
