import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAccessible, switchLanguage } from '../support/a11y.js';
import { signInByMail } from '../support/auth.js';
import { registerAndOpenLink } from '../support/registrant.js';
import { expect, test } from '../support/test.js';

// The demo event, ICDD 2021, ended on 16 November 2021 at 17:40 WITA: its pages say it took place.
const EVENT = '/events/icdd-2021';
const PROGRAMME = `${EVENT}/programme`;
const PANEL_B = 'Panel B: Innovation for MSMEs';
const CRISIS = 'Country statements: digital diplomacy for crisis management';
const SHOTS = '/tmp/shots-public';

const card = (page: Page, title: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const heightOf = async (page: Page, title: string) => (await card(page, title).boundingBox())?.height ?? 0;

/** A registrant of the demo event, signed in to their account by a mailed link (as the agenda needs). */
async function signInAsRegistrant(page: Page) {
  const email = `timetable-${Date.now().toString(36)}@example.org`;
  await page.goto(EVENT);
  await registerAndOpenLink(page, 'icdd-2021', { name: 'Sari Timetable', email });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await signInByMail(page, email, PROGRAMME);
}

test('the timetable: full width, heights by duration, rooms once, my agenda marked; a list on a phone', async ({
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsRegistrant(page);
  await card(page, PANEL_B)
    .getByRole('button', { name: `Add to my agenda: ${PANEL_B}` })
    .click();
  await expect(card(page, PANEL_B).getByText('In my agenda', { exact: true })).toBeVisible();

  // Full width: the four panel columns reach within 2rem of both edges of a 1280 px window.
  const grid = await page.locator('.day-grid').first().boundingBox();
  expect(grid?.x ?? 99).toBeLessThanOrEqual(32);
  expect((grid?.x ?? 0) + (grid?.width ?? 0)).toBeGreaterThanOrEqual(1280 - 48);

  // Heights follow the minutes: the 90-minute panel above the 55-minute plenary above the 10-minute break.
  const panel = await heightOf(page, PANEL_B);
  const plenary = await heightOf(page, CRISIS);
  const pause = await heightOf(page, 'Break');
  expect(panel).toBeGreaterThan(plenary);
  expect(plenary).toBeGreaterThan(pause);
  // 90 against 55 minutes: the panel is at least 1.4 times the plenary's height (1.64 by the clock).
  expect(panel / plenary).toBeGreaterThan(1.4);

  // The room is the column's heading, not a line in each card (a screen reader still hears it).
  await expect(page.locator('.day-grid-room').filter({ hasText: 'Panel Room B: Innovation for MSMEs' })).toBeVisible();
  const roomLine = card(page, PANEL_B).getByText('Panel Room B: Innovation for MSMEs');
  await expect(roomLine).toHaveCount(1);
  expect((await roomLine.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);

  // Only the session in my agenda is marked.
  await expect(page.locator('.session-card.in-agenda')).toHaveCount(1);
  await expect(page.getByText('In my agenda', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'This event has taken place' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/timetable-1280-en.png`, fullPage: true });
  await expectAccessible(page, 'timetable, 1280 px, English');
  await switchLanguage(page, 'id');
  await expect(card(page, 'Panel B: Inovasi untuk UMKM').getByText('Ada di agenda saya')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Acara ini telah berlangsung' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/timetable-1280-id.png`, fullPage: true });
  await expectAccessible(page, 'timetable, 1280 px, Indonesian');

  // A 390 px phone: one readable list in time order, each card naming its room, nothing sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  const boxes = await page.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect()));
  expect(boxes).toHaveLength(10);
  for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]?.top ?? 0).toBeGreaterThan(boxes[i - 1]?.bottom ?? 0);
  await expect(card(page, 'Panel B: Inovasi untuk UMKM').getByText('Ruang Panel B: Inovasi untuk UMKM')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/timetable-390-id.png`, fullPage: true });
  await expectAccessible(page, 'timetable, 390 px, Indonesian');
  await switchLanguage(page, 'en');
  await page.screenshot({ path: `${SHOTS}/timetable-390-en.png`, fullPage: true });
  await expectAccessible(page, 'timetable, 390 px, English');
});

test('the plenary numbered per theme with confirmed delegations only; the statements session lists its speakers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${EVENT}/delegations`);
  const segments = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) });
  const crisis = page.getByRole('region', { name: 'Digital Diplomacy for Crisis Management' });
  const opportunities = page.getByRole('region', { name: 'Digital Diplomacy and the New Era of Opportunities' });
  // Each segment counts from 1; only confirmed delegations (the demo's 19), none "not confirmed".
  for (const segment of [crisis, opportunities]) {
    const numbers = await segment
      .getByRole('listitem')
      .evaluateAll((items) => items.map((li) => (li as HTMLLIElement).value));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  }
  const total = (await crisis.getByRole('listitem').count()) + (await opportunities.getByRole('listitem').count());
  expect(total).toBe(19);
  expect(await segments.count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByText('Theme not chosen yet')).toHaveCount(0);
  await expectAccessible(page, 'plenary, English');
  const crisisNames = await crisis.getByRole('listitem').getByRole('link').allTextContents();

  // The session of that theme's statements lists the same speakers in the same order.
  await page.goto(PROGRAMME);
  await card(page, CRISIS).getByRole('link', { name: CRISIS, exact: true }).click();
  const speakers = page.getByRole('region', { name: 'Country statements in speaking order' });
  await expect(speakers.getByRole('listitem').getByRole('link')).toHaveText(crisisNames);
  await expectAccessible(page, 'statements session, English');
  await switchLanguage(page, 'id');
  await expect(page.getByRole('region', { name: 'Pernyataan negara menurut urutan bicara' })).toBeVisible();
  await expectAccessible(page, 'statements session, Indonesian');
  await page.goto(`${EVENT}/delegations`);
  await expectAccessible(page, 'plenary, Indonesian');
  await switchLanguage(page, 'en');
});

