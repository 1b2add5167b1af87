import type { Page } from '@playwright/test';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { dateInto, expectNoSidewaysScroll, tabTo, typeInto } from '../support/keyboard.js';
import { createAdoptedWorld } from '../support/outcomeWorld.js';
import { expect, test } from '../support/test.js';

// A country's commitments, on an event of its own whose text is adopted: Indonesia's focal point
// registers one with the keyboard, submits it, edits it when the secretariat returns it, and once it
// is published reports its progress. Who else may open the page: own-access.spec.ts.
const slug = `commitments-own-${Date.now().toString(36)}`;
const TITLE = 'Open data on foreign policy';
const PORTAL = 'National open data portal';
const TRAINING = 'Data skills for 200 diplomats';
const COMMENTS = 'Give the baseline in figures: how many datasets are open today?';

/** The country's commitment, found by its heading (or, while it is edited, its form's). */
const commitment = (page: Page) =>
  page
    .getByRole('region', { name: /^Our commitments/ })
    .getByRole('listitem')
    .filter({ hasText: TITLE })
    .first();

test('a focal point registers a commitment, submits it, edits it when returned, and reports its progress', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const world = await createAdoptedWorld(page, browser, { slug });
  const { page: focal, delegationId } = world.focal.ID;
  const ownPage = `/events/${slug}/delegations/${delegationId}/commitments`;
  const review = async (id: string, data: unknown) => {
    const answer = await page.request.post(world.api(`/commitments/${id}/review`), { headers: world.headers, data });
    expect(answer.status(), await answer.text()).toBe(200);
  };

  await test.step('the focal point comes from their delegation’s page', async () => {
    await focal.goto(`/events/${slug}/delegation`);
    await focal
      .getByRole('link', {
        name: 'Our commitments under the outcome document: register them and report their progress',
      })
      .click();
    await expect(focal).toHaveURL(new RegExp(`${ownPage}$`));
    await expect(focal.getByRole('heading', { level: 1, name: /^Commitments of Indonesia/ })).toBeVisible();
    await expect(focal.getByRole('heading', { level: 2, name: 'Our commitments (0)' })).toBeVisible();
    await expect(focal.getByText('No commitment registered yet.')).toBeVisible();
  });

  const form = focal.getByRole('form', { name: 'Register a commitment' });
  await test.step('the form, filled in with the keyboard alone; a bad date is named beside its field', async () => {
    const open = focal.getByRole('button', { name: 'Register a commitment' });
    await open.focus();
    await focal.keyboard.press('Enter');
    await expect(form.getByRole('heading', { level: 2, name: 'Register a commitment' })).toBeFocused();
    for (const part of ['Under the adopted text', 'What your country commits to', 'How progress is measured'])
      await expect(form.getByRole('region', { name: part })).toBeVisible();

    const area = form.getByLabel('Focus area');
    await tabTo(focal, area);
    await expect(form.getByText('Choose a focus area first')).toBeVisible();
    await focal.keyboard.press('ArrowDown');
    await expect(area).toHaveValue(world.focusAreaIds[0] as string);
    await expect(area.locator('option:checked')).toHaveText('1. Policy frameworks');
    // The area's own paragraphs, by number and first words; not the other area's.
    const cited = form.getByRole('checkbox', { name: 'Paragraph 1. We commit to open data.' });
    await expect(form.getByRole('checkbox', { name: /Paragraph 2\. We train our diplomats\./ })).toBeVisible();
    await expect(form.getByRole('checkbox', { name: /We share early warnings/ })).toHaveCount(0);
    await tabTo(focal, cited);
    await focal.keyboard.press('Space');
    await expect(cited).toBeChecked();

    const what = form.getByRole('region', { name: 'What your country commits to' });
    await typeInto(focal, what.getByLabel('Title in English'), TITLE);
    await typeInto(focal, what.getByLabel('Title in Bahasa Indonesia'), 'Data terbuka tentang politik luar negeri');
    await typeInto(focal, form.getByLabel('Description in English'), 'Indonesia opens its foreign policy data.');
    await tabTo(focal, form.getByLabel('Type', { exact: true }));
    await focal.keyboard.press('ArrowDown');
    await expect(form.getByLabel('Type', { exact: true }).locator('option:checked')).toHaveText('Policy');
    await tabTo(focal, form.getByRole('radio', { name: 'High' }));
    await focal.keyboard.press('Space');
    await expect(form.getByRole('radio', { name: 'High' })).toBeChecked();
    await dateInto(focal, form.getByLabel('Start date'), '2026-03-01');
    await dateInto(focal, form.getByLabel('End date (optional)'), '2025-12-31');
    await expect(form.getByRole('textbox', { name: 'Lead' })).toHaveAccessibleDescription(
      /An office, not a person's name/,
    );
    await typeInto(
      focal,
      form.getByRole('textbox', { name: 'Lead' }),
      'Directorate of Information and Media Diplomacy',
    );
    await tabTo(focal, form.getByLabel('Partner country to add'));
    await focal.keyboard.type('Finland');
    await focal.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Add this country' })).toBeFocused();
    await focal.keyboard.press('Enter');
    await expect(form.getByRole('group', { name: 'Partner countries (1)' })).toContainText('Finland');
    await tabTo(focal, form.getByRole('button', { name: 'Add an organisation' }));
    await focal.keyboard.press('Enter');
    await expect(form.getByLabel('Organisation 1')).toBeFocused();
    await focal.keyboard.type('ASEAN Secretariat');
    await expect(form.getByRole('textbox', { name: 'Baseline' })).toHaveAccessibleDescription(
      /Without a baseline progress cannot be measured/,
    );
    await typeInto(focal, form.getByRole('textbox', { name: 'Baseline' }), 'Few datasets are open.');
    await typeInto(focal, form.getByRole('textbox', { name: 'Target' }), 'Every dataset of the ministry is open.');
    // Tab enters the yes/no group at its first answer; the arrow moves to the second and chooses it.
    await tabTo(focal, form.getByRole('radio', { name: 'Yes, it began before the conference' }));
    await focal.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio', { name: 'No, it is new since the conference' })).toBeChecked();

    const first = form.getByRole('group', { name: 'Deliverable 1' });
    await typeInto(focal, first.getByLabel('Title in English'), PORTAL);
    await dateInto(focal, first.getByLabel('Due date'), '2026-06-30');
    const firstWeight = first.getByLabel('Weight');
    await tabTo(focal, firstWeight);
    await focal.keyboard.press('ControlOrMeta+A');
    await focal.keyboard.type('3');
    await tabTo(focal, form.getByRole('button', { name: 'Add a deliverable' }));
    await focal.keyboard.press('Enter');
    await expect(form.getByRole('group', { name: 'Deliverable 2' }).getByLabel('Title in English')).toBeFocused();
    await focal.keyboard.type(TRAINING);
    await dateInto(focal, form.getByRole('group', { name: 'Deliverable 2' }).getByLabel('Due date'), '2027-03-31');
    // Moved up: it is first now, and the focus stays on it (on "Move down", "Move up" no longer applying).
    await tabTo(focal, form.getByRole('button', { name: 'Move up Deliverable 2' }));
    await focal.keyboard.press('Enter');
    await expect(form.getByRole('button', { name: 'Move down Deliverable 1' })).toBeFocused();
    await expect(form.getByRole('group', { name: 'Deliverable 1' }).getByLabel('Title in English')).toHaveValue(
      TRAINING,
    );
    await expect(form.getByRole('status').filter({ hasText: `${TRAINING} moved to position 1 of 2.` })).toBeAttached();

    await tabTo(focal, form.getByRole('button', { name: 'Save as draft' }));
    await focal.keyboard.press('Enter');
    const alert = form.getByRole('alert');
    await expect(alert).toBeFocused();
    await expect(alert).toContainText('End date (optional): The end date must come after the start date.');
    const end = form.getByLabel('End date (optional)');
    await expect(end).toHaveAttribute('aria-invalid', 'true');
    await expect(end).toHaveAccessibleDescription(/The end date must come after the start date\./);
    await expect(form.getByLabel('Start date')).not.toHaveAttribute('aria-invalid', 'true');
    // The alert's entry leads to the field.
    await focal.keyboard.press('Tab');
    await focal.keyboard.press('Enter');
    await expect(end).toBeFocused();
    await end.fill('2027-12-31');
  });

  await test.step('the page passes axe with the form open, at 390 px too without scrolling sideways', async () => {
    await expectAccessibleInBothLanguages(focal, 'a country’s commitments, registering one');
    await expectNoSidewaysScroll(focal);
  });

  let commitmentId = '';
  await test.step('saved as a draft, then submitted for review after an "are you sure"', async () => {
    await form.getByRole('button', { name: 'Save as draft' }).press('Enter');
    await expect(focal.getByRole('status').filter({ hasText: `“${TITLE}” is saved as a draft.` })).toBeVisible();
    await expect(form).toHaveCount(0);
    await expect(focal.getByRole('heading', { level: 3, name: TITLE })).toBeFocused();
    const card = commitment(focal);
    await expect(card).toContainText('Review: Draft — only your delegation and the secretariat see it.');
    await expect(card).toContainText('1. Policy frameworks · paragraph 1');
    await expect(card).toContainText('from 1 Mar 2026 to 31 Dec 2027 · new since the conference');
    await expect(card).toContainText('Finland and ASEAN Secretariat');
    await expect(card.getByRole('listitem').first()).toContainText(`${TRAINING} (due 31 Mar 2027, weight 1)`);

    await card.getByRole('button', { name: 'Submit for review' }).click();
    await expect(card.getByText(`Submit “${TITLE}” to the secretariat for review?`)).toBeFocused();
    await card.getByRole('button', { name: 'Yes, submit it' }).click();
    await expect(focal.getByRole('status').filter({ hasText: `“${TITLE}” is submitted for review.` })).toBeVisible();
    await expect(card).toContainText('Review: Submitted for review');
    await expect(card.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
    const own = (await (await focal.request.get(world.api(`/delegations/${delegationId}/commitments`))).json()) as {
      id: string;
    }[];
    commitmentId = own[0]?.id ?? '';
  });

  await test.step('returned by the secretariat: the comments and the checklist come first; edited and sent again', async () => {
    await review(commitmentId, { decision: 'return', checks: ['specific'], comments: COMMENTS });
    await focal.reload();
    const card = commitment(focal);
    await expect(card).toContainText('Review: Returned by the secretariat');
    const notice = card.getByRole('region', { name: "The secretariat's comments" });
    await expect(notice).toContainText(COMMENTS);
    await expect(notice).toContainText('Specific: met');
    await expect(notice).toContainText('Measurable: not met yet');
    await expect(notice).toContainText('Has a lead office: not met yet');

    await card.getByRole('button', { name: `Edit “${TITLE}”` }).click();
    const edit = focal.getByRole('form', { name: `Edit “${TITLE}”` });
    await expect(edit.getByRole('heading', { name: `Edit “${TITLE}”` })).toBeFocused();
    await expect(edit.getByRole('region', { name: "The secretariat's comments" })).toContainText(COMMENTS);
    await expect(edit.getByLabel('End date (optional)')).toHaveValue('2027-12-31');
    await expect(edit.getByRole('group', { name: 'Deliverable 2' }).getByLabel('Title in English')).toHaveValue(PORTAL);
    await edit.getByRole('textbox', { name: 'Baseline' }).fill('12 of the ministry’s 140 datasets are open (2025).');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await expect(focal.getByRole('status').filter({ hasText: `Your changes to “${TITLE}” are saved.` })).toBeVisible();
    await expect(card).toContainText('12 of the ministry’s 140 datasets are open (2025).');
    await card.getByRole('button', { name: 'Submit again for review' }).click();
    await card.getByRole('button', { name: 'Yes, submit it' }).click();
    await expect(card).toContainText('Review: Submitted for review');
    await expect(card.getByRole('region', { name: "The secretariat's comments" })).toHaveCount(0);
  });

  await test.step('published: a progress report, a missing percent named first, then in the history', async () => {
    await review(commitmentId, {
      decision: 'publish',
      checks: ['specific', 'measurable', 'dated', 'has_lead'],
      comments: null,
    });
    await focal.reload();
    const card = commitment(focal);
    await expect(card).toContainText('Review: Published');
    await expect(card).toContainText(/Status\s*Awaiting its first report/);
    await expect(card.locator('time').first()).toHaveText(/WITA · .* CES?T · .* UTC/);
    await expect(card.getByRole('region', { name: 'Progress reports (0)' })).toContainText('No report yet.');
    // Published under review, it changes through the secretariat: the page offers the report, not an edit.
    await expect(card.getByRole('button', { name: /^Edit/ })).toHaveCount(0);

    const open = card.getByRole('button', { name: `Report progress “${TITLE}”` });
    await open.click();
    const report = focal.getByRole('form', { name: `Progress report on “${TITLE}”` });
    await expect(report.getByRole('heading', { name: `Progress report on “${TITLE}”` })).toBeFocused();
    await expect(report.getByRole('radio', { name: 'Completed' })).toHaveAccessibleDescription(
      /The secretariat confirms a completion before it counts as completed/,
    );
    await report.getByRole('radio', { name: 'On track' }).check();
    await report.getByLabel(`Percent done: ${TRAINING}`).fill('20');
    await expect(report.getByLabel(`Percent done: ${PORTAL}`)).toHaveAccessibleDescription(
      /Weight 3 · due 30 Jun 2026/,
    );
    await report.getByLabel('Narrative in English').fill('The portal is in testing; the first course has run.');
    await report.getByRole('button', { name: 'Add a link' }).click();
    await expect(report.getByLabel('Link 1')).toBeFocused();
    await focal.keyboard.type('https://kemlu.go.id/open-data');
    await expectAccessibleInBothLanguages(focal, 'a country’s commitments, reporting progress');
    await expectNoSidewaysScroll(focal);

    await report.getByRole('button', { name: 'Send the report' }).click();
    await expect(report.getByRole('alert')).toContainText(`Percent done: ${PORTAL}: Give the percent done`);
    const portal = report.getByLabel(`Percent done: ${PORTAL}`);
    await expect(portal).toHaveAttribute('aria-invalid', 'true');
    await expect(portal).toHaveAccessibleDescription(/Give the percent done, a whole number from 0 to 100\./);
    await portal.fill('50');
    await expect(report).toContainText('This report puts the commitment at 42.5%');
    await report.getByRole('button', { name: 'Send the report' }).click();
    await expect(
      focal.getByRole('status').filter({ hasText: `Your progress report on “${TITLE}” is sent.` }),
    ).toBeVisible();
    await expect(report).toHaveCount(0);
    await expect(focal.getByRole('heading', { level: 3, name: TITLE })).toBeFocused();

    const history = card.getByRole('region', { name: 'Progress reports (1)' });
    await expect(history).toContainText('On track');
    await expect(history).toContainText('Overall progress42.5%');
    await expect(history).toContainText(`${PORTAL}: 50%`);
    await expect(history).toContainText('The portal is in testing; the first course has run.');
    await expect(history.getByRole('link', { name: /kemlu\.go\.id\/open-data/ })).toHaveAttribute(
      'href',
      'https://kemlu.go.id/open-data',
    );
    await expect(history.locator('time')).toHaveText(/WITA · .* CES?T · .* UTC/);
    await expect(card).toContainText('Progress42.5%');

    // The next report starts from this one; cancelled, the focus goes back to the button.
    await open.click();
    await expect(report.getByLabel(`Percent done: ${PORTAL}`)).toHaveValue('50');
    await expect(report.getByLabel(`Percent done: ${TRAINING}`)).toHaveValue('20');
    await report.getByRole('button', { name: 'Cancel' }).click();
    await expect(open).toBeFocused();
  });

  await test.step('the public tracker shows it, on its map and in its list, with its report', async () => {
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/events/${slug}/commitments`);
    await expect(reader.getByText('1 commitment found.')).toBeVisible();
    // Indonesia's islands on the map are one link, taken with the keyboard (the shapes come
    // when the map nears the screen).
    await reader.locator('.tracker-map').scrollIntoViewIfNeeded();
    await reader.getByRole('link', { name: 'Indonesia: 1 commitment' }).focus();
    await reader.keyboard.press('Enter');
    await expect(reader).toHaveURL(/\?country=ID#commitments$/);
    await reader.locator('.commitment-list').getByRole('link', { name: TITLE }).click();
    await expect(reader.getByRole('heading', { level: 1, name: new RegExp(TITLE) })).toBeVisible();
    await expect(reader.getByRole('region', { name: 'Progress report (1)' })).toContainText('42.5%');
    await reader.context().close();
  });

  await test.step('the delegation’s outcome page links here', async () => {
    await focal.goto(`/events/${slug}/delegations/${delegationId}/outcome`);
    await focal.getByRole('link', { name: 'Our commitments under the adopted text' }).click();
    await expect(focal).toHaveURL(new RegExp(`${ownPage}$`));
  });

  await world.close();
});
