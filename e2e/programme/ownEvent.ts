import { expect, type Page } from '@playwright/test';

/** The session's CSRF token, for writes through the API as the signed-in person. */
export async function csrfOf(page: Page): Promise<string> {
  return (await (await page.request.get('/api/session')).json()).csrfToken as string;
}

/**
 * An event of the test's own with two rooms, one session in the hall and that much
 * published as version 1: changing the demo's programme would upset the other specs.
 * The organizer must be signed in.
 */
export async function createProgrammeEvent(page: Page, slug: string) {
  const headers = { 'x-csrf-token': await csrfOf(page) };
  const created = await page.request.post('/api/events', {
    headers,
    data: {
      slug,
      name: { en: 'Programme Rehearsal', id: 'Gladi Susunan Acara' },
      theme: { en: 'Rehearsing the programme' },
      startsAt: '2021-12-01T09:00:00+08:00',
      endsAt: '2021-12-01T17:00:00+08:00',
      timeZone: 'Asia/Makassar',
      venue: { name: 'Nusa Dua Hall', city: 'Nusa Dua', country: 'ID' },
      mode: 'hybrid',
      rooms: [
        { name: { en: 'Plenary Hall', id: 'Ruang Pleno' }, capacity: 400 },
        { name: { en: 'Room Kintamani', id: 'Ruang Kintamani' }, capacity: 80 },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const event = (await created.json()) as { rooms: { id: string }[] };
  const hall = event.rooms[0]?.id;
  const session = await page.request.post(`/api/events/${slug}/sessions`, {
    headers,
    data: {
      type: 'plenary',
      title: { en: 'Rehearsal plenary', id: 'Pleno gladi' },
      roomId: hall,
      startsAt: '2021-12-01T10:00:00+08:00',
      endsAt: '2021-12-01T11:00:00+08:00',
    },
  });
  expect(session.status()).toBe(201);
  const published = await page.request.post(`/api/events/${slug}/programme/publish`, { headers, data: {} });
  expect(published.status()).toBe(200);
  expect(((await published.json()) as { version: number }).version).toBe(1);
}
