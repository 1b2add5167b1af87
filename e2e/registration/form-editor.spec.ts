import { expectAccessibleInBothLanguages, switchLanguage } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { mailCount } from '../support/mail.js';
import { expect, test } from '../support/test.js';
import { EVENT, personalLink } from './personal-link.js';

test('an organizer adds a required question and a choice and sets no in-person place; the public form asks, requires and waitlists; closed, it is no longer offered', async ({
  page,
  browser,
}) => {
  await signInByMail(page, ORGANIZER.email, `${EVENT}/registration`);
  // Signed in without a registration: the page says so and offers the form.
  await expect(page.getByRole('heading', { name: 'No registration' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Register', exact: true })).toBeVisible();

  await page.goto(`${EVENT}/manage`);
  await page.getByRole('link', { name: 'Registration form' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Registration form' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'The registration form is open' })).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Category 1' }).getByLabel('Name in English', { exact: true }),
  ).toHaveValue('Public participant');
  await expectAccessibleInBothLanguages(page, 'registration form editor');

  // A bad number is named beside its field, and nothing is saved.
  await page.getByLabel('In-person places', { exact: true }).fill('many');
  // The demo's form asks two questions already; the new one is the third.
  await page.getByRole('button', { name: 'Add a question' }).click();
  const third = page.getByRole('group', { name: 'Question 3' });
  const label = third.getByLabel('Question in English', { exact: true });
  await expect(label).toBeFocused();
  await page.getByRole('button', { name: 'Save changes' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('In-person places: Give a whole number of places');
  await expect(alert).toContainText('Question 3: Question in English: Give the English text');
  await expect(label).toHaveAccessibleDescription(/Give the English text/);
  await expectAccessibleInBothLanguages(page, 'registration form editor with errors');

  // No place left at the venue: whoever comes in person now waits.
  await page.getByLabel('In-person places', { exact: true }).fill('0');
  await label.fill('Dietary needs');
  await third.getByLabel('Question in Bahasa Indonesia', { exact: true }).fill('Kebutuhan makanan');
  await third.getByRole('checkbox', { name: 'An answer is required' }).check();

  await page.getByRole('button', { name: 'Add a question' }).click();
  const second = page.getByRole('group', { name: 'Question 4' });
  await second.getByLabel('Question in English', { exact: true }).fill('Preferred interpretation');
  await second.getByLabel('Type of answer').selectOption({ label: 'Single choice (radio buttons)' });
  for (const [en, id] of [
    ['Bahasa Indonesia', 'Bahasa Indonesia'],
    ['English', 'Inggris'],
  ]) {
    await second.getByRole('button', { name: 'Add an option' }).click();
    await expect(second.getByLabel('Option in English', { exact: true }).last()).toBeFocused();
    await page.keyboard.type(en as string);
    await second
      .getByLabel('Option in Bahasa Indonesia', { exact: true })
      .last()
      .fill(id as string);
  }
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. The public form asks this now.' })).toBeVisible();
  // The keys were made from the English text.
  await expect(third.getByLabel('Key (for scripts and exports)')).toHaveValue('dietary_needs');

  // A visitor, in a browser of their own, must answer the new question.
  const visitor = await browser.newContext();
  const form = await visitor.newPage();
  await form.goto(`${EVENT}/register`);
  await form.getByLabel('Full name').fill('Mele Taufa');
  const email = 'mele.taufa@example.org';
  await form.getByLabel('E-mail address').fill(email);
  await form.getByLabel('Country').selectOption({ label: 'Fiji' });
  await form.getByLabel('Organisation').fill('University of the South Pacific');
  await form.getByRole('radio', { name: 'Academia' }).check();
  const inPerson = form.getByRole('radio', { name: 'In person, at the venue' });
  await expect(inPerson).toHaveAccessibleDescription(/The places at the venue are taken: you join the waiting list/);
  await inPerson.check();
  await form.getByRole('checkbox', { name: /I have read the privacy notice/ }).check();
  await form.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(form.getByRole('alert')).toBeFocused();
  await expect(form.getByRole('alert')).toContainText('Dietary needs: Answer this question.');
  await expect(form.getByLabel('Dietary needs')).toHaveAccessibleDescription(/Required\..*Answer this question\./);
  await expect(form.getByRole('group', { name: 'Preferred interpretation' }).getByRole('radio')).toHaveCount(2);
  await expectAccessibleInBothLanguages(form, 'registration form with custom questions');
  await switchLanguage(form, 'id');
  await expect(form.getByLabel('Kebutuhan makanan')).toHaveAccessibleDescription(/Jawab pertanyaan ini\./);
  await switchLanguage(form, 'en');
  await form.getByLabel('Dietary needs').fill('Vegetarian');
  await form.getByRole('radio', { name: 'English', exact: true }).check();
  const before = mailCount();
  await form.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(form.getByRole('heading', { name: 'Thank you: your registration is received' })).toBeFocused();
  await expect(form.getByText('On the waiting list', { exact: true })).toBeVisible();

  // The personal link shows their place in the line.
  await form.goto(await personalLink(form, email, before));
  await expect(form.getByText(/^You are number \d+ on the waiting list\.$/)).toBeVisible();
  await expect(form.getByRole('definition').filter({ hasText: 'Vegetarian' })).toBeVisible();
  await expect(form.getByRole('link', { name: 'Download my badge (PDF)' })).toHaveCount(0);

  // Closed: the event page no longer offers the form, and the form says so.
  await page.getByRole('checkbox', { name: 'The registration form is open' }).uncheck();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await form.goto(EVENT);
  await expect(form.getByRole('link', { name: /Registered already/ })).toBeVisible();
  await expect(form.getByRole('link', { name: 'Register', exact: true })).toHaveCount(0);
  await form.goto(`${EVENT}/register`);
  await expect(form.getByText('Registration for this event is closed.')).toBeVisible();
  await expectAccessibleInBothLanguages(form, 'registration closed');
  await visitor.close();

  // The form as it was, for the other tests.
  await page.getByRole('checkbox', { name: 'The registration form is open' }).check();
  await page.getByLabel('In-person places', { exact: true }).fill('250');
  await page.getByRole('button', { name: 'Remove Question 4' }).click();
  await page.getByRole('button', { name: 'Remove Question 3' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
});
