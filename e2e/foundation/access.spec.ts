import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { expect, test } from '../support/test.js';

test('a visitor who opens the organizer area is asked to sign in, and brought back after', async ({ page }) => {
  await page.goto('/events/icdd-2021/manage');
  await expect(page.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeVisible();
  await expect(page.getByText('Sign in to open this page. You will come back here afterwards.')).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'organizer area, signed out');
  await page.getByRole('link', { name: 'Sign in to continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('next')).toBe('/events/icdd-2021/manage');
});

test('the staff pages ask a visitor to sign in too', async ({ page }) => {
  for (const path of ['/admin/outbox', '/events/new', '/events/icdd-2021/manage/audit']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeVisible();
  }
});

test('a link that is not a real sign-in link says so and offers a new one', async ({ page }) => {
  await page.goto('/sign-in/link?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&next=/events/icdd-2021');
  await expect(page.getByRole('heading', { level: 1, name: 'This sign-in link does not work' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This sign-in link is not valid.');
  await expectAccessibleInBothLanguages(page, 'invalid sign-in link');
  await page.getByRole('link', { name: 'Ask for a new sign-in link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});

test('the sign-in forms name what is missing, beside the field and in an alert', async ({ page }) => {
  await page.goto('/sign-in');
  const byLink = page.getByRole('region', { name: 'Sign in with a link by e-mail' });
  await byLink.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await expect(byLink.getByRole('alert')).toContainText('Some fields need attention');
  await expect(byLink.getByLabel('E-mail address')).toHaveAccessibleDescription(/Enter an e-mail address/);
  await expect(byLink.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');

  const byPassword = page.getByRole('region', { name: 'Staff: sign in with a password' });
  await byPassword.getByLabel('E-mail address').fill('organizer@icdd-2021.example');
  await byPassword.getByRole('button', { name: 'Sign in with password' }).click();
  await expect(byPassword.getByLabel('Password')).toHaveAccessibleDescription('Enter your password.');
  await expect(byPassword.getByLabel('E-mail address')).not.toHaveAttribute('aria-invalid', 'true');
  await expectAccessibleInBothLanguages(page, 'sign-in with errors');

  // The complaint follows the reader into the other language.
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.getByLabel('Kata sandi', { exact: true })).toHaveAccessibleDescription('Isikan kata sandi Anda.');
});
