import { expect, type Page } from '@playwright/test';

/** The session's CSRF token, for writes through the API as the signed-in person. */
async function csrfOf(page: Page): Promise<string> {
  return (await (await page.request.get('/api/session')).json()).csrfToken as string;
}

/**
 * An event of the test's own, made through the API by the signed-in organizer (an administrator),
 * so that a spec may change it without upsetting the others that read the demo. Returns the
 * event as the API answers and the headers for further writes.
 */
export async function createOwnEvent(
  page: Page,
  data: { slug: string; name: Record<string, string> } & Record<string, unknown>,
) {
  const headers = { 'x-csrf-token': await csrfOf(page) };
  const created = await page.request.post('/api/events', {
    headers,
    data: {
      theme: { en: 'A rehearsal' },
      startsAt: '2021-12-01T09:00:00+08:00',
      endsAt: '2021-12-01T17:00:00+08:00',
      timeZone: 'Asia/Makassar',
      venue: { name: 'Hall', city: 'Denpasar', country: 'ID' },
      mode: 'hybrid',
      ...data,
    },
  });
  expect(created.status()).toBe(201);
  return { event: (await created.json()) as { id: string; rooms: { id: string }[] }, headers };
}
