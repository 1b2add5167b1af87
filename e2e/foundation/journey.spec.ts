import { expectAccessibleInBothLanguages, switchLanguage } from '../support/a11y.js';
import { linkIn, mailCount, waitForMail } from '../support/mail.js';
import { expect, test } from '../support/test.js';

const ORGANIZER = 'organizer@icdd-2021.example';
const EVENT_NAME = 'International Conference on Digital Diplomacy (ICDD) 2021';
const EVENT_NAME_ID = 'Konferensi Internasional tentang Diplomasi Digital (ICDD) 2021';
const THEME = 'Unmasking Digital Diplomacy in the New Normal';
const NEW_THEME = 'Digital Diplomacy for an Inclusive Recovery';
const NEW_THEME_ID = 'Diplomasi Digital untuk Pemulihan yang Inklusif';

// The journey, in one browser session: a visitor reads the event in two
// languages, the organizer signs in by mail, changes the theme, sees it public
// and in the audit log, and signs out. Each page is checked with axe-core in both languages.
test('a visitor reads the demo event; its organizer signs in by mail, changes the theme and signs out', async ({
  page,
  browser,
}) => {
  let signInLink = '';

  await test.step('the home page lists the demo event first', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Conferences' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link').first()).toHaveText(EVENT_NAME);
    await expect(page).toHaveTitle(/^Conferences · Pendopo$/);
    await expectAccessibleInBothLanguages(page, 'home');
  });

  await test.step('the event page shows name, theme and the time in WITA, the viewer’s zone and UTC', async () => {
    await page.getByRole('link', { name: EVENT_NAME }).click();
    await expect(page).toHaveURL(/\/events\/icdd-2021$/);
    await expect(page.getByRole('heading', { level: 1, name: EVENT_NAME })).toBeVisible();
    await expect(page.getByText(THEME)).toBeVisible();
    await expect(page.getByText(/13:00\s*–\s*17:40 WITA/)).toBeVisible();
    // The browser runs in Europe/Amsterdam (see playwright.config.ts), one hour ahead of UTC in November.
    await expect(page.getByText(/06:00\s*–\s*10:40 CET/)).toBeVisible();
    await expect(page.getByText(/05:00\s*–\s*09:40 UTC/)).toBeVisible();
    await expect(page.locator('time[datetime="2021-11-16T05:00:00.000Z"]')).toHaveCount(3);
    await expect(page.getByText('Conrad Bali, Nusa Dua, Bali, Indonesia')).toBeVisible();
    await expect(page.getByText('Hybrid: in person and virtual')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Invited countries (21)' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Manage this event' })).toHaveCount(0);
    await expectAccessibleInBothLanguages(page, 'event page');
  });

  await test.step('Bahasa Indonesia is shown after the switch and remembered after a reload', async () => {
    await switchLanguage(page, 'id');
    await expect(page.getByRole('heading', { level: 1, name: EVENT_NAME_ID })).toBeVisible();
    await expect(page.getByText('Menyingkap Diplomasi Digital di Era Kenormalan Baru')).toBeVisible();
    await expect(page.getByText('Waktu acara')).toBeVisible();
    await expect(page.getByText(/pukul 13\.00\s*–\s*17\.40 WITA/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bahasa Indonesia' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: EVENT_NAME_ID })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page).toHaveTitle(`${EVENT_NAME_ID} · Pendopo`);
    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1, name: EVENT_NAME })).toBeVisible();
  });

  await test.step('the organizer asks for a sign-in link and opens it from the mail', async () => {
    await page.getByRole('link', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectAccessibleInBothLanguages(page, 'sign-in');
    const byLink = page.getByRole('region', { name: 'Sign in with a link by e-mail' });
    const before = mailCount();
    await byLink.getByLabel('E-mail address').fill(ORGANIZER);
    await byLink.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await expect(byLink.getByRole('status')).toContainText('Check your mail');
    await expectAccessibleInBothLanguages(page, 'sign-in, link sent');

    const mail = await waitForMail(ORGANIZER, { after: before, subject: /sign-in link/ });
    signInLink = linkIn(mail, `${new URL(page.url()).origin}/sign-in/link?`);
    await page.goto(signInLink);
    // The link brings the organizer back to the page they were reading, signed in.
    await expect(page).toHaveURL(/\/events\/icdd-2021$/);
    await expect(page.getByText('ICDD Secretariat (demo)')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  await test.step('a signed-in reader’s language is kept with the account, for their other browsers', async () => {
    await switchLanguage(page, 'id');
    await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
    // Another browser with the same session but nothing remembered on the device.
    const cookies = (await page.context().storageState()).cookies;
    const other = await browser.newContext({ storageState: { cookies, origins: [] } });
    const otherPage = await other.newPage();
    await otherPage.goto('/events/icdd-2021');
    await expect(otherPage.getByRole('heading', { level: 1, name: EVENT_NAME_ID })).toBeVisible();
    await other.close();
    await switchLanguage(page, 'en');
  });

  await test.step('in the organizer area the organizer changes the theme', async () => {
    await page.getByRole('link', { name: 'Manage this event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Organizer area/ })).toBeVisible();
    // The organizer area opens on the dashboard; the settings are one link away.
    await expect(page.getByRole('heading', { level: 2, name: 'Dashboard' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Organizer area' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
    await expectAccessibleInBothLanguages(page, 'organizer settings');
    await expect(page.getByLabel('Theme in English')).toHaveValue(THEME);
    await page.getByLabel('Theme in English').fill(NEW_THEME);
    await page.getByLabel('Theme in Bahasa Indonesia').fill(NEW_THEME_ID);
    await page.getByRole('button', { name: 'Save About' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  });

  await test.step('the public page shows the new theme', async () => {
    await page.getByRole('link', { name: 'View the public page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: EVENT_NAME })).toBeVisible();
    await expect(page.getByText(NEW_THEME)).toBeVisible();
    await expect(page.getByText(THEME)).toHaveCount(0);
    await page.reload();
    await expect(page.getByText(NEW_THEME)).toBeVisible();
  });

  await test.step('the audit log shows who changed the theme, and to what', async () => {
    await page.getByRole('link', { name: 'Manage this event' }).click();
    await page.getByRole('navigation', { name: 'Organizer area' }).getByRole('link', { name: 'Audit log' }).click();
    const newest = page.getByRole('list', { name: 'Audit log of this event' }).getByRole('listitem').first();
    await expect(newest).toContainText("ICDD Secretariat (demo) changed the event's settings");
    await expect(newest).toContainText(NEW_THEME);
    await expect(newest).toContainText(/UTC/);
    await expectAccessibleInBothLanguages(page, 'audit log');
  });

  await test.step('the roles and the outbox of the event, and all mail, are readable', async () => {
    const nav = page.getByRole('navigation', { name: 'Organizer area' });
    await nav.getByRole('link', { name: 'Roles' }).click();
    await expect(page.getByRole('cell', { name: ORGANIZER })).toBeVisible();
    await expectAccessibleInBothLanguages(page, 'roles');
    await nav.getByRole('link', { name: 'Outbox' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Outbox' })).toBeVisible();
    await expectAccessibleInBothLanguages(page, 'event outbox');
    await page.getByRole('link', { name: 'All mail' }).click();
    const mailRow = page.getByRole('row').filter({ hasText: 'Your Pendopo sign-in link' }).first();
    await expect(mailRow).toContainText(ORGANIZER);
    await mailRow.getByText('Your Pendopo sign-in link').click();
    await expect(mailRow.getByText('Open this link to sign in to Pendopo')).toBeVisible();
    await expectAccessibleInBothLanguages(page, 'all mail');
  });

  await test.step('the organizer signs out; the organizer area then asks to sign in', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeFocused();
    await expect(page.getByText('ICDD Secretariat (demo)')).toHaveCount(0);
    await page.goto('/events/icdd-2021/manage/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeVisible();
  });

  await test.step('the sign-in link does not work a second time', async () => {
    await page.goto(signInLink);
    await expect(page.getByRole('heading', { level: 1, name: 'This sign-in link does not work' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('used already');
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await expectAccessibleInBothLanguages(page, 'used sign-in link');
  });
});
