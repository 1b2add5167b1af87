import { readFileSync } from 'node:fs';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { linkIn, mailCount, waitForMail } from '../support/mail.js';
import { expect, test } from '../support/test.js';

// A visitor in Finland whose browser speaks Indonesian: 15:25 WITA (UTC+8) on 16 November 2021
// is 07:25 UTC and 09:25 in Helsinki (EET, UTC+2 in November: the same name in Indonesian as in English).
test.use({ timezoneId: 'Europe/Helsinki', locale: 'id-ID' });

const PROGRAMME = '/events/icdd-2021/programme';
const PANEL_D = 'Panel D: Big data dalam manajemen krisis';
const email = `helsinki-${Date.now().toString(36)}@example.fi`;

test('a visitor in Helsinki reads the programme in Indonesian, signs in, and adds a panel to the agenda', async ({
  page,
}) => {
  // A registrant of the demo event (virtual attendance), whose account the personal link makes.
  const before = mailCount();
  const registered = await page.request.post('/api/events/icdd-2021/registrations', {
    data: {
      name: 'Aino Virtanen',
      email,
      country: 'FI',
      organization: 'Ulkoministeriö',
      sector: 'government',
      attendance: 'virtual',
      consent: true,
      language: 'id',
    },
  });
  expect(registered.status()).toBe(201);
  await page.goto('/events/icdd-2021');
  const origin = new URL(page.url()).origin;
  await page.goto(
    linkIn(await waitForMail(email, { after: before }), `${origin}/events/icdd-2021/registration?token=`),
  );
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toHaveCount(0);

  await page.goto(PROGRAMME);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { level: 1, name: /Susunan acara/ })).toBeVisible();
  await expect(page.getByText('Versi 1', { exact: true })).toBeVisible();
  const panel = page.getByRole('article').filter({ has: page.getByRole('heading', { name: PANEL_D }) });
  await expect(panel.locator('time')).toHaveText(['15.25–16.55 WITA', '09.25–10.55 EET', '07.25–08.55 UTC']);
  // The room heads its column; the card names it to a screen reader only.
  await expect(
    page.locator('.day-grid-room').filter({ hasText: 'Ruang Panel D: Big Data dalam Manajemen Krisis' }),
  ).toBeVisible();
  await expect(panel.getByText('Ruang Panel D: Big Data dalam Manajemen Krisis')).toHaveCount(1);

  // Only the panels, by keyboard; the address keeps the choice and the count says what is shown.
  await page.getByLabel('Jenis sesi').focus();
  await page.getByLabel('Jenis sesi').selectOption({ label: 'Panel' });
  await expect(page.getByRole('status').filter({ hasText: 'dari' })).toHaveText('4 dari 10 sesi ditampilkan');
  await expect(page).toHaveURL(/type=panel/);
  await expect(page.getByRole('article')).toHaveCount(4);

  // Anonymous: a link to sign in that comes back here, filter and all.
  await page.getByRole('link', { name: 'Masuk untuk menyusun agenda Anda sendiri' }).click();
  const byLink = page.getByRole('region', { name: 'Masuk dengan tautan lewat surel' });
  await byLink.getByLabel('Alamat surel').fill(email);
  const beforeLink = mailCount();
  await byLink.getByRole('button', { name: 'Kirimkan tautan masuk' }).click();
  const signInMail = await waitForMail(email, { after: beforeLink });
  await page.goto(linkIn(signInMail, `${origin}/sign-in/link?`));
  await expect(page).toHaveURL(/\/events\/icdd-2021\/programme\?type=panel$/);
  await expect(page.getByRole('article')).toHaveCount(4);

  await panel.getByRole('button', { name: `Tambahkan ke agenda saya: ${PANEL_D}` }).click();
  await expect(panel.getByRole('status')).toHaveText(`${PANEL_D} ditambahkan ke agenda Anda.`);
  await expect(panel.getByRole('button', { name: `Hapus dari agenda saya: ${PANEL_D}` })).toBeVisible();

  await page.getByRole('link', { name: 'Agenda saya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Agenda saya/ })).toBeVisible();
  const mine = page.getByRole('article');
  await expect(mine).toHaveCount(1);
  await expect(mine.getByRole('heading', { name: PANEL_D })).toBeVisible();
  await expect(mine.locator('time')).toHaveText(['15.25–16.55 WITA', '09.25–10.55 EET', '07.25–08.55 UTC']);
  const address = page.getByLabel('Alamat kalender Anda');
  await expect(address).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/.+/);
  await expect(page.getByText('Alamat ini bersifat pribadi', { exact: false })).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'agenda');

  // A new secret address replaces the old one.
  const old = await address.inputValue();
  await page.getByRole('button', { name: 'Buat alamat baru' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'alamat baru' })).toHaveText(
    'Agenda Anda memiliki alamat baru. Alamat lama tidak berlaku lagi.',
  );
  await expect(address).not.toHaveValue(old);

  // Taken off, the panel stays in view with the way to add it back; gone once the page is read again.
  await mine.getByRole('button', { name: `Hapus dari agenda saya: ${PANEL_D}` }).click();
  await expect(mine.getByRole('button', { name: `Tambahkan ke agenda saya: ${PANEL_D}` })).toBeFocused();
  await expect(page.getByText('Agenda Anda masih kosong. Tambahkan sesi dari susunan acara.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(0);
});

test('the visitor downloads a panel’s calendar file, in Indonesian', async ({ page }) => {
  await page.goto(PROGRAMME);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('link', { name: PANEL_D, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(PANEL_D) })).toBeVisible();
  const link = page.getByRole('link', { name: 'Tambahkan sesi ini ke kalender Anda (.ics)' });
  await expect(link).toHaveAttribute('href', /^\/events\/icdd-2021\/sessions\/[0-9a-f-]{36}\.ics\?lang=id$/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^icdd-2021-session-[0-9a-f]{8}\.ics$/);
  const path = await download.path();
  // Long lines are folded (RFC 5545): unfold before reading.
  const calendar = readFileSync(path, 'utf8').replace(/\r?\n[ \t]/g, '');
  expect(calendar).toContain(`SUMMARY:${PANEL_D}`);
  // 15:25 WITA is 07:25 UTC, in whichever form the file gives it.
  expect(calendar).toMatch(/^DTSTART(:20211116T072500Z|;TZID=Asia\/Makassar:20211116T152500)\r?$/m);
});
