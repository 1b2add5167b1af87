import type { Page } from '@playwright/test';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { createOwnEvent } from '../support/events.js';
import { mailCount, waitForMail } from '../support/mail.js';
import { expect, test } from '../support/test.js';

const stamp = Date.now().toString(36);
const slug = `regs-${stamp}`;
const SHOTS = '/tmp/shots-regs';
const ORGANIZATIONS = ['Kementerian Komunikasi dan Informatika Republik Indonesia', 'UNDP', 'Universitas Gadjah Mada'];

/** Fifty invited people, imported through the API into the test's own event. */
async function importFifty(page: Page, headers: Record<string, string>) {
  const rows = Array.from({ length: 50 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const organization = ORGANIZATIONS[i % ORGANIZATIONS.length];
    return `Person ${n} Wicaksono Hadiningrat,p${n}-${stamp}@example.org,${i % 2 ? 'ID' : 'FJ'},${organization},government,${i % 3 ? 'in_person' : 'virtual'}`;
  });
  const csv = ['name,email,country,organization,sector,attendance', ...rows].join('\r\n');
  const imported = await page.request.post(`/api/events/${slug}/registrations/import`, {
    headers,
    data: { csv, dryRun: false },
  });
  expect(imported.status()).toBe(200);
  expect((await imported.json()).imported).toBe(50);
}

/** Each row's height against the line-height of its text: more than two lines fails. */
async function tallestRowInLines(page: Page): Promise<number> {
  return page.locator('table.registration-list tbody tr').evaluateAll((rows) =>
    Math.max(
      ...rows.map((row) => {
        const cell = row.querySelector('th') as HTMLElement;
        const style = getComputedStyle(cell);
        const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
        const padding = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom);
        return (row.getBoundingClientRect().height - padding - 1) / lineHeight;
      }),
    ),
  );
}

const bodyRows = (page: Page) => page.locator('table.registration-list tbody tr');

test('the registrations table: compact rows, columns, page size, sticky bulk bar, clear filters, the detail panel', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInByMail(page, ORGANIZER.email, '/');
  const { headers } = await createOwnEvent(page, { slug, name: { en: `Table ${stamp}` } });
  await importFifty(page, headers);
  await page.goto(`/events/${slug}/manage/registrations`);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('50 registrations match.');
  await expect(bodyRows(page)).toHaveCount(50);

  // At 1280 px every row is one line (two at most), the filters leave the table on the first screen.
  expect(await tallestRowInLines(page)).toBeLessThanOrEqual(2);
  const tableTop = await page.locator('table.registration-list').evaluate((t) => t.getBoundingClientRect().top);
  expect(tableTop).toBeLessThan(900);
  await page.screenshot({ path: `${SHOTS}/table-1280.png`, fullPage: true });

  // Columns, remembered in this browser: E-mail off, still off after a reload, then on again.
  await page
    .locator('summary')
    .filter({ hasText: /^Columns$/ })
    .click();
  await page.getByRole('checkbox', { name: 'E-mail', exact: true }).uncheck();
  await expect(page.getByRole('columnheader', { name: 'E-mail' })).toHaveCount(0);
  await page.reload();
  await expect(bodyRows(page)).toHaveCount(50);
  await expect(page.getByRole('columnheader', { name: 'E-mail' })).toHaveCount(0);
  await page
    .locator('summary')
    .filter({ hasText: /^Columns$/ })
    .click();
  await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
  await expect(page.getByRole('columnheader', { name: 'E-mail' })).toBeVisible();
  await page
    .locator('summary')
    .filter({ hasText: /^Columns$/ })
    .click();

  // Page size: 25 a page, then 100.
  await page.getByLabel('Rows per page').selectOption('25');
  await expect(page).toHaveURL(/size=25/);
  await expect(bodyRows(page)).toHaveCount(25);
  await expect(page.getByText('Page 1 of 2')).toBeVisible();
  await page.getByLabel('Rows per page').selectOption('100');
  await expect(bodyRows(page)).toHaveCount(50);

  // Selected rows bring the bulk bar, which stays in sight while the page scrolls.
  for (const n of ['01', '02', '03']) {
    await page.getByRole('checkbox', { name: `Select Person ${n} Wicaksono Hadiningrat` }).check();
  }
  const bar = page.getByRole('region', { name: '3 selected.' });
  await expect(bar).toBeVisible();
  await page.mouse.wheel(0, 3000);
  await expect(bodyRows(page).last()).toBeInViewport();
  await expect(bar).toBeInViewport();
  await expectAccessibleInBothLanguages(page, 'table with a selection');
  await bar.getByRole('button', { name: 'Clear the selection' }).click();
  await expect(bar).toHaveCount(0);

  // Filtered to nothing: "clear filters" brings the rows back.
  await page.getByRole('searchbox', { name: 'Search' }).fill('nobody-by-this-name');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('No registration matches these filters.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Search: nobody-by-this-name/ })).toBeVisible();
  await page.getByRole('link', { name: 'Clear the filters' }).click();
  await expect(bodyRows(page)).toHaveCount(50);

  // The detail panel: focus on its heading, a note, the history, a new personal link.
  const name = 'Person 07 Wicaksono Hadiningrat';
  await page.getByRole('link', { name }).click();
  const panel = page.getByRole('complementary', { name });
  await expect(panel.getByRole('heading', { level: 3, name })).toBeFocused();
  await expect(panel.getByText(ORGANIZATIONS[0] ?? '')).toBeVisible();
  await panel.getByLabel('Private note').fill('Prefers the morning session.');
  await panel.getByRole('button', { name: 'Save the note' }).click();
  await expect(panel.getByText('The note was saved.')).toBeVisible();
  const history = panel.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText(
    `${ORGANIZER.name} saved a staff note on a registration`,
  );
  await expect(history).toContainText('registered');
  const before = mailCount();
  await panel.getByRole('button', { name: 'Send a new personal link' }).click();
  await panel.getByRole('button', { name: 'Send the new link' }).click();
  await expect(panel.getByText(`A new personal link was sent to p07-${stamp}@example.org.`)).toBeVisible();
  const mail = await waitForMail(`p07-${stamp}@example.org`, { after: before, subject: /new personal link/ });
  const token = /token=([^\s]+)/.exec(mail.text)?.[1] ?? '';
  expect(token.length).toBeGreaterThan(20);
  await expect(history.getByRole('listitem').first()).toContainText('sent a registrant a new personal link');
  expect(await page.content()).not.toContain(token);
  await expectAccessibleInBothLanguages(page, 'detail panel');
  await page.screenshot({ path: `${SHOTS}/detail-1280.png` });

  // Escape closes the panel and gives the focus back to the row's link.
  await panel.getByLabel('Private note').focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('link', { name })).toBeFocused();

  // A phone: no page-wide sideways scroll; the table scrolls in its own box.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(bodyRows(page)).toHaveCount(50);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/table-390.png`, fullPage: true });
  await expectAccessibleInBothLanguages(page, 'table on a phone');
  await page.getByRole('link', { name }).click();
  await expect(panel.getByRole('heading', { level: 3, name })).toBeFocused();
  const panelOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(panelOverflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/detail-390.png` });
});