test('the ended banner on the event and register pages; a long checkbox label beside its box at 390 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(EVENT);
  const banner = page.getByRole('region', { name: 'This event has taken place' });
  await expect(banner).toContainText('It took place on 16 November 2021.');
  await expect(banner.getByRole('link', { name: 'The outcome document' })).toHaveAttribute('href', `${EVENT}/outcome`);
  await expect(banner.getByRole('link', { name: 'The commitments tracker' })).toHaveAttribute(
    'href',
    `${EVENT}/commitments`,
  );
  await expectAccessible(page, 'event page ended, English');

  // Registering stays possible after the event: the form is there under the banner.
  await page.goto(`${EVENT}/register`);
  await expect(page.getByRole('region', { name: 'This event has taken place' })).toBeVisible();
  const consent = page.getByRole('checkbox', { name: /I have read the privacy notice/ });
  await expect(consent).toBeVisible();
  const box = await consent.boundingBox();
  const label = await page.locator(`label[for="${await consent.getAttribute('id')}"]`).boundingBox();
  // Beside, not under: the words start right of the box, and their first line is level with it.
  expect(label?.x ?? 0).toBeGreaterThan((box?.x ?? 0) + (box?.width ?? 0));
  expect(label?.y ?? 999).toBeLessThan((box?.y ?? 0) + (box?.height ?? 0));
  expect(label?.height ?? 0).toBeGreaterThan(30);
  await expectAccessible(page, 'register page ended, 390 px, English');
  await switchLanguage(page, 'id');
  await expect(page.getByRole('region', { name: 'Acara ini telah berlangsung' })).toBeVisible();
  const consentId = page.getByRole('checkbox', { name: /privasi/ });
  const boxId = await consentId.boundingBox();
  const labelId = await page.locator(`label[for="${await consentId.getAttribute('id')}"]`).boundingBox();
  expect(labelId?.x ?? 0).toBeGreaterThan((boxId?.x ?? 0) + (boxId?.width ?? 0));
  expect(labelId?.y ?? 999).toBeLessThan((boxId?.y ?? 0) + (boxId?.height ?? 0));
  await expectAccessible(page, 'register page ended, 390 px, Indonesian');
  await switchLanguage(page, 'en');
});
