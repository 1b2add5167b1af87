import type { Page } from '@playwright/test';
import { expectAccessible, expectAccessibleInBothLanguages, switchLanguage } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { mailCount } from '../support/mail.js';
import { expect, test } from '../support/test.js';
import { EVENT, personalLink } from './personal-link.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** For the eye, not the test: set SHOTS to a folder outside the repo. */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
}

test('the form editor in parts: each saves on its own with its answer beside the button; lists reorder by keyboard and pointer; typed and per-category questions reach the public form and are shown by their labels; a closed window is said', async ({
  page,
  browser,
}) => {
  // A whole journey through four parts and two browsers, axe at each state: long on a busy machine.
  test.setTimeout(300_000);
  await page.setViewportSize(DESKTOP);
  await signInByMail(page, ORGANIZER.email, `${EVENT}/manage/settings`);
  await expect(page.getByRole('tab', { name: 'About', exact: true })).toHaveAttribute('aria-selected', 'true');
  await shot(page, 'settings-1280');
  await page.getByRole('link', { name: 'Registration form' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Registration form' })).toBeVisible();
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  await expect(tab('Registration')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('checkbox', { name: 'The registration form is open' })).toBeChecked();
  await shot(page, 'form-editor-general-1280');
  await expectAccessibleInBothLanguages(page, 'form editor, general part');

  // A bad number is named beside the save button that was used, and nothing is saved.
  const capacity = page.getByLabel('In-person places', { exact: true });
  await capacity.fill('many');
  const saveGeneral = page.getByRole('button', { name: 'Save Registration' });
  await saveGeneral.click();
  const alert = page.getByRole('tabpanel').getByRole('alert');
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('In-person places: Give a whole number of places');
  const alertBox = await alert.boundingBox();
  const buttonBox = await saveGeneral.boundingBox();
  expect(Math.abs((buttonBox?.y ?? 0) - (alertBox?.y ?? 0))).toBeLessThan(400);
  await capacity.fill('250');
  // A deadline after the event is allowed, with a warning.
  const closes = page.getByLabel('Registration closes', { exact: true });
  await closes.fill('2099-12-31T17:00');
  await expect(page.getByText('Note: this falls after the event ends.')).toBeVisible();
  await saveGeneral.click();
  const saved = page.getByRole('tabpanel').getByRole('status');
  await expect(saved).toHaveText('Saved. The public form follows this now.');

  // The tabs follow the arrow keys; categories move by keyboard, the focus staying on the moved one.
  await tab('Registration').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Categories')).toBeFocused();
  await expect(tab('Categories')).toHaveAttribute('aria-selected', 'true');
  const category = (n: number) => page.getByRole('group', { name: `Category ${n}`, exact: true });
  await expect(category(1).getByLabel('Name in English', { exact: true })).toHaveValue('Public participant');
  await page.getByRole('button', { name: 'Move Category 1 down' }).focus();
  await page.keyboard.press('Enter');
  await expect(category(2).getByLabel('Name in English', { exact: true })).toHaveValue('Public participant');
  await expect(page.getByRole('button', { name: 'Move Category 2 down' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Move Category 2 up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(category(1).getByLabel('Name in English', { exact: true })).toHaveValue('Public participant');

  // An unsaved change in one part is not sent by another part's save.
  await tab('Registration').click();
  await capacity.fill('0');
  await tab('Questions').click();
  await expect(tab('Questions')).toHaveAttribute('aria-selected', 'true');
  const question = (n: number) => page.getByRole('group', { name: `Question ${n}`, exact: true });
  const addQuestion = async (n: number, en: string, type?: string) => {
    await page.getByRole('button', { name: 'Add a question' }).click();
    await expect(question(n).getByLabel('Question in English', { exact: true })).toBeFocused();
    await page.keyboard.type(en);
    if (type) await question(n).getByLabel('Type of answer').selectOption({ label: type });
  };
  // The demo's form asks two questions already.
  await addQuestion(3, 'Number of guests', 'Number');
  await question(3).getByLabel('Smallest answer').fill('0');
  await question(3).getByLabel('Largest answer').fill('3');
  await question(3).getByRole('checkbox', { name: 'An answer is required' }).check();
  await addQuestion(4, 'Preferred interpretation', 'Single choice (radio buttons)');
  for (const en of ['Bahasa Indonesia', 'English']) {
    await question(4).getByRole('button', { name: 'Add an option' }).click();
    await page.keyboard.type(en);
  }
  // By pointer: the second option dragged by its handle onto the first.
  const option = (n: number) => question(4).getByRole('group', { name: `Option ${n}`, exact: true });
  await option(2).locator('.drag-handle').dragTo(option(1));
  await expect(option(1).getByLabel('Option in English', { exact: true })).toHaveValue('English');
  await addQuestion(5, 'Media outlet');
  await question(5).getByRole('group', { name: 'Asked of' }).getByRole('checkbox', { name: 'Media' }).check();
  await addQuestion(6, 'Arrival date', 'Date');
  await addQuestion(7, 'Passport issued by', 'Country');
  await addQuestion(8, 'Assistant’s address', 'E-mail address');
  // Moved up by keyboard: the date comes before the outlet.
  await page.getByRole('button', { name: 'Move Question 6 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(question(5).getByLabel('Question in English', { exact: true })).toHaveValue('Arrival date');
  await expect(page.getByRole('button', { name: 'Move Question 5 up' })).toBeFocused();
  await shot(page, 'form-editor-questions-1280');
  await page.getByRole('button', { name: 'Save Questions' }).click();
  await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText('Saved. The public form follows this now.');
  await expect(question(3).getByLabel('Key (for scripts and exports)')).toHaveValue('number_of_guests');
  await expectAccessibleInBothLanguages(page, 'form editor, questions');
  await page.setViewportSize(PHONE);
  await expectAccessible(page, 'form editor, questions, 390 px');
  await page.setViewportSize(DESKTOP);
  // The places were not saved with the questions.
  await page.reload();
  await expect(capacity).toHaveValue('250');

  // A visitor, in a browser of their own, answers the new questions.
  const visitor = await browser.newContext();
  const form = await visitor.newPage();
  await form.goto(`${EVENT}/register`);
  await expect(form.getByText(/^Registration closes on/)).toBeVisible();
  await form.getByLabel('Full name').fill('Mele Taufa');
  const email = 'mele.taufa@example.org';
  await form.getByLabel('E-mail address', { exact: true }).fill(email);
  await form.getByLabel('Country', { exact: true }).selectOption({ label: 'Fiji' });
  await form.getByLabel('Organisation').fill('University of the South Pacific');
  await form.getByRole('radio', { name: 'Academia' }).check();
  await form.getByRole('radio', { name: 'Online', exact: false }).first().check();
  // The outlet is asked of the media only.
  await expect(form.getByLabel('Media outlet')).toHaveCount(0);
  const registerAs = form.getByRole('group', { name: 'I register as' });
  await registerAs.getByRole('radio', { name: 'Media', exact: true }).check();
  await expect(form.getByLabel('Media outlet')).toBeVisible();
  await registerAs.getByRole('radio', { name: 'Public participant', exact: true }).check();
  await expect(form.getByLabel('Media outlet')).toHaveCount(0);
  const guests = form.getByLabel('Number of guests');
  await expect(guests).toHaveAccessibleDescription(/Between 0 and 3\./);
  await guests.fill('5');
  await form.getByLabel('Arrival date').fill('2021-11-15');
  await form.getByLabel('Passport issued by').selectOption({ label: 'Japan' });
  await form.getByLabel('Assistant’s address').fill('aide@example.org');
  await expect(
    form.getByRole('group', { name: 'Preferred interpretation' }).getByRole('radio').first(),
  ).toHaveAccessibleName('English');
  await form.getByRole('checkbox', { name: /I have read the privacy notice/ }).check();
  await form.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(form.getByRole('alert')).toContainText('Number of guests: Give a number in the range shown.');
  await expectAccessibleInBothLanguages(form, 'registration form with typed questions');
  await form.setViewportSize(PHONE);
  await expectAccessible(form, 'registration form with typed questions, 390 px');
  await form.setViewportSize(DESKTOP);
  await guests.fill('2');
  const before = mailCount();
  await form.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(form.getByRole('heading', { name: 'Thank you: your registration is received' })).toBeFocused();

  // The answers by their labels, in the reader's language.
  await form.goto(await personalLink(form, email, before));
  const answer = (text: string) => form.getByRole('definition').filter({ hasText: text });
  await expect(answer('15 November 2021')).toBeVisible();
  await expect(answer('Japan')).toBeVisible();
  await expect(answer('aide@example.org')).toBeVisible();
  await switchLanguage(form, 'id');
  await expect(answer('15 November 2021')).toBeVisible();
  await expect(answer('Jepang')).toBeVisible();
  await switchLanguage(form, 'en');

  // Closed by its window: the public form says since when, in three zones, in both languages.
  await closes.fill('2021-11-01T09:00');
  await saveGeneral.click();
  await expect(saved).toHaveText('Saved. The public form follows this now.');
  await form.goto(`${EVENT}/register`);
  await expect(form.getByText(/^Registration closed on .*01:00 UTC/)).toBeVisible();
  await expect(form.getByRole('button', { name: 'Register', exact: true })).toHaveCount(0);
  await expectAccessibleInBothLanguages(form, 'registration window closed');
  await switchLanguage(form, 'id');
  await expect(form.getByText(/^Pendaftaran ditutup pada/)).toBeVisible();
  await form.setViewportSize(PHONE);
  await expectAccessible(form, 'registration window closed, 390 px, id');
  await visitor.close();

  // The form as it was, for the other tests.
  await closes.fill('');
  await saveGeneral.click();
  await expect(saved).toHaveText('Saved. The public form follows this now.');
  await tab('Questions').click();
  for (const n of [8, 7, 6, 5, 4, 3]) await page.getByRole('button', { name: `Remove Question ${n}` }).click();
  await page.getByRole('button', { name: 'Save Questions' }).click();
  await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText('Saved. The public form follows this now.');
});
