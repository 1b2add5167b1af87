import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { expect, test } from '../support/test.js';

// A phone's width: the header wraps, tables scroll; axe-core checks the pages as laid out there.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the public pages work at a phone’s width, in both languages', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Conferences' })).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'home, phone');

  await page.getByRole('link', { name: 'International Conference on Digital Diplomacy (ICDD) 2021' }).tap();
  await expect(page.getByText(/13:00\s*–\s*17:40 WITA/)).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'event page, phone');
  // Nothing is wider than the screen: no sideways scrolling of the whole page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole('link', { name: 'Sign in' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'sign-in, phone');
});
