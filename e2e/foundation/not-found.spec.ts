import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { expect, test } from '../support/test.js';

test('an unknown address answers 404 with a page that leads back to the events', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · Pendopo');
  await expectAccessibleInBothLanguages(page, '404 page');
  await page.getByRole('link', { name: 'Go to the list of events' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conferences' })).toBeVisible();
});

test('an unknown event shows the same page', async ({ page }) => {
  await page.goto('/events/no-such-event');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
  await expect(page).toHaveTitle('Halaman tidak ditemukan · Pendopo');
  await page.getByRole('button', { name: 'English' }).click();
});

test('an unknown section of the organizer area shows it too', async ({ page }) => {
  await page.goto('/events/icdd-2021/manage/no-such-section');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
