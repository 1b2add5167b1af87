import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expectAccessible, expectAccessibleInBothLanguages, switchLanguage } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { expect, test } from '../support/test.js';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

// One sign-in for the file: the server allows few sign-in mails a minute.
let organizer: StorageState;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await signInByMail(await context.newPage(), ORGANIZER.email);
  organizer = await context.storageState();
  await context.close();
});

async function asOrganizer(browser: Browser, path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ storageState: organizer });
  const page = await context.newPage();
  await page.goto(path);
  return { page, close: () => context.close() };
}

test('the settings in parts: each names what is missing beside its own save, in the reader’s language, and saves alone', async ({
  browser,
}) => {
  // Two parts saved, both languages and two widths checked by axe: long on a busy machine.
  test.setTimeout(180_000);
  const { page, close } = await asOrganizer(browser, '/events/icdd-2021/manage/settings');
  await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'About', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('Name in English', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save About' }).click();
  const alert = page.getByRole('tabpanel').getByRole('alert');
  await expect(alert).toContainText('Some fields need attention');
  await expect(alert).toBeFocused();
  await expect(page.getByLabel('Name in English', { exact: true })).toHaveAccessibleDescription(
    /Required\. Give the English text/,
  );

  // The dates are a part of their own: the unsaved name is not sent with them.
  await page.getByRole('tab', { name: 'Dates', exact: true }).click();
  await page.getByLabel('Ends', { exact: true }).fill('2021-11-16T12:00');
  await page.getByRole('button', { name: 'Save Dates' }).click();
  await expect(page.getByLabel('Ends', { exact: true })).toHaveAccessibleDescription(
    /The end must come after the start\./,
  );
  await expectAccessibleInBothLanguages(page, 'settings with errors');
  await switchLanguage(page, 'id');
  await expect(page.getByLabel('Selesai', { exact: true })).toHaveAccessibleDescription(
    /Waktu selesai harus sesudah waktu mulai\./,
  );
  await switchLanguage(page, 'en');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, 'settings with errors, 390 px');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Rooms reorder by keyboard, and their part saves alone; then back as they were.
  await page.getByRole('tab', { name: 'Rooms', exact: true }).click();
  const firstRoom = page
    .getByRole('group', { name: 'Room 1', exact: true })
    .getByLabel('Room name in English', { exact: true });
  await expect(firstRoom).toHaveValue('Plenary Hall');
  const plenary = 'Plenary Hall';
  await page.getByRole('button', { name: 'Move Room 1 down' }).click();
  await expect(page.getByRole('button', { name: 'Move Room 2 down' })).toBeFocused();
  await expect(
    page.getByRole('group', { name: 'Room 2', exact: true }).getByLabel('Room name in English', { exact: true }),
  ).toHaveValue(plenary);
  await page.getByRole('button', { name: 'Save Rooms' }).click();
  const saved = page.getByRole('tabpanel').getByRole('status');
  await expect(saved).toHaveText('Saved. The public page shows the changes.');
  await page.getByRole('button', { name: 'Move Room 2 up' }).click();
  await page.getByRole('button', { name: 'Save Rooms' }).click();
  await expect(saved).toHaveText('Saved. The public page shows the changes.');
  await expect(firstRoom).toHaveValue(plenary);

  // Nothing of the About part was sent: the public page still has its name.
  await page.goto('/events/icdd-2021');
  await expect(
    page.getByRole('heading', { level: 1, name: 'International Conference on Digital Diplomacy (ICDD) 2021' }),
  ).toBeVisible();
  await close();
});

test('the organizer gives a new person a role; that person may not open the organizer area; the role is revoked', async ({
  browser,
}) => {
  const person = { email: 'delegate.fj@example.org', name: 'Mere Tuilau' };
  const { page, close } = await asOrganizer(browser, '/events/icdd-2021/manage/roles');
  await expect(page.getByRole('heading', { level: 2, name: 'Roles' })).toBeVisible();
  await page.getByLabel('E-mail address', { exact: true }).fill(person.email);
  await page.getByLabel('Name', { exact: true }).fill(person.name);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'delegate' });
  await page.getByRole('button', { name: 'Give the role' }).click();
  await expect(page.getByRole('status')).toContainText(`${person.name} is now delegate.`);
  const row = page.getByRole('row').filter({ hasText: person.email });
  await expect(row).toContainText('delegate');

  // The delegate signs in, in a browser of their own, and is told the organizer area is not for them.
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signInByMail(theirPage, person.email, '/events/icdd-2021/manage');
  await expect(theirPage.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expectAccessibleInBothLanguages(theirPage, 'not allowed');
  await theirPage.goto('/events/icdd-2021');
  await expect(theirPage.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(theirPage.getByRole('link', { name: 'Manage this event' })).toHaveCount(0);
  await theirs.close();

  await row.getByRole('button', { name: `Revoke the role delegate from ${person.name}` }).click();
  await row.getByRole('button', { name: 'Yes, revoke the role' }).click();
  await expect(page.getByRole('status')).toHaveText(`${person.name} is no longer delegate.`);
  await expect(page.getByRole('row').filter({ hasText: person.email })).toHaveCount(0);
  await close();
});

test('an administrator creates an event; a taken address is refused beside its field', async ({ browser }) => {
  const { page, close } = await asOrganizer(browser, '/');
  await page.getByRole('link', { name: 'New event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'new event');
  await page.getByLabel('Web address (slug)').fill('icdd-2021');
  await page.getByLabel('Name in English', { exact: true }).fill('Digital Diplomacy Follow-up Forum 2022');
  await page.getByLabel('Name in Bahasa Indonesia', { exact: true }).fill('Forum Tindak Lanjut Diplomasi Digital 2022');
  await page.getByLabel('Theme in English', { exact: true }).fill('From the Bali Message to practice');
  await page.getByLabel('Time zone of the event').selectOption('Asia/Jakarta');
  await page.getByLabel('Starts', { exact: true }).fill('2022-11-15T09:00');
  await page.getByLabel('Ends', { exact: true }).fill('2022-11-15T16:00');
  await page.getByLabel('Venue', { exact: true }).fill('Gedung Pancasila');
  await page.getByLabel('City').fill('Jakarta');
  await page.getByRole('radio', { name: 'Virtual', exact: true }).check();
  await page.getByRole('button', { name: 'Create the event' }).click();
  await expect(page.getByRole('alert')).toContainText('That web address is taken');
  await expect(page.getByLabel('Web address (slug)')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Web address (slug)').fill('ddff-2022');
  await page.getByRole('button', { name: 'Create the event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Organizer area/ })).toBeVisible();
  await expect(page).toHaveURL(/\/events\/ddff-2022\/manage$/);
  await page.getByRole('link', { name: 'View the public page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Digital Diplomacy Follow-up Forum 2022' })).toBeVisible();
  await expect(page.getByText(/09:00\s*–\s*16:00 WIB/)).toBeVisible();
  await expect(page.getByText('Mode: Virtual')).toBeVisible();

  // The demo event stays first on the home page.
  await page.getByRole('link', { name: 'Events', exact: true }).click();
  const links = page.getByRole('main').getByRole('link');
  await expect(links.first()).toHaveText('International Conference on Digital Diplomacy (ICDD) 2021');
  await expect(links.nth(1)).toHaveText('Digital Diplomacy Follow-up Forum 2022');
  await close();
});
