import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { expect, test } from '../support/test.js';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the registration form works at a phone’s width, in both languages', async ({ page }) => {
  await page.goto('/events/icdd-2021');
  await page.getByRole('link', { name: 'Register', exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1, name: /Register/ })).toBeVisible();
  await page.getByText(/Read the privacy notice/).tap();
  await expectAccessibleInBothLanguages(page, 'registration form, phone');
  // The honeypot is off screen to the left: it must not make the page scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
