import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { expect, test } from '../support/test.js';

const SLUG = 'icdd-2021';
const stamp = Date.now().toString(36);
// Media in person waits for accreditation (the default form): three people for the review queue.
const PEOPLE = [
  { name: `Ayu Review ${stamp}`, email: `ayu-${stamp}@example.org` },
  { name: `Budi Review ${stamp}`, email: `budi-${stamp}@example.org` },
  { name: `<script>alert(1)</script> ${stamp}`, email: `script-${stamp}@example.org` },
];

async function register(page: Page, person: { name: string; email: string }) {
  const response = await page.request.post(`/api/events/${SLUG}/registrations`, {
    data: {
      ...person,
      country: 'FJ',
      organization: 'Fiji Broadcasting',
      sector: 'media',
      attendance: 'in_person',
      category: 'media',
      consent: true,
    },
  });
  expect(response.status()).toBe(201);
  expect((await response.json()).status).toBe('pending');
}

test('the organizer reviews the pending queue, approves two at once, declines one with a reason, exports and checks an import', async ({
  page,
}) => {
  for (const person of PEOPLE) await register(page, person);
  await signInByMail(page, ORGANIZER.email, `/events/${SLUG}/manage/registrations`);
  await expect(page.getByRole('heading', { level: 2, name: 'Registrations' })).toBeVisible();

  // The review queue is the list filtered to pending; the search narrows it to this run's people.
  await page.getByRole('link', { name: 'Review queue (pending)' }).click();
  await expect(page.getByLabel('Pending', { exact: true })).toBeChecked();
  await page.getByRole('searchbox', { name: 'Search' }).fill(stamp);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/status=pending/);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('3 registrations match.');
  // A script tag in a name is text on the page.
  await expect(page.getByRole('link', { name: PEOPLE[2]?.name })).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'review queue');

  await page.getByRole('checkbox', { name: `Select ${PEOPLE[0]?.name}` }).check();
  await page.getByRole('checkbox', { name: `Select ${PEOPLE[1]?.name}` }).check();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('2 registrations approved.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 registration matches.');

  // The keyboard alone: Space ticks the box, Enter sends the decline.
  await page.getByRole('checkbox', { name: `Select ${PEOPLE[2]?.name}` }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Reason').fill('The media places are full.');
  await page.getByRole('button', { name: 'Decline' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 registration declined.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('0 registrations match.');

  // Everyone of this run, with their new status, in the list and in the CSV.
  await page.goto(`/events/${SLUG}/manage/registrations?q=${stamp}&sort=name&order=asc`);
  await page.getByRole('button', { name: /^Country/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=country&order=asc/);
  await expect(page.getByRole('columnheader', { name: /^Country/ })).toHaveAttribute('aria-sort', 'ascending');
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: PEOPLE[0]?.name ?? '' })).toContainText('Confirmed');
  await expect(rows.filter({ hasText: PEOPLE[2]?.name ?? '' })).toContainText('Declined');
  await rows
    .filter({ hasText: PEOPLE[2]?.name ?? '' })
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 3, name: PEOPLE[2]?.name })).toBeVisible();
  await expect(page.getByText('The media places are full.')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /Download as CSV/ }).click();
  const csv = readFileSync((await (await downloading).path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFFid,created_at,status')).toBe(true);
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  expect(csv).toContain(`${PEOPLE[0]?.email}`);

  // A dry run names each bad row and column, and imports nobody.
  const file = [
    'name,email,country,organization,sector,attendance',
    `Siti Import,siti-${stamp}@example.org,ID,Kemlu,government,virtual`,
    `Bad Country,bad-${stamp}@example.org,XX,Kemlu,government,virtual`,
    `No Sector,nosector-${stamp}@example.org,ID,Kemlu,,virtual`,
  ].join('\r\n');
  await page
    .getByLabel('CSV file', { exact: true })
    .setInputFiles({ name: 'invited.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('alert')).toHaveText('2 rows need fixing. Nothing was imported.');
  const issues = page.getByRole('table', { name: '2 problems in the file' });
  await expect(issues.getByRole('row').nth(1)).toContainText('3country');
  await expect(issues.getByRole('row').nth(2)).toContainText('4sector');
  await expectAccessibleInBothLanguages(page, 'list with import report');
  await page.goto(`/events/${SLUG}/manage/registrations?q=siti-${stamp}`);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('0 registrations match.');
});

test('the figures show a chart beside a table per dimension, in both languages', async ({ page }) => {
  await signInByMail(page, ORGANIZER.email, `/events/${SLUG}/manage/figures`);
  await expect(page.getByRole('heading', { level: 2, name: 'Figures' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Bar chart: By country/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By country' }).getByRole('rowheader', { name: 'Fiji' })).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'figures');
});
