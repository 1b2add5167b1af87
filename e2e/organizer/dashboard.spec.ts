import type { Browser, Page } from '@playwright/test';
import { expectAccessibleInBothLanguages, switchLanguage } from '../support/a11y.js';
import { ORGANIZER, requestSignInLink, SIGN_IN_SUBJECT, signInByMail } from '../support/auth.js';
import { linkIn, mailCount, waitForMail } from '../support/mail.js';
import { expect, test } from '../support/test.js';

const EVENT = '/events/icdd-2021';
// A secretariat member of the test's own: the demo's organizer holds the role in the other specs' events too.
const SECRETARIAT = { email: 'sekar.dashboard@example.org', name: 'Sekar Wulandari' };
const FOCAL_POINT = 'focal.point@icdd-2021.example';
const SHOTS = '/tmp/shots-dash';

async function csrfHeaders(page: Page) {
  return { 'x-csrf-token': (await (await page.request.get('/api/session')).json()).csrfToken as string };
}

/** Asks for a sign-in link with the page's own form, and opens it from the mail. */
async function signInWithForm(page: Page, email: string) {
  const byLink = page.getByRole('region', { name: 'Sign in with a link by e-mail' });
  await byLink.getByLabel('E-mail address').fill(email);
  const before = mailCount();
  const send = byLink.getByRole('button', { name: 'Send me a sign-in link' });
  const sent = byLink.getByRole('status').filter({ hasText: email });
  const refused = byLink.getByRole('alert');
  await send.click();
  await expect(sent.or(refused)).toBeVisible();
  // The run's browsers share 127.0.0.1 and its five links a minute: told to wait, the person waits.
  if (await refused.isVisible()) {
    await page.waitForTimeout(61_000);
    await send.click();
  }
  await expect(sent).toBeVisible();
  const mail = await waitForMail(email, { after: before, subject: SIGN_IN_SUBJECT });
  await page.goto(linkIn(mail, 'http'));
}

async function freshPage(browser: Browser) {
  return (await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' })).newPage();
}

/** Checks the page at 1280 px and 390 px, in both languages, and keeps a screenshot of each (out of the repository). */
async function atBothWidths(page: Page, label: string, shot: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessibleInBothLanguages(page, `${label} at ${width} px`);
    await page.screenshot({ path: `${SHOTS}/${shot}-${width}.png`, fullPage: true });
    await switchLanguage(page, 'id');
    await page.screenshot({ path: `${SHOTS}/${shot}-${width}-id.png`, fullPage: true });
    await switchLanguage(page, 'en');
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('each person lands where their role is: the secretariat on the dashboard, the focal point on the delegation with its tasks; a visitor is asked to sign in and brought back', async ({
  page,
  browser,
}) => {
  // Five sign-ins, each of which may wait out the minute's limit of links: long on a busy run.
  test.setTimeout(300_000);
  await signInByMail(page, ORGANIZER.email, '/');
  const granted = await page.request.post(`/api/events/icdd-2021/roles`, {
    headers: await csrfHeaders(page),
    data: { ...SECRETARIAT, role: 'secretariat' },
  });
  expect(granted.status()).toBe(201);

  // Signed out, the organizer area asks to sign in (not that it is for organizers), and comes back after.
  const visitor = await freshPage(browser);
  await visitor.goto(`${EVENT}/manage`);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeVisible();
  await expect(visitor.getByText('Sign in to open this page. You will come back here afterwards.')).toBeVisible();
  await expect(visitor.getByText(/for the event's organizers/)).toHaveCount(0);
  await expectAccessibleInBothLanguages(visitor, 'the organizer area, signed out');
  await visitor.getByRole('link', { name: 'Sign in to continue' }).click();
  await signInWithForm(visitor, SECRETARIAT.email);
  await expect(visitor).toHaveURL(new RegExp(`${EVENT}/manage$`));
  await expect(visitor.getByRole('heading', { level: 2, name: 'Dashboard' })).toBeVisible();
  await visitor.context().close();

  // Signing in from the sign-in page alone: the secretariat lands on the event's dashboard.
  const staff = await freshPage(browser);
  await staff.goto('/sign-in');
  await signInWithForm(staff, SECRETARIAT.email);
  await expect(staff).toHaveURL(new RegExp(`${EVENT}/manage$`));
  const nav = staff.getByRole('navigation', { name: 'Organizer area' });
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  const figures = staff.getByRole('list', { name: 'Today' });
  await expect(figures.getByRole('link', { name: /accreditations? to review/ })).toBeVisible();
  await expect(figures.getByRole('link', { name: /registrations? today/ })).toBeVisible();
  await expect(figures.getByRole('link', { name: /places? left at the venue/ })).toBeVisible();
  await expect(figures.getByRole('link', { name: /\d+ of \d+ checked in/ })).toBeVisible();
  await expect(figures.getByRole('link', { name: /mails? failing/ })).toBeVisible();
  await expect(staff.getByRole('heading', { level: 3, name: 'Deadlines coming' })).toBeVisible();
  await expect(staff.getByRole('heading', { level: 3, name: 'Live now' })).toBeVisible();
  const work = staff.getByRole('region', { name: 'Where the work is' });
  await expect(work.getByRole('link', { name: 'Outcome document: adoption' })).toBeVisible();
  await expect(work.getByRole('link', { name: "Commitments: the tracker's host view" })).toBeVisible();
  await atBothWidths(staff, 'the dashboard', 'dashboard');
  // Each figure opens where the staff act on it: the review queue, filtered.
  await figures.getByRole('link', { name: /accreditations? to review/ }).click();
  await expect(staff).toHaveURL(new RegExp(`${EVENT}/manage/registrations\\?status=pending$`));
  await staff.context().close();

  // The demo's focal point of Indonesia (who reads Indonesian) lands on the delegation, with its tasks.
  const focal = await freshPage(browser);
  const before = mailCount();
  await requestSignInLink(focal, { email: FOCAL_POINT });
  await focal.goto(linkIn(await waitForMail(FOCAL_POINT, { after: before, subject: SIGN_IN_SUBJECT }), 'http'));
  await expect(focal).toHaveURL(new RegExp(`${EVENT}/delegation$`));
  // In the language the account keeps, whichever an earlier walk left it in.
  await expect(
    focal.getByRole('heading', { level: 1, name: /(Our delegation|Delegasi kami): Indonesia/ }),
  ).toBeVisible();
  await switchLanguage(focal, 'en');
  const tasks = focal.getByRole('region', { name: 'Open tasks and deadlines' });
  await expect(tasks.getByRole('listitem').filter({ hasText: 'Send your country statement' })).toContainText('Done');
  await expect(tasks.getByRole('link', { name: /Speaking slot in the plenary: number \d+/ })).toBeVisible();
  await atBothWidths(focal, 'the focal point’s tasks', 'focal-point');
  await focal.context().close();
});
