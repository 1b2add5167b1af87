import type { Page } from '@playwright/test';
import { FIELD_PROBLEMS } from '../../src/shared/problemFields.js';
import { PROBLEMS } from '../../src/shared/problems.js';
import { createPanel } from '../live/panel.js';
import { expectAccessible, switchLanguage } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { registerAndOpenLink } from '../support/registrant.js';
import { expect, test } from '../support/test.js';

// An event of its own: its registrants, import and questions upset no other spec.
const slug = `lang-${Date.now().toString(36)}`;
const TAKEN = `taken-${slug}@example.org`;

/** The page in Indonesian, however it was left. */
async function inIndonesian(page: Page) {
  if ((await page.locator('html').getAttribute('lang')) !== 'id') await switchLanguage(page, 'id');
}

/** The page shows the Indonesian text of a message and not a word of its English one. */
async function expectNoLeak(page: Page, message: { en: string; id: string }, shown: string) {
  const text = await page.locator('main').innerText();
  expect(text).toContain(shown);
  expect(text).not.toContain(message.en.replace(/\{\{\w+\}\}.*$/, ''));
}

const csrfOf = async (page: Page) => (await (await page.request.get('/api/session')).json()).csrfToken as string;

const person = (email: string) => ({
  name: 'Ni Kadek Sari',
  email,
  country: 'ID',
  organization: 'Universitas Udayana',
  sector: 'academia',
  attendance: 'virtual',
  consent: true,
});

test('in Indonesian, a field error, an import’s row errors and a quota message come in Indonesian, with no English left', async ({
  browser,
  page,
}) => {
  await signInByMail(page, ORGANIZER.email);
  const session = await createPanel(page, {
    slug,
    name: { en: 'Language Rehearsal', id: 'Gladi Bahasa' },
    isStarted: true,
  });
  expect(
    (
      await page.request.post(`/api/events/${slug}/registrations`, {
        headers: { 'x-csrf-token': await csrfOf(page) },
        data: person(TAKEN),
      })
    ).status(),
  ).toBe(201);

  // An import with bad rows: each row's problem in Indonesian, its row and choices put in by the browser.
  await page.goto(`/events/${slug}/manage/registrations`);
  await inIndonesian(page);
  const csv = [
    'name,email,country,organization,sector,attendance,language',
    `Ayu Lestari,ayu-${slug}@example.org,ID,Org,government,virtual,fr`,
    `Budi Santoso,budi-${slug}@example.org,ID,Org,government,virtual,id`,
    `Budi Lagi,BUDI-${slug}@example.org,ID,Org,government,virtual,`,
    `Sudah Ada,${TAKEN},ID,Org,government,virtual,en`,
  ].join('\n');
  const panel = page.getByRole('region', { name: 'Impor undangan dari berkas CSV' });
  await panel
    .getByLabel('Berkas CSV', { exact: true })
    .setInputFiles({ name: 'undangan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await panel.getByRole('button', { name: 'Periksa berkas' }).click();
  const issues = panel.getByRole('table', { name: /masalah dalam berkas/ });
  const rowOf = (row: number, column: string) =>
    issues
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(row), exact: true }) })
      .filter({ hasText: column });
  await expect(rowOf(2, 'language')).toContainText('Tuliskan salah satu dari: en, id.');
  await expect(rowOf(4, 'email')).toContainText('Alamat ini juga tercantum pada baris 3.');
  await expect(rowOf(5, 'email')).toContainText(FIELD_PROBLEMS['field.already_registered'].id);
  const table = await issues.innerText();
  for (const english of ['must be one of', 'is also in row', 'is already registered'])
    expect(table).not.toContain(english);
  await expectNoLeak(page, FIELD_PROBLEMS['field.repeated_in_file'], 'baris 3');
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page, `import errors in Indonesian at ${width} px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  // The organizer's account keeps the language it chose: back to English for the specs that sign in after this one.
  await switchLanguage(page, 'en');

  // A field error of the server (the address is registered already), beside its field and in the alert.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/events/${slug}/register`);
  await inIndonesian(visitor);
  await visitor.getByLabel('Nama lengkap').fill('Ni Kadek Sari');
  await visitor.getByLabel('Alamat surel').fill(TAKEN);
  await visitor.getByLabel('Negara').selectOption({ label: 'Indonesia' });
  await visitor.getByLabel('Organisasi').fill('Universitas Udayana');
  await visitor.getByRole('radio', { name: 'Akademisi' }).check();
  await visitor.getByRole('radio', { name: 'Daring (virtual)' }).check();
  await visitor.getByRole('checkbox', { name: /Saya telah membaca pemberitahuan privasi/ }).check();
  await visitor.getByRole('button', { name: 'Daftar', exact: true }).click();
  await expect(visitor.getByRole('alert')).toContainText(PROBLEMS['registration.duplicate_email'].id);
  await expect(visitor.getByLabel('Alamat surel')).toHaveAccessibleDescription(/Ini sudah dipakai\./);
  await expectNoLeak(visitor, PROBLEMS['registration.duplicate_email'], FIELD_PROBLEMS['field.taken'].id);
  expect(await visitor.locator('main').innerText()).not.toContain('is already registered');
  for (const width of [1280, 390]) {
    await visitor.setViewportSize({ width, height: 900 });
    await expectAccessible(visitor, `a field error in Indonesian at ${width} px`);
  }

  // A quota: a registrant who asks too many questions in a minute is told so in Indonesian.
  const participant = await (await browser.newContext()).newPage();
  await participant.goto('/');
  await registerAndOpenLink(participant, slug, { name: 'Ni Luh Putu Ayu', email: `tanya-${slug}@example.org` });
  const sessionId = session.split('/').at(-1);
  const headers = { 'x-csrf-token': await csrfOf(participant) };
  for (let i = 1; i <= 5; i++) {
    const asked = await participant.request.post(`/api/events/${slug}/sessions/${sessionId}/questions`, {
      headers,
      data: { text: `Pertanyaan ${i}` },
    });
    expect(asked.status()).toBe(201);
  }
  await participant.goto(`${session}/live`);
  await inIndonesian(participant);
  await participant.getByLabel('Pertanyaan Anda, dalam bahasa apa pun').fill('Satu pertanyaan lagi?');
  await participant.getByRole('button', { name: 'Kirim pertanyaan' }).click();
  await expect(participant.getByRole('alert')).toContainText(PROBLEMS['question.too_many'].id);
  await expectNoLeak(participant, PROBLEMS['question.too_many'], PROBLEMS['question.too_many'].id);
  for (const width of [1280, 390]) {
    await participant.setViewportSize({ width, height: 900 });
    await expectAccessible(participant, `a quota message in Indonesian at ${width} px`);
  }
});
