import { readFileSync } from 'node:fs';
import { expectAccessibleInBothLanguages, switchLanguage } from '../support/a11y.js';
import { mailCount } from '../support/mail.js';
import { expect, test } from '../support/test.js';
import { EVENT, personalLink } from './personal-link.js';

test('a visitor registers in Indonesian with the keyboard, opens the personal link, changes, downloads and cancels', async ({
  page,
}) => {
  const email = 'wayan.sudarma@example.id';
  await page.goto(EVENT);
  await switchLanguage(page, 'id');
  await page.getByRole('link', { name: 'Daftar', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Daftar/ })).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'registration form');

  // Sent empty: the summary takes the focus and each field says what it needs, in Indonesian.
  await page.getByRole('button', { name: 'Daftar', exact: true }).focus();
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('Beberapa isian perlu diperbaiki');
  await expect(alert).toContainText('Nama lengkap');
  await expect(page.getByLabel('Nama lengkap')).toHaveAccessibleDescription(/Wajib diisi\..*Isian ini wajib diisi\./);
  await expect(
    page.getByRole('checkbox', { name: /Saya telah membaca pemberitahuan privasi/ }),
  ).toHaveAccessibleDescription(/Centang kotak ini/);
  await expectAccessibleInBothLanguages(page, 'registration form with errors');

  // Each entry of the summary leads to its field.
  await page.keyboard.press('Tab');
  await expect(alert.getByRole('link', { name: /^Nama lengkap:/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Nama lengkap')).toBeFocused();
  await page.keyboard.type('I Wayan Sudarma');
  // The honeypot is out of the tab order: the e-mail address comes next.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Alamat surel')).toBeFocused();
  await page.keyboard.type(email);
  await page.getByLabel('Negara').selectOption({ label: 'Indonesia' });
  await page.getByLabel('Organisasi').focus();
  await page.keyboard.type('Universitas Udayana');
  await page.getByRole('radio', { name: 'Akademisi' }).focus();
  await page.keyboard.press('Space');
  const inPerson = page.getByRole('radio', { name: 'Tatap muka, di tempat acara' });
  await expect(inPerson).toHaveAccessibleDescription(/Tersisa \d+ tempat di lokasi acara\./);
  await inPerson.focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: 'Ruang Panel A: Ekonomi Digital' }).focus();
  await page.keyboard.press('Space');
  // The privacy notice can be read before agreeing to it.
  await page.getByText(/Baca pemberitahuan privasi \(versi/).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Kementerian Luar Negeri Republik Indonesia, selaku tuan rumah/)).toBeVisible();
  await page.getByRole('checkbox', { name: /Saya telah membaca pemberitahuan privasi/ }).focus();
  await page.keyboard.press('Space');
  const before = mailCount();
  await page.getByRole('button', { name: 'Daftar', exact: true }).focus();
  await page.keyboard.press('Enter');

  const thanks = page.getByRole('heading', { name: 'Terima kasih: pendaftaran Anda sudah kami terima' });
  await expect(thanks).toBeFocused();
  await expect(page.getByText('Dikonfirmasi', { exact: true })).toBeVisible();
  await expect(page.getByText(`Surel berisi tautan pribadi Anda sedang dikirim ke ${email}`)).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'registration confirmed');

  // The personal link signs them in and shows their registration; the token leaves the address bar.
  await page.goto(await personalLink(page, email, before));
  await expect(page.getByRole('heading', { level: 1, name: /Pendaftaran saya/ })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${EVENT}/registration$`));
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
  await expect(page.getByText('Dikonfirmasi', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Unduh tanda pengenal saya (PDF)' })).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'my registration');

  // They registered in Indonesian: their mails are in Indonesian.
  await expect(page.getByRole('radio', { name: 'Bahasa Indonesia' })).toBeChecked();
  await page.getByLabel('Organisasi').fill('Universitas Udayana, Fakultas Hukum');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tersimpan.' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Universitas Udayana, Fakultas Hukum' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Unduh data saya (JSON)' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toContain(email);

  await page.getByRole('button', { name: 'Batalkan pendaftaran saya' }).click();
  await expect(page.getByRole('heading', { name: 'Batalkan pendaftaran Anda?' })).toBeFocused();
  await expectAccessibleInBothLanguages(page, 'cancel, confirm step');
  await page.getByRole('button', { name: 'Ya, batalkan pendaftaran saya' }).click();
  await expect(page.getByText('Dibatalkan', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Batalkan pendaftaran saya' })).toHaveCount(0);
  await switchLanguage(page, 'en');
});

test('a name with a script tag shows as text; its registrant erases their data', async ({ page }) => {
  const email = 'ana.script@example.org';
  const name = '<script>window.__injected = 1</script> Ana Reyes';
  await page.goto(`${EVENT}/register`);
  await expect(page.getByRole('heading', { level: 1, name: /Register/ })).toBeVisible();
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Country').selectOption({ label: 'Philippines' });
  await page.getByLabel('Organisation').fill('Department of Foreign Affairs');
  await page.getByRole('radio', { name: 'Government' }).check();
  await page.getByRole('radio', { name: 'Online (virtual)' }).check();
  await page.getByRole('checkbox', { name: /I have read the privacy notice/ }).check();
  const before = mailCount();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByText('You are registered to take part online.')).toBeVisible();

  // The same address twice is refused beside the e-mail field.
  await page.goto(`${EVENT}/register`);
  await page.getByLabel('Full name').fill('Ana Reyes');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Country').selectOption({ label: 'Philippines' });
  await page.getByLabel('Organisation').fill('Department of Foreign Affairs');
  await page.getByRole('radio', { name: 'Government' }).check();
  await page.getByRole('radio', { name: 'Online (virtual)' }).check();
  await page.getByRole('checkbox', { name: /I have read the privacy notice/ }).check();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('This e-mail address is registered for this event already');
  await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');

  const link = await personalLink(page, email, before);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: /My registration/ })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: name })).toBeVisible();
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();

  await page.getByRole('button', { name: 'Erase my data' }).click();
  await expect(page.getByRole('heading', { name: 'Erase all your data?' })).toBeFocused();
  await expect(page.getByText(/What stays: anonymous counts/)).toBeVisible();
  await page.getByRole('button', { name: 'Yes, erase my data' }).click();
  await expect(page.getByRole('heading', { name: 'Your data is erased' })).toBeFocused();
  // Their account held nothing else: it went with the data, and they are signed out.
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'data erased');
  await page.getByRole('link', { name: /Back to International Conference on Digital Diplomacy/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /International Conference on Digital Diplomacy/ }),
  ).toBeVisible();

  // The personal link opens nothing any more.
  await page.goto(link);
  await expect(page.getByRole('alert')).toContainText('This personal link does not work');
});

test('a visitor who is not signed in is asked for their personal link', async ({ page }) => {
  // The page learns from the session that nobody is signed in: it asks for no registration (no 401 logged).
  const asked: string[] = [];
  const refused: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/registrations/me')) asked.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') refused.push(message.text());
  });
  await page.goto(`${EVENT}/registration`);
  await expect(page.getByRole('heading', { name: 'Open your personal link' })).toBeVisible();
  expect(asked).toEqual([]);
  expect(refused).toEqual([]);
  await expectAccessibleInBothLanguages(page, 'my registration, signed out');
  await page.goto(`${EVENT}/registration?token=${'x'.repeat(40)}`);
  await expect(page.getByRole('alert')).toContainText('This personal link does not work');
});
