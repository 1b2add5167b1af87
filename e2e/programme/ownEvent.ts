import { expect, type Page } from '@playwright/test';
import { createOwnEvent } from '../support/events.js';

/**
 * An event of the test's own with two rooms, one session in the hall and that much
 * published as version 1: changing the demo's programme would upset the other specs.
 * The organizer must be signed in.
 */
export async function createProgrammeEvent(page: Page, slug: string) {
  const { event, headers } = await createOwnEvent(page, {
    slug,
    name: { en: 'Programme Rehearsal', id: 'Gladi Susunan Acara' },
    theme: { en: 'Rehearsing the programme' },
    venue: { name: 'Nusa Dua Hall', city: 'Nusa Dua', country: 'ID' },
    rooms: [
      { name: { en: 'Plenary Hall', id: 'Ruang Pleno' }, capacity: 400 },
      { name: { en: 'Room Kintamani', id: 'Ruang Kintamani' }, capacity: 80 },
    ],
  });
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
