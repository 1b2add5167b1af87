import { expect, type Page } from '@playwright/test';
import { createOwnEvent } from '../support/events.js';

/**
 * An event of the test's own with one published panel in one room (the organizer must be
 * signed in); `streams` as the API takes them, `isStarted` for the moderators' override.
 * Returns the session page's path.
 */
export async function createPanel(
  page: Page,
  options: { slug: string; name: Record<string, string>; streams?: unknown[]; isStarted?: boolean },
) {
  const { slug, name, streams = [], isStarted = false } = options;
  const { event, headers } = await createOwnEvent(page, {
    slug,
    name,
    rooms: [{ name: { en: 'Room Kintamani', id: 'Ruang Kintamani' }, capacity: 80 }],
  });
  const created = await page.request.post(`/api/events/${slug}/sessions`, {
    headers,
    data: {
      type: 'panel',
      title: { en: 'Rehearsal panel', id: 'Panel gladi' },
      roomId: event.rooms[0]?.id,
      startsAt: '2021-12-01T10:00:00+08:00',
      endsAt: '2021-12-01T11:00:00+08:00',
      streams,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await page.request.post(`/api/events/${slug}/programme/publish`, { headers, data: {} })).status()).toBe(200);
  if (isStarted) {
    const started = await page.request.patch(`/api/events/${slug}/sessions/${id}/live`, {
      headers,
      data: { override: 'live' },
    });
    expect(started.status()).toBe(200);
  }
  return `/events/${slug}/programme/sessions/${id}`;
}
