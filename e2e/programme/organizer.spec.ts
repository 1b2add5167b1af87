import { PNG } from 'pngjs';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { expect, test } from '../support/test.js';
import { createProgrammeEvent } from './ownEvent.js';

const slug = `programme-${Date.now().toString(36)}`;

test('an organizer adds a session, is told the room is taken at the room field, moves it and publishes version 2', async ({
  page,
}) => {
  await signInByMail(page, ORGANIZER.email, '/');
  await createProgrammeEvent(page, slug);

  await page.goto(`/events/${slug}/manage/programme`);
  await expect(page.getByRole('heading', { name: 'Programme', level: 2 })).toBeVisible();
  await expect(page.getByText('Version 1 is published')).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'organizer programme section');

  // A speaker, with a photo: a file that is no image is refused at the field, a PNG is taken.
  await page.getByRole('button', { name: 'Add a speaker' }).click();
  const speakerForm = page.getByRole('form', { name: 'New speaker' });
  await speakerForm.getByLabel('Name').fill('Mira Lestari');
  await speakerForm.getByLabel('Title or position').fill('Data Scientist');
  await speakerForm.getByLabel('Organisation').fill('Statistics Indonesia');
  await speakerForm.getByLabel('Country').selectOption({ label: 'Indonesia' });
  await speakerForm.getByLabel('Biography in English').fill('Builds open data for diplomacy.');
  await speakerForm.getByRole('button', { name: 'Save the speaker' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The speaker was added.' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit: Mira Lestari' }).click();
  const photo = page.getByLabel('Photo', { exact: true });
  await photo.setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
  await expect(page.locator('#speaker-photo-error')).toHaveText(
    'This file is not a photo we can use: choose a JPEG, PNG or WebP image of at most 5 MB.',
  );
  await expect(photo).toHaveAttribute('aria-invalid', 'true');
  await photo.setInputFiles({ name: 'mira.png', mimeType: 'image/png', buffer: squarePng() });
  await expect(page.getByRole('status').filter({ hasText: 'The photo was uploaded.' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Photo of Mira Lestari' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Add a session' }).click();
  const form = page.getByRole('form', { name: 'New session' });
  await expect(form.getByRole('heading', { name: 'New session' })).toBeFocused();
  await form.getByLabel('Type', { exact: true }).selectOption({ label: 'Panel' });
  await form.getByLabel('Title in English').fill('Data in digital diplomacy');
  await form.getByLabel('Title in Bahasa Indonesia').fill('Data dalam diplomasi digital');
  await form.getByLabel('Room').selectOption({ label: 'Plenary Hall' });
  // The viewer's browser is in Europe/Amsterdam; the form takes the event's wall clock (WITA).
  await expect(form.getByText("In the event's time (Asia/Makassar, WITA)").first()).toBeVisible();
  await form.getByLabel('Starts').fill('2021-12-01T10:30');
  await form.getByLabel('Ends').fill('2021-12-01T11:30');
  await form.getByRole('group', { name: 'Speakers' }).getByLabel('Mira Lestari').check();
  // Its Indonesian interpretation channel, as sound only.
  await form.getByRole('button', { name: 'Add a stream' }).click();
  const stream = form.getByRole('group', { name: 'Stream 1' });
  await expect(stream.getByLabel('Language')).toBeFocused();
  await stream.getByLabel('Language').selectOption('id');
  await stream.getByLabel('Kind').selectOption('audio');
  await stream.getByLabel('Address').fill('https://stream.example.org/kintamani/id-audio.m3u8');
  await expectAccessibleInBothLanguages(page, 'new session form');
  await form.getByRole('button', { name: 'Save the session' }).click();

  // The hall holds the plenary until 11:00: refused, at the room.
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('A room or a person is booked twice at the same time.');
  await expect(alert).toBeFocused();
  const room = form.getByLabel('Room');
  await expect(room).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('#f-roomId-error')).toContainText('is already booked at that time for "Rehearsal plenary"');
  await expectAccessibleInBothLanguages(page, 'session form with a double booking');

  await alert.getByRole('link', { name: /^Room:/ }).click();
  await expect(room).toBeFocused();
  await room.selectOption({ label: 'Room Kintamani' });
  await form.getByRole('button', { name: 'Save the session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The session was added to the draft.' })).toBeVisible();
  await expect(page.getByText('14:30–15:30').or(page.getByText('10:30–11:30 WITA'))).toBeVisible();

  const publish = page.getByRole('region', { name: 'Publish' });
  await expect(publish.getByRole('listitem')).toHaveText([
    'Added session: Data in digital diplomacy',
    'Added speaker: Mira Lestari',
  ]);
  await publish.getByRole('button', { name: 'Publish as version 2' }).click();
  await expect(publish.getByText('Publish these 2 changes as version 2?')).toBeVisible();
  await publish.getByRole('button', { name: 'Yes, publish version 2' }).click();
  await expect(publish.getByRole('status')).toHaveText('Version 2 was published.');

  await page.goto(`/events/${slug}/programme`);
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();
  const card = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: 'Data in digital diplomacy' }) });
  await expect(card.getByText('Room Kintamani')).toBeVisible();
  await expect(card.locator('time')).toHaveText(['10:30–11:30 WITA', '03:30–04:30 CET', '02:30–03:30 UTC']);

  await card.getByRole('link', { name: 'Data in digital diplomacy', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Watch in Indonesian' })).toHaveAttribute(
    'href',
    'https://stream.example.org/kintamani/id-audio.m3u8',
  );
  await page.goBack();

  await card.getByRole('link', { name: 'Mira Lestari' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mira Lestari' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Photo of Mira Lestari' })).toBeVisible();
  await expect(page.getByText('Builds open data for diplomacy.')).toBeVisible();
  await page.goBack();

  await page.getByRole('link', { name: 'What changed in each version' }).click();
  await expect(page.getByRole('heading', { name: 'Version 2' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Version 2' }).getByRole('listitem')).toHaveText([
    'Added session: Data in digital diplomacy',
    'Added speaker: Mira Lestari',
  ]);
  await expectAccessibleInBothLanguages(page, 'changelog');
});

/** A small real PNG (a green square) for the photo upload. */
function squarePng(): Buffer {
  const png = new PNG({ width: 64, height: 64 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([11, 93, 85, 255], i);
  return PNG.sync.write(png);
}
