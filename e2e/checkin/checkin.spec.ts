import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { hasPoppler, qrCodesOf } from '../../src/server/testing/pdf.js';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { linkIn, mailCount, waitForMail } from '../support/mail.js';
import { expect, test } from '../support/test.js';
import { writeQrVideo } from './qrVideo.js';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

const SLUG = 'icdd-2021';
const CHECK_IN = `/events/${SLUG}/check-in`;

// One sign-in for the file: the server allows few sign-in mails a minute.
let staff: StorageState;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await signInByMail(await context.newPage(), ORGANIZER.email);
  staff = await context.storageState();
  await context.close();
});

/**
 * A visitor registers in person through the public API, opens the personal link of
 * the confirmation mail, and downloads their badge; answers the code it carries.
 */
async function registerAndDownloadBadge(context: BrowserContext, name: string): Promise<string> {
  const email = `guest-${randomBytes(4).toString('hex')}@example.org`;
  const before = mailCount();
  const registered = await context.request.post(`/api/events/${SLUG}/registrations`, {
    data: {
      name,
      email,
      country: 'VN',
      organization: 'Bộ Ngoại giao',
      sector: 'government',
      attendance: 'in_person',
      consent: true,
    },
  });
  expect(registered.status()).toBe(201);
  expect((await registered.json()).status).toBe('confirmed');
  const mail = await waitForMail(email, { after: before });
  const origin = new URL(registered.url()).origin;

  // The personal link of the mail opens their registration, signed in; the badge downloads from there.
  const page = await context.newPage();
  await page.goto(linkIn(mail, `${origin}/events/${SLUG}/registration?token=`));
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my badge (PDF)' }).click();
  const bytes = readFileSync((await (await download).path()) ?? '');
  await page.close();
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getPageCount()).toBe(1);
  expect(pdf.getTitle()).toContain(name);
  const exported = await (await context.request.get(`/api/events/${SLUG}/registrations/me/export`)).json();
  const code: string = exported.checkInCode;
  expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
  // The QR code on the badge carries the same code (poppler renders the page; CI installs it).
  if (hasPoppler) expect(qrCodesOf(bytes)).toEqual([code]);
  return code;
}

async function staffPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(CHECK_IN);
  await expect(page.getByRole('heading', { level: 1, name: /Check-in/ })).toBeVisible();
  await expect(page.getByText(/Checked in: \d+ of \d+/)).toBeVisible();
  return page;
}

test('staff check a registrant in by typing the code, and are warned the second time', async ({ browser }) => {
  const guest = await browser.newContext();
  const name = `Nguyễn Thị Hương <i>${randomBytes(2).toString('hex')}</i>`;
  const code = await registerAndDownloadBadge(guest, name);
  await guest.close();

  const context = await browser.newContext({ storageState: staff });
  const page = await staffPage(context);
  const count = page.getByText(/Checked in: \d+ of \d+/);
  const before = Number(/Checked in: (\d+)/.exec((await count.textContent()) ?? '')?.[1]);

  // Keyboard only: the field has the focus; staff type the code as it reads, lower case and spaced.
  await expect(page.getByLabel('Check-in code')).toBeFocused();
  await page.keyboard.type(code.toLowerCase().replace(/-/g, ' '));
  await page.keyboard.press('Enter');
  const outcome = page.getByRole('status').filter({ hasText: 'Checked in' });
  await expect(outcome).toContainText(name);
  await expect(outcome).toContainText('Public participant');
  await expect(outcome).toContainText('Vietnam');
  await expect(page.locator('i')).toHaveCount(0);
  await expect(count).toHaveText(new RegExp(`Checked in: ${before + 1} of`));

  // Ready for the next badge at once: the field has the focus again, the last code selected to type over.
  await expect(page.getByLabel('Check-in code')).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  const warning = page.getByRole('alert');
  await expect(warning).toContainText('Warning: already checked in');
  await expect(warning).toContainText(name);
  await expect(warning).toContainText('WITA');
  await expect(count).toHaveText(new RegExp(`Checked in: ${before + 1} of`));
  await expectAccessibleInBothLanguages(page, 'check-in page with a repeat warning');

  await page.getByLabel('Check-in code').fill('00000-00000-00000-00000');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('No badge of this event carries this code.');
  await page.getByLabel('Check-in code').fill('');
  await page.reload();
  await expect(page.getByText(/Checked in: \d+ of \d+/)).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'check-in page');

  // This browser has no camera: staff are told to type the code instead.
  await page.getByRole('button', { name: 'Scan with camera' }).click();
  await expect(page.getByRole('alert')).toContainText(/type the code/i);
  await expectAccessibleInBothLanguages(page, 'check-in page without a camera');
  await page.getByRole('button', { name: 'Stop the camera' }).click();
  await expect(page.getByLabel('Check-in code')).toBeFocused();
  await context.close();
});

test('staff check a registrant in by scanning the badge with the camera', async () => {
  const video = join(mkdtempSync(join(tmpdir(), 'pendopo-camera-')), 'badge.y4m');
  // The fake camera is chosen at launch: this browser is its own, fed a film of the badge's QR code.
  const setup = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const guest = await setup.newContext({ baseURL: process.env.PENDOPO_E2E_URL });
  const name = `Олена Коваленко ${randomBytes(2).toString('hex')}`;
  const code = await registerAndDownloadBadge(guest, name);
  await setup.close();
  writeQrVideo(video, code);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await browser.newContext({
      baseURL: process.env.PENDOPO_E2E_URL,
      storageState: staff,
      permissions: ['camera'],
      // A phone held at the door.
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await staffPage(context);
    await page.getByRole('button', { name: 'Scan with camera' }).click();
    const outcome = page.getByRole('status').filter({ hasText: 'Checked in' });
    await expect(outcome).toContainText(name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The camera is released once the code is read.
    await expect(page.locator('video')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('the check-in page asks the anonymous, and a registrant holding only their personal link, to sign in', async ({
  browser,
}) => {
  const anonymous = await browser.newContext();
  const page = await anonymous.newPage();
  await page.goto(CHECK_IN);
  await expect(page.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeVisible();
  await anonymous.close();

  const guest = await browser.newContext();
  await registerAndDownloadBadge(guest, 'Ayu Lestari');
  const guestPage = await guest.newPage();
  await guestPage.goto(CHECK_IN);
  // The personal link opens the registration only, never an account (issue 9): to staff pages it is nobody.
  await expect(guestPage.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeVisible();
  await expectAccessibleInBothLanguages(guestPage, 'check-in page, personal link only');
  await guest.close();
});
