import type { Page } from '@playwright/test';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { createOutcomeWorld, csrfHeaders, type FocalPoint, inEventTime } from '../support/outcomeWorld.js';
import { expect, test } from '../support/test.js';

const slug = `adoption-${Date.now().toString(36)}`;
const FINLAND = 'Finland reads open data as subject to its privacy law.';
const INDONESIA = 'Indonesia will report on its open data portal.';

/** A focal point's answer, through the API as the delegation's own page would send it. */
async function answer(focal: FocalPoint, body: unknown) {
  const sent = await focal.page.request.put(`/api/events/${slug}/delegations/${focal.delegationId}/outcome/adoption`, {
    headers: await csrfHeaders(focal.page),
    data: body,
  });
  expect(sent.status(), await sent.text()).toBe(200);
}

const rowOf = (page: Page, delegation: string) =>
  page
    .getByRole('table', { name: 'Each taking-part delegation and its answer' })
    .getByRole('row', { name: delegation });

test('the chair opens the adoption by consensus, the delegations answer, the text is declared adopted', async ({
  page,
  browser,
}) => {
  const world = await createOutcomeWorld(page, browser, { slug });
  const { chair, headers, api, focal } = world;
  expect((await chair.request.post(api('/outcome/stage'), { headers, data: { stage: 'negotiation' } })).status()).toBe(
    200,
  );
  const working = await (await chair.request.get(api('/outcome/working'))).json();
  const commitId = working.content.sections[0].paragraphs[0].id as string;

  await page.goto(`/events/${slug}/outcome/adoption`);
  await expect(page.getByRole('heading', { level: 1, name: /Adoption of the outcome document/ })).toBeVisible();
  await expect(page.getByText('The delegations are negotiating the text.')).toBeVisible();
  await expect(page.getByText('The chair has not opened the adoption yet.')).toBeVisible();
  const form = page.getByRole('region', { name: 'Open the adoption' });

  // A silence procedure under 72 hours is refused by the form itself, before anything is sent.
  const opened: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/outcome/adoption')) opened.push(request.url());
  });
  await form.getByLabel('Silence procedure').check();
  await expect(form.getByText(/at least 72 hours from now: not before .* WITA/)).toBeVisible();
  await form.getByLabel('Deadline').fill(inEventTime(48));
  await form.getByRole('button', { name: 'Open the adoption' }).click();
  await expect(form.getByRole('alert')).toContainText(
    'Deadline: A silence procedure needs a deadline at least 72 hours',
  );
  await expect(form.getByLabel('Deadline')).toHaveAttribute('aria-invalid', 'true');
  expect(opened).toEqual([]);

  // By consensus, until tomorrow.
  await form.getByLabel('Consensus').check();
  await form.getByLabel('Deadline').fill(inEventTime(24));
  await form.getByRole('button', { name: 'Open the adoption' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The adoption is open: Consensus.' })).toBeVisible();
  expect(opened).toHaveLength(1);
  await expect(page.getByText('The text is before the delegations for adoption.')).toBeVisible();
  await expect(page.getByText(/Every taking-part delegation joins the consensus/)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Where the adoption stands' }).getByText(/WITA · .* CES?T · .* UTC/),
  ).toBeVisible();
  await expect(rowOf(page, 'Indonesia')).toContainText('No answer yet');
  await expect(rowOf(page, 'Finland')).toContainText('No answer yet');
  await expect(page.getByRole('list', { name: 'The answers of the 2 taking-part delegations' })).toHaveText(
    /0 joined\s*0 of them with a reservation\s*2 no answer yet/,
  );
  await expectAccessibleInBothLanguages(page, 'the adoption board, for the chair');

  // Indonesia joins; before Finland answers, the declaration is refused and Finland named.
  await answer(focal.ID, { choice: 'join', explanation: INDONESIA });
  await page.reload();
  await expect(rowOf(page, 'Indonesia')).toContainText(`Joined${INDONESIA}`);
  await page.getByRole('button', { name: 'Declare the text adopted…' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Declare version 1 adopted?' })).toBeFocused();
  await expect(page.getByText('This freezes the text for good')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, declare it adopted' }).click();
  const refusal = page.getByRole('region', { name: 'Declare the text adopted' }).getByRole('alert');
  await expect(refusal).toContainText('Not every participating delegation has joined the consensus yet.');
  await expect(refusal).toContainText('Still to join: Finland');
  await expect(refusal).not.toContainText('Indonesia');

  // Finland joins with a reservation; its focal point sees the board read-only, with its own page to answer on.
  await answer(focal.FI, {
    choice: 'join_with_reservation',
    text: FINLAND,
    paragraphIds: [commitId],
    explanation: 'Finland supports the text as a whole.',
  });
  const finland = focal.FI.page;
  await finland.goto(`/events/${slug}/outcome/adoption`);
  await expect(rowOf(finland, 'Finland')).toContainText(`Joined with a reservation:${FINLAND}On paragraph 1.`);
  await expect(finland.getByRole('button', { name: /Declare/ })).toHaveCount(0);
  await expect(finland.getByRole('region', { name: 'Open the adoption' })).toHaveCount(0);
  await expect(finland.getByRole('link', { name: 'The outcome document for Finland' })).toHaveAttribute(
    'href',
    `/events/${slug}/delegations/${focal.FI.delegationId}/outcome`,
  );
  await expect(finland.getByRole('link', { name: 'The outcome document for Indonesia' })).toHaveCount(0);
  await expectAccessibleInBothLanguages(finland, 'the adoption board, for a focal point');
  await finland.setViewportSize({ width: 390, height: 800 });
  await expect(rowOf(finland, 'Finland')).toBeVisible();
  expect(await finland.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Now every delegation has joined: the chair declares the text adopted, and the board is the record.
  await page.getByRole('button', { name: 'Yes, declare it adopted' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 1 is adopted and published.' })).toBeVisible();
  const record = page.getByRole('region', { name: 'The text is adopted' });
  await expect(record).toContainText(/Version 1 was adopted on .* WITA/);
  await expect(page.getByRole('button', { name: /Declare/ })).toHaveCount(0);
  await expect(rowOf(page, 'Finland')).toContainText(FINLAND);
  await expect(page.getByRole('list', { name: 'The answers of the 2 taking-part delegations' })).toHaveText(
    /2 joined\s*1 of them with a reservation\s*0 no answer yet/,
  );
  await expectAccessibleInBothLanguages(page, 'the adoption board, adopted');
  await record.getByRole('link', { name: 'Read the adopted text' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}/outcome$`));
  await expect(page.getByRole('heading', { level: 1, name: /Rehearsal Message/ })).toBeVisible();
  await world.close();
});
