import type { Page } from '@playwright/test';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { createOwnEvent } from '../support/events.js';
import { createOutcomeWorld } from '../support/outcomeWorld.js';
import { expect, test } from '../support/test.js';

// The chair's editor, on events of the tests' own: one written from nothing, one with the outcome world's text.
const run = Date.now().toString(36);
const editor = (slug: string) => `/events/${slug}/outcome/editor`;

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test('the chair writes the first text, reorders it with the keyboard, keeps translations honest and opens it for amendments', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const slug = `editor-${run}`;
  await signInByMail(page, ORGANIZER.email, '/');
  const { headers } = await createOwnEvent(page, {
    slug,
    name: { en: 'Editor Rehearsal', id: 'Gladi Penyusunan' },
    startsAt: '2022-04-01T09:00:00+08:00',
    endsAt: '2022-04-01T17:00:00+08:00',
    focusAreas: [
      { title: { en: 'Data management', id: 'Pengelolaan data' } },
      { title: { en: 'Crisis management', id: 'Manajemen krisis' } },
    ],
  });
  await page.goto(editor(slug));
  await expect(page.getByRole('heading', { level: 1, name: /The chair's text/ })).toBeVisible();
  await expect(page.getByText('Current stage: Drafting.')).toBeVisible();
  await expect(page.getByText('No version has been saved yet.')).toBeVisible();
  await expect(page.getByText('Save a first version of the text before you open it for amendments.')).toBeVisible();

  // The first text: a title, a preamble paragraph, two paragraphs in the first focus area.
  await field(page, 'Title of the document in English').fill('Rehearsal Message');
  await field(page, 'Title of the document in Bahasa Indonesia').fill('Pesan Gladi');
  await button(page, 'Add a paragraph at the end (Preamble)').click();
  await expect(field(page, 'Paragraph PP1 in English')).toBeFocused();
  await page.keyboard.type('We, the participants, meeting in Bali,');
  await button(page, 'Add a paragraph at the end (Data management)').click();
  await field(page, 'Paragraph 1 in English').fill('We commit to open data.');
  await field(page, 'Paragraph 1 in Bahasa Indonesia').fill('Kami berkomitmen pada data terbuka.');
  await button(page, 'Add a paragraph after this one (paragraph 1)').click();
  await expect(page.getByTestId('editor-announcement')).toHaveText('New paragraph 2 added in Data management.');
  await field(page, 'Paragraph 2 in English').fill('We train our diplomats.');

  // Without a message the save is refused, and the complaint stands beside the field.
  await button(page, 'Save as version 1').click();
  await expect(page.getByRole('alert')).toContainText('What changed: Say in a few words what changed.');
  await expect(field(page, 'What changed')).toHaveAccessibleDescription(/Say in a few words what changed\./);
  await field(page, 'What changed').fill('First text of the chair');
  await button(page, 'Save as version 1').click();
  await expect(status(page, 'Version 1 saved.')).toBeVisible();
  const history = page.getByRole('region', { name: 'Version history' });
  await expect(history.getByTestId('version')).toHaveCount(1);
  await expect(history.getByTestId('version').first()).toContainText('Version 1: First text of the chair');
  await expect(history.getByTestId('version').first().getByRole('definition').first()).toHaveText('You');
  await expect(history.getByTestId('version').first()).toContainText('Took in no amendments');
  await expect(button(page, 'Save as version 2')).toBeVisible();

  // Paragraph 1 moves down with the keyboard: the focus stays on it, its new place is announced.
  await button(page, 'Move down paragraph 1').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor-announcement')).toHaveText(
    'Paragraph moved to position 2 of 2 in Data management. It is now paragraph 2.',
  );
  // At the bottom "move down" no longer applies: "move up" of the same paragraph has the focus.
  await expect(button(page, 'Move up paragraph 2')).toBeFocused();
  await expect(field(page, 'Paragraph 2 in English')).toHaveValue('We commit to open data.');
  // Its English changes; its Indonesian translation is left as it was.
  await field(page, 'Paragraph 2 in English').fill('We commit to open and interoperable data.');
  await field(page, 'What changed').fill('Open data second, and interoperable');
  await button(page, 'Save as version 2').click();
  await expect(status(page, 'Version 2 saved.')).toBeVisible();
  await expect(field(page, 'What changed')).toHaveValue('');
  await expect(field(page, 'Paragraph 1 in English')).toHaveValue('We train our diplomats.');
  await expect(field(page, 'Paragraph 2 in English')).toHaveValue('We commit to open and interoperable data.');
  await expect(field(page, 'Paragraph 2 in Bahasa Indonesia')).toHaveAccessibleDescription(
    'The Indonesian translation is older than the English text.',
  );
  await expect(page.getByText('The Indonesian translation is older than the English text.')).toHaveCount(1);
  await expect(history.getByTestId('version').first()).toContainText('Version 2: Open data second, and interoperable');
  await expect(history.getByRole('link', { name: /Compare with the previous version/ })).toHaveAttribute(
    'href',
    `/events/${slug}/outcome/compare?from=1&to=2`,
  );
  await expectAccessibleInBothLanguages(page, "the chair's editor, drafting");

  // Someone else saves version 3 meanwhile: the chair's typing stays on screen until they load it.
  const working = await (await page.request.get(`/api/events/${slug}/outcome/working`)).json();
  const same = (ps: { id: string; text: Record<string, string> }[]) => ps.map((p) => ({ id: p.id, text: p.text }));
  const elsewhere = await page.request.put(`/api/events/${slug}/outcome/text`, {
    headers,
    data: {
      baseVersion: 2,
      message: 'Saved elsewhere',
      title: { en: 'Rehearsal Message of Bali', id: 'Pesan Gladi Bali' },
      preamble: same(working.content.preamble),
      sections: working.content.sections.map((s: { focusAreaId: string; paragraphs: never[] }) => ({
        focusAreaId: s.focusAreaId,
        paragraphs: same(s.paragraphs),
      })),
    },
  });
  expect(elsewhere.status()).toBe(200);
  await field(page, 'Title of the document in English').fill('Message of the Rehearsal');
  await field(page, 'What changed').fill('A better title');
  await button(page, 'Save as version 3').click();
  await expect(page.getByRole('alert')).toContainText(
    'Someone saved a newer version of the text while you were editing.',
  );
  await expect(field(page, 'Title of the document in English')).toHaveValue('Message of the Rehearsal');
  await expect(history.getByTestId('version').first()).toContainText('Version 3: Saved elsewhere');
  await button(page, 'Load the newer version (your changes here are discarded)').click();
  await expect(field(page, 'Title of the document in English')).toHaveValue('Rehearsal Message of Bali');
  await expect(status(page, 'Version 3 loaded')).toBeVisible();

  // Open for amendments: the deadline is asked for, and read in the event's time (WITA).
  await button(page, 'Open for amendments').click();
  await expect(field(page, 'Deadline for amendments')).toHaveAccessibleDescription(
    /Choose until when the delegations may propose amendments\./,
  );
  await field(page, 'Deadline for amendments').fill('2040-01-10T17:00');
  await button(page, 'Open for amendments').click();
  await expect(status(page, 'The text is now open for amendments.')).toBeVisible();
  await expect(page.getByText('Current stage: Open for amendments.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Open for amendments (current stage)' })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(page.getByTestId('amendment-deadline')).toHaveText(
    'Deadline for amendments: 10 Jan 2040, 17:00 WITA · 10 Jan 2040, 10:00 CET · 10 Jan 2040, 09:00 UTC',
  );
  await expect(page.getByText('The text cannot be edited while it is open for amendments')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Paragraph 1 in English' })).toHaveCount(0);

  // Where a paragraph stands, chosen and saved at once; it holds after a reload.
  await page.getByLabel('Paragraph 2: where it stands').selectOption({ label: 'Bracketed' });
  await expect(status(page, 'Paragraph 2 is now: Bracketed.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Paragraph 2: where it stands')).toHaveValue('bracketed');
  await expect(page.getByLabel('Paragraph 1: where it stands')).toHaveValue('open');
});

test('in negotiation the chair edits again, sets where paragraphs stand and shows the draft; others may not edit', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const world = await createOutcomeWorld(page, browser, { slug: `editor-world-${run}` });
  const { slug } = world;
  await page.goto(editor(slug));
  await expect(page.getByText('Current stage: Open for amendments.')).toBeVisible();

  // Closing the amendments asks first.
  await button(page, 'Close the amendments and start the negotiation').click();
  await expect(page.getByText('Close the amendments and start the negotiation?')).toBeFocused();
  await button(page, 'Yes, start the negotiation').click();
  await expect(status(page, 'The negotiation has started. You can edit the text again.')).toBeVisible();
  await expect(page.getByText('Current stage: Negotiation.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the adoption page' })).toHaveAttribute(
    'href',
    `/events/${slug}/outcome/adoption`,
  );
  await expect(field(page, 'Paragraph 1 in English')).toHaveValue('We commit to open data.');

  await page.getByLabel('Paragraph 1: where it stands').selectOption({ label: 'Agreed ad referendum' });
  await expect(status(page, 'Paragraph 1 is now: Agreed ad referendum.')).toBeVisible();
  await expect(page.getByText(/Bracketed: the text in square brackets is still under discussion/)).toBeVisible();

  // An existing paragraph is removed only after a question, and leaves with the next version.
  await button(page, 'Remove paragraph 4').click();
  await expect(page.getByText('Remove paragraph 4? It leaves the text when you save the next version.')).toBeFocused();
  await button(page, 'Yes, remove it').click();
  await expect(page.getByTestId('editor-announcement')).toHaveText('Paragraph removed from Crisis management.');
  await expect(page.getByText(/You have unsaved changes to the text/)).toBeVisible();
  await field(page, 'What changed').fill('Citizens abroad left to the negotiation');
  await button(page, 'Save as version 2').click();
  await expect(status(page, 'Version 2 saved.')).toBeVisible();
  await expect(field(page, 'Paragraph 4 in English')).toHaveCount(0);
  await expect(page.getByLabel('Paragraph 1: where it stands')).toHaveValue('agreed_ad_referendum');

  // The public sees the draft once the chair shows it, marked as a draft.
  await page.getByLabel('Show the current draft to the public, marked as a draft').check();
  await expect(status(page, 'The public page now shows the current draft, marked as a draft.')).toBeVisible();
  const visitor = await browser.newContext();
  const reader = await visitor.newPage();
  await reader.goto(`/events/${slug}/outcome`);
  await expect(reader.getByText('Draft — not adopted')).toBeVisible();
  await expect(reader.getByText('We share early warnings.')).toBeVisible();
  await expect(reader.getByText('We protect our citizens abroad.')).toHaveCount(0);
  // A visitor is asked to sign in; a focal point may read the text, not write it.
  await reader.goto(editor(slug));
  await expect(reader.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeVisible();
  await world.focal.ID.page.goto(editor(slug));
  await expect(world.focal.ID.page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
  await expect(world.focal.ID.page.getByLabel('Paragraph 1 in English')).toHaveCount(0);
  await visitor.close();

  await expectAccessibleInBothLanguages(page, "the chair's editor, negotiation");
  await world.close();
});
