import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { addSession, addSpeaker, buildSession, createProgrammeEvent, publish } from '../../testing/programme.js';

/** A real photo: 1200 x 800, with a GPS tag a camera would leave in it. */
const cameraPhoto = () =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a6f97' } })
    .withExif({ IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '8/1 47/1 0/1' } })
    .png()
    .toBuffer();

describe.each(BACKENDS)('speakers and their photos (%s)', (backend) => {
  let test: TestApp;
  let slug: string;
  let organizer: TestClient;
  let roomIds: string[];
  let eventId: string;
  const visitor = () => new TestClient(test.app);

  beforeAll(async () => {
    test = await startTestApp(backend);
    ({
      slug,
      organizer,
      roomIds,
      event: { id: eventId },
    } = await createProgrammeEvent(test));
  });
  afterAll(() => test.close());

  it('stores a photo as a square JPEG without the camera metadata, shown to the public once the speaker is published', async () => {
    const id = await addSpeaker(organizer, slug, {
      name: 'Ayu Lestari',
      country: 'ID',
      bio: { en: 'Diplomat', id: 'Diplomat' },
    });
    const upload = await organizer.upload(
      'PUT',
      `/api/events/${slug}/speakers/${id}/photo`,
      await cameraPhoto(),
      'image/png',
    );
    expect(upload.status, upload.body).toBe(204);

    const draft = (await organizer.get(`/api/events/${slug}/programme/draft`)).json;
    const photoUrl = draft.speakers.find((s: { id: string }) => s.id === id).photoUrl as string;
    expect(photoUrl).toMatch(new RegExp(`^/api/events/${slug}/speakers/${id}/photo\\?v=\\d+$`));
    // Not published yet: organizers see it, the public does not.
    expectProblem(await visitor().get(photoUrl), 404, 'speaker.photo_not_found');
    const asOrganizer = await test.app.inject({
      method: 'GET',
      url: photoUrl,
      headers: { cookie: organizer.cookie ?? '' },
    });
    expect(asOrganizer.statusCode).toBe(200);

    await publish(organizer, slug);
    const served = await test.app.inject({ method: 'GET', url: photoUrl });
    expect(served.headers['content-type']).toBe('image/jpeg');
    const metadata = await sharp(served.rawPayload).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 480, height: 480 });
    expect(metadata.exif).toBeUndefined();
    const again = await test.app.inject({
      method: 'GET',
      url: photoUrl,
      headers: { 'if-none-match': served.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });

  it('refuses what is not a JPEG, PNG or WebP photo, whatever it claims to be, and keeps the old photo', async () => {
    const id = await addSpeaker(organizer, slug, { name: 'Budi Santoso' });
    const fake = await organizer.upload(
      'PUT',
      `/api/events/${slug}/speakers/${id}/photo`,
      Buffer.from('<svg onload="x()"/>'),
      'image/png',
    );
    expectProblem(fake, 400, 'speaker.photo_invalid');
    expect(fieldsOf(fake)).toEqual(['photo']);
    const gifAsJpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expectProblem(
      await organizer.upload('PUT', `/api/events/${slug}/speakers/${id}/photo`, gifAsJpeg, 'image/jpeg'),
      400,
      'speaker.photo_invalid',
    );
    const svg = await organizer.upload('PUT', `/api/events/${slug}/speakers/${id}/photo`, '<svg/>', 'image/svg+xml');
    expect(svg.status).toBe(415);
    const huge = await organizer.upload(
      'PUT',
      `/api/events/${slug}/speakers/${id}/photo`,
      Buffer.alloc(6 * 1024 * 1024),
      'image/jpeg',
    );
    expect(huge.status).toBe(413);
    const draft = (await organizer.get(`/api/events/${slug}/programme/draft`)).json;
    expect(draft.speakers.find((s: { id: string }) => s.id === id).photoUrl).toBeNull();
  });

  it('edits a speaker, refuses bad fields, and keeps one who is on a session', async () => {
    const id = await addSpeaker(organizer, slug, { name: 'Citra Dewi' });
    expect(
      (
        await organizer.patch(`/api/events/${slug}/speakers/${id}`, {
          organization: 'ASEAN Secretariat',
          country: null,
        })
      ).status,
    ).toBe(204);
    const bad = await organizer.patch(`/api/events/${slug}/speakers/${id}`, { name: '', country: 'Indonesia' });
    expect(fieldsOf(bad).sort()).toEqual(['country', 'name']);
    expect(fieldsOf(await organizer.patch(`/api/events/${slug}/speakers/${id}`, { country: 'XX' }))).toEqual([
      'country',
    ]);
    await addSession(organizer, slug, buildSession(roomIds[1] as string, { speakerIds: [id] }));
    expectProblem(await organizer.delete(`/api/events/${slug}/speakers/${id}`), 409, 'speaker.in_use');
    const lone = await addSpeaker(organizer, slug, { name: 'Not on anything' });
    expect((await organizer.delete(`/api/events/${slug}/speakers/${lone}`)).status).toBe(204);
    expectProblem(
      await organizer.patch(`/api/events/${slug}/speakers/${lone}`, { name: 'Back' }),
      404,
      'speaker.not_found',
    );
  });

  it('lets only organizers and the secretariat change speakers', async () => {
    const id = await addSpeaker(organizer, slug, { name: 'Dewi' });
    const png = await cameraPhoto();
    const anonymous = visitor();
    expectProblem(
      await anonymous.upload('PUT', `/api/events/${slug}/speakers/${id}/photo`, png, 'image/png'),
      401,
      'auth.required',
    );
    const { client: speaker } = await signedInClient(test, { eventId, roles: ['speaker'] });
    expectProblem(
      await speaker.upload('PUT', `/api/events/${slug}/speakers/${id}/photo`, png, 'image/png'),
      403,
      'auth.forbidden',
    );
    expectProblem(
      await speaker.patch(`/api/events/${slug}/speakers/${id}`, { name: 'Mine now' }),
      403,
      'auth.forbidden',
    );
    expectProblem(await speaker.delete(`/api/events/${slug}/speakers/${id}/photo`), 403, 'auth.forbidden');
  });
});
