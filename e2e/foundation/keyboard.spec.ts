import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/test.js';

const EVENT_NAME = 'International Conference on Digital Diplomacy (ICDD) 2021';

/** Presses Tab until the element has the focus, as a person would, giving up after a page's worth of stops. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let stops = 0; stops < 30; stops++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** The focus can be seen: the focused element draws an outline. */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const outline = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
}

test('the skip link is the first stop and takes the keyboard past the header', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Conferences' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expectVisibleFocus(skipLink);
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page.getByRole('link', { name: EVENT_NAME }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: EVENT_NAME })).toBeVisible();
  // A new page starts where its content starts, as after a full page load.
  await expect(page.getByRole('main')).toBeFocused();
});

test('the language switch works with Space and Enter', async ({ page }) => {
  await page.goto('/events/icdd-2021');
  await expect(page.getByRole('heading', { level: 1, name: EVENT_NAME })).toBeVisible();
  const indonesian = page.getByRole('button', { name: 'Bahasa Indonesia' });
  const english = page.getByRole('button', { name: 'English' });
  await tabTo(page, indonesian);
  await expectVisibleFocus(indonesian);
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByText('Waktu acara')).toBeVisible();
  await expect(indonesian).toHaveAttribute('aria-pressed', 'true');
  await expect(indonesian).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expectVisibleFocus(english);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Event time')).toBeVisible();
  await expect(english).toHaveAttribute('aria-pressed', 'true');
});

test('the password form is filled and sent with the keyboard, and its error is announced', async ({ page }) => {
  await page.goto('/sign-in');
  const byPassword = page.getByRole('region', { name: 'Staff: sign in with a password' });
  const email = byPassword.getByLabel('E-mail address');
  await tabTo(page, email);
  await expectVisibleFocus(email);
  await page.keyboard.type('organizer@icdd-2021.example');
  await page.keyboard.press('Tab');
  await expect(byPassword.getByLabel('Password')).toBeFocused();
  await page.keyboard.type('not the password');
  await page.keyboard.press('Enter');
  await expect(byPassword.getByRole('alert')).toHaveText('The e-mail address or the password is wrong.');
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
});
