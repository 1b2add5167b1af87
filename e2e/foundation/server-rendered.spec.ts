import type { Page } from '@playwright/test';
import { layoutShiftOf, watchLayoutShifts } from '../support/layout.js';
import { expect, test } from '../support/test.js';

/** The demo's public pages, with ids looked up through the public API. */
async function publicPages(page: Page): Promise<string[]> {
  const programme = await (await page.request.get('/api/events/icdd-2021/programme')).json();
  const { delegations } = await (await page.request.get('/api/events/icdd-2021/delegations')).json();
  return [
    '/',
    '/events/icdd-2021',
    '/events/icdd-2021/programme',
    `/events/icdd-2021/programme/sessions/${programme.sessions[0].id}`,
    `/events/icdd-2021/speakers/${programme.speakers[0].id}`,
    '/events/icdd-2021/delegations',
    `/events/icdd-2021/delegations/${delegations[0].id}`,
    '/events/icdd-2021/register',
    '/sign-in',
  ];
}

test('each public page arrives with its content and is taken over without a request or a shift', async ({ page }) => {
  const paths = await publicPages(page);
  await watchLayoutShifts(page);
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request.url());
  });
  for (const path of paths) {
    requests.length = 0;
    const answer = await page.request.get(path);
    // The content is in the HTML, before any script runs.
    expect(await answer.text(), path).toMatch(/<main id="main"[^>]*><!--\$--><(article|section|div|h1)/);
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(requests, `API requests while ${path} loaded`).toEqual([]);
    expect(await layoutShiftOf(page), path).toBeLessThan(0.001);
  }
  // Taken over: the language switch changes the page where it is, with no new page load.
  await page.goto('/events/icdd-2021', { waitUntil: 'networkidle' });
  await page.evaluate(() => Object.assign(window, { pendopoSamePage: true }));
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.getByRole('link', { name: 'Lihat susunan acara' })).toBeVisible();
  await page.getByRole('link', { name: 'Lihat susunan acara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Susunan acara/ })).toBeVisible();
  expect(await page.evaluate(() => 'pendopoSamePage' in window)).toBe(true);
});

test('the next page arrives in the language the reader chose, and with their own zone', async ({ page }) => {
  // Once the page's code has run: before it, the language buttons are the server's, not yet working.
  await page.goto('/events/icdd-2021', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  const html = await (await page.request.get('/events/icdd-2021/programme')).text();
  expect(html).toContain('<html lang="id"');
  // The browser told its zone (Europe/Amsterdam, from the test's settings): the server writes the reader's time.
  const event = await (await page.request.get('/events/icdd-2021')).text();
  expect(event).toContain('Europe/Amsterdam');
  expect(event).not.toContain('Ditampilkan oleh peramban Anda');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the programme reads, its links lead on, and the page says what needs JavaScript', async ({ page }) => {
    await page.goto('/events/icdd-2021/programme');
    await expect(page.getByRole('heading', { level: 1, name: /Programme/ })).toBeVisible();
    // Playwright's text search skips <noscript>; the note is shown all the same (JavaScript off).
    await expect(page.locator('p.noscript-note')).toContainText('You can read these pages without JavaScript');
    const session = page.getByRole('link', { name: /Unmasking digital diplomacy/ }).first();
    await expect(session).toBeVisible();
    await session.click();
    await expect(page.getByRole('heading', { level: 1, name: /Unmasking digital diplomacy/ })).toBeVisible();
    await expect(page.getByText(/WITA/).first()).toBeVisible();
    await page.getByRole('link', { name: 'Retno L. P. Marsudi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Retno L. P. Marsudi' })).toBeVisible();
    await page.goto('/events/icdd-2021/delegations');
    await expect(page.getByRole('heading', { level: 1, name: /Delegations/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Indonesia' }).first()).toBeVisible();
  });
});
