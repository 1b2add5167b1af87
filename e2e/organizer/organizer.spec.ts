import { expect, test } from '@playwright/test';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';

test('a save the server refuses shows each error beside its field and in an alert', async ({ page }) => {
  await signInByMail(page, ORGANIZER.email, '/events/icdd-2021/manage');
  await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
  await page.getByLabel('Name in English', { exact: true }).fill('');
  await page.getByLabel('Ends', { exact: true }).fill('2021-11-16T12:00');
  await page.getByRole('button', { name: 'Save changes' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some fields need attention');
  await expect(alert).toBeFocused();
  await expect(page.getByLabel('Name in English', { exact: true })).toHaveAccessibleDescription(
    /English text is required/,
  );
  await expectAccessibleInBothLanguages(page, 'settings with errors');

  // Nothing was saved: the public page still has its name.
  await page.goto('/events/icdd-2021');
  await expect(
    page.getByRole('heading', { level: 1, name: 'International Conference on Digital Diplomacy (ICDD) 2021' }),
  ).toBeVisible();
});

test('the organizer gives a new person a role; that person may not open the organizer area; the role is revoked', async ({
  page,
  browser,
}) => {
  const person = { email: 'delegate.fj@example.org', name: 'Mere Tuilau' };
  await signInByMail(page, ORGANIZER.email, '/events/icdd-2021/manage/roles');
  await expect(page.getByRole('heading', { level: 2, name: 'Roles' })).toBeVisible();
  await page.getByLabel('E-mail address', { exact: true }).fill(person.email);
  await page.getByLabel('Name', { exact: true }).fill(person.name);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'delegate' });
  await page.getByRole('button', { name: 'Give the role' }).click();
  await expect(page.getByRole('status')).toHaveText(`${person.name} is now delegate.`);
  const row = page.getByRole('row').filter({ hasText: person.email });
  await expect(row).toContainText('delegate');

  // The delegate signs in, in a browser of their own, and is told the organizer area is not for them.
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signInByMail(theirPage, person.email, '/events/icdd-2021/manage');
  await expect(theirPage.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(theirPage.getByRole('link', { name: 'Manage this event' })).toHaveCount(0);
  await expectAccessibleInBothLanguages(theirPage, 'not allowed');
  await theirs.close();

  await row.getByRole('button', { name: `Revoke the role delegate from ${person.name}` }).click();
  await expect(page.getByRole('status')).toHaveText(`${person.name} is no longer delegate.`);
  await expect(page.getByRole('row').filter({ hasText: person.email })).toHaveCount(0);
});
