import { createHash } from 'node:crypto';
import { expectAccessibleInBothLanguages, switchLanguage } from '../support/a11y.js';
import { createOutcomeWorld, inEventTime } from '../support/outcomeWorld.js';
import { expect, test } from '../support/test.js';

// The whole negotiation in the browsers of the people who make it: no step through the API but the stage moves.
const slug = `negotiation-${Date.now().toString(36)}`;
const PROPOSED = 'We commit to open and interoperable data.';
const MERGED = 'We commit to open, interoperable and secure data.';
const MERGED_ID = 'Kami berkomitmen pada data yang terbuka, dapat saling dioperasikan, dan aman.';
const RESERVATION = 'Indonesia reads secure data as subject to its data protection law.';

test('a proposal, its support, the chair’s merge, the comparison, adoption with a reservation, the published text', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const world = await createOutcomeWorld(page, browser, { slug });
  const { focal, api, headers } = world;
  const indonesia = focal.ID.page;
  const finland = focal.FI.page;

  await test.step('Indonesia’s focal point proposes a new wording of paragraph 1', async () => {
    await indonesia.goto(`/events/${slug}/delegations/${focal.ID.delegationId}/outcome`);
    await indonesia.getByRole('button', { name: 'Propose an amendment to paragraph 1', exact: true }).click();
    const form = indonesia.getByRole('form', { name: 'Amendment to paragraph 1' });
    await form.getByLabel('The new text of paragraph 1, in English').fill(PROPOSED);
    await expect(form.getByRole('figure', { name: 'Preview of the change' }).locator('ins')).toContainText([
      'and interoperable',
    ]);
    await form.getByLabel('Justification').fill('Data that cannot be exchanged helps no one.');
    await expectAccessibleInBothLanguages(indonesia, 'the delegation’s page with its proposal');
    await form.getByRole('button', { name: 'Propose this amendment' }).click();
    await expect(
      indonesia.getByRole('status').filter({ hasText: 'Your amendment to paragraph 1 is proposed.' }),
    ).toBeVisible();
  });

  const amendment = (on: typeof page) =>
    on
      .getByRole('region', { name: 'Paragraph 1', exact: true })
      .getByRole('article', { name: /^Amendment by Indonesia/ });

  await test.step('Finland supports it in the queue', async () => {
    await finland.goto(`/events/${slug}/outcome/amendments`);
    await amendment(finland).getByRole('button', { name: "Support Indonesia's amendment to paragraph 1" }).click();
    await expect(amendment(finland).getByRole('status')).toHaveText(
      "Finland now supports Indonesia's amendment to paragraph 1.",
    );
    await expectAccessibleInBothLanguages(finland, 'the amendment queue for a delegation');
  });

  await test.step('the chair accepts it with changes', async () => {
    await page.goto(`/events/${slug}/outcome/amendments`);
    const card = amendment(page);
    await expect(card).toContainText('Finland');
    await card.getByRole('button', { name: "Decide on Indonesia's amendment to paragraph 1" }).click();
    const form = card.getByRole('form', { name: "Decision on Indonesia's amendment to paragraph 1" });
    await form.getByRole('radio', { name: 'Accept with changes', exact: true }).check();
    await form.getByLabel('The text to take in').fill(MERGED);
    await form.getByLabel('Reason').fill('Agreed in the room, with security added.');
    await expectAccessibleInBothLanguages(page, 'the amendment queue for the chair, deciding');
    await form.getByRole('button', { name: /^Take in the text with changes/ }).click();
    await expect(card.getByRole('status')).toHaveText(
      "Indonesia's amendment to paragraph 1 is merged with modifications: the text is now at version 2.",
    );
  });

  await test.step('the comparison of versions 1 and 2 shows the change', async () => {
    await page.goto(`/events/${slug}/outcome/compare?from=1&to=2`);
    // Paragraph 1, its inserted words marked and said as inserted.
    await expect(page.locator('main ins').filter({ hasText: 'interoperable and secure' })).toHaveText(
      /^inserted: , interoperable and secure \(end of insertion\)$/,
    );
    await expectAccessibleInBothLanguages(page, 'the comparison of two versions');
  });

  await test.step('in negotiation the chair sees the translation fall behind, and brings it up to date', async () => {
    const moved = await page.request.post(api('/outcome/stage'), { headers, data: { stage: 'negotiation' } });
    expect(moved.status()).toBe(200);
    await page.goto(`/events/${slug}/outcome/editor`);
    const translation = page.getByLabel('Paragraph 1 in Bahasa Indonesia', { exact: true });
    await expect(translation).toHaveAccessibleDescription('The Indonesian translation is older than the English text.');
    await translation.fill(MERGED_ID);
    await page.getByLabel('What changed', { exact: true }).fill('Paragraph 1 translated again');
    await page.getByRole('button', { name: 'Save as version 3', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Version 3 saved.' })).toBeVisible();
    await expect(page.getByText('The Indonesian translation is older than the English text.')).toHaveCount(0);
  });

  await test.step('the chair opens the adoption by consensus', async () => {
    await page.goto(`/events/${slug}/outcome/adoption`);
    const form = page.getByRole('region', { name: 'Open the adoption' });
    await form.getByLabel('Consensus').check();
    await form.getByLabel('Deadline').fill(inEventTime(24));
    await form.getByRole('button', { name: 'Open the adoption' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The adoption is open: Consensus.' })).toBeVisible();
  });

  await test.step('Indonesia joins with a reservation on paragraph 1, Finland joins', async () => {
    await indonesia.goto(`/events/${slug}/delegations/${focal.ID.delegationId}/outcome`);
    const ours = indonesia.getByRole('region', { name: 'Our answer at the adoption' });
    await ours.getByRole('radio', { name: 'We join the consensus with a reservation' }).check();
    await ours.getByRole('radio', { name: 'Chosen paragraphs' }).check();
    await ours.getByLabel('The text of the reservation').fill(RESERVATION);
    await ours.getByRole('checkbox', { name: 'Paragraph 1', exact: true }).check();
    await ours.getByRole('button', { name: 'Give our answer' }).click();
    await expect(ours.getByRole('status').filter({ hasText: 'Your answer is recorded' })).toBeVisible();

    await finland.goto(`/events/${slug}/delegations/${focal.FI.delegationId}/outcome`);
    const theirs = finland.getByRole('region', { name: 'Our answer at the adoption' });
    await theirs.getByRole('radio', { name: 'We join the consensus', exact: true }).check();
    await theirs.getByRole('button', { name: 'Give our answer' }).click();
    await expect(theirs.getByRole('status').filter({ hasText: 'Your answer is recorded' })).toBeVisible();
  });

  await test.step('the chair declares the text adopted; the board is the record', async () => {
    await page.goto(`/events/${slug}/outcome/adoption`);
    await expectAccessibleInBothLanguages(page, 'the adoption board');
    await page.getByRole('button', { name: 'Declare the text adopted…' }).click();
    await page.getByRole('button', { name: 'Yes, declare it adopted' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Version 3 is adopted and published.' })).toBeVisible();
  });

  await test.step('the public reads the text, the footnote and the hash, in English and Indonesian', async () => {
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/events/${slug}/outcome`);
    await expect(reader.getByText(`1. ${MERGED}`)).toBeVisible();
    const footnote = reader.locator('#reservation-1');
    await expect(footnote).toContainText(`Reservation by Indonesia: ${RESERVATION}`);
    const sha256 = (await reader.locator('code.outcome-sha256').textContent()) ?? '';
    const text = await reader.request.get(`/events/${slug}/outcome.txt?lang=en`);
    expect(
      createHash('sha256')
        .update(await text.body())
        .digest('hex'),
    ).toBe(sha256);
    await expectAccessibleInBothLanguages(reader, 'the adopted text');

    await switchLanguage(reader, 'id');
    await expect(reader.getByText(`1. ${MERGED_ID}`)).toBeVisible();
    await expect(reader.locator('#reservation-1')).toContainText(RESERVATION);
    await expect(reader.locator('code.outcome-sha256')).toHaveText(sha256);
    await reader.context().close();
  });
  await world.close();
});
