import type { Page } from '@playwright/test';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { createOutcomeWorld, csrfHeaders } from '../support/outcomeWorld.js';
import { expect, test } from '../support/test.js';

// A delegation's view of the outcome document, on an event of its own: Indonesia's focal point
// proposes, follows and withdraws amendments, then answers at the adoption; Finland's is a stranger here.
const slug = `outcome-delegation-${Date.now().toString(36)}`;
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const RESERVATION = 'Indonesia reads open data as subject to its personal data protection law.';

/** One of the delegation's amendments, found by its heading. */
const ourAmendment = (page: Page, heading: string) =>
  page
    .getByRole('region', { name: /^Our amendments/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: heading }) });

test('a focal point amends the text, withdraws an amendment, and joins the adoption with a reservation', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const world = await createOutcomeWorld(page, browser, { slug });
  const { page: focal, delegationId } = world.focal.ID;
  const post = async (rest: string, data: unknown) => {
    const answer = await page.request.post(world.api(rest), { headers: world.headers, data });
    expect(answer.status(), `${rest}: ${await answer.text()}`).toBe(200);
  };

  await test.step('the focal point comes from their delegation’s page', async () => {
    await focal.goto(`/events/${slug}/delegation`);
    await focal
      .getByRole('link', { name: 'The outcome document: our amendments and our answer at the adoption' })
      .click();
    await expect(focal).toHaveURL(new RegExp(`/events/${slug}/delegations/${delegationId}/outcome$`));
    await expect(focal.getByRole('heading', { level: 1, name: /^Outcome document: Indonesia/ })).toBeVisible();
    await expect(focal.getByText('Open for amendments — your delegation may propose')).toBeVisible();
    await expect(focal.locator('.stage-facts time')).toHaveText(/WITA · .* CES?T · .* UTC/);
    await expect(focal.getByText('1. We commit to open data.')).toBeVisible();
    await expect(focal.getByRole('heading', { level: 3, name: 'Policy frameworks' })).toBeVisible();
  });

  await test.step('a replacement, with the keyboard alone', async () => {
    const open = focal.getByRole('button', { name: 'Propose an amendment to paragraph 1', exact: true });
    await open.focus();
    await focal.keyboard.press('Enter');
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    const form = focal.getByRole('form', { name: 'Amendment to paragraph 1' });
    await expect(form.getByRole('heading', { name: 'Amendment to paragraph 1' })).toBeFocused();
    await focal.keyboard.press('Tab');
    await expect(form.getByRole('radio', { name: 'Replace its text' })).toBeFocused();
    await expect(form.getByRole('radio', { name: 'Replace its text' })).toBeChecked();
    await focal.keyboard.press('Tab');
    const text = form.getByLabel('The new text of paragraph 1, in English');
    await expect(text).toBeFocused();
    await expect(text).toHaveValue('We commit to open data.');
    await focal.keyboard.press('ControlOrMeta+End');
    await focal.keyboard.press('Backspace');
    await focal.keyboard.type(' and open standards.');
    const preview = form.getByRole('figure', { name: 'Preview of the change' });
    await expect(preview.locator('ins')).toHaveText(/and open standards/);
    await expect(preview).toContainText('inserted:');
    // Sent without a justification: the form says so beside the field, and keeps what was written.
    await focal.keyboard.press('Tab');
    await focal.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Propose this amendment' })).toBeFocused();
    await focal.keyboard.press('Enter');
    await expect(form.getByRole('alert')).toContainText('Say why your delegation proposes this amendment.');
    await expect(form.getByLabel('Justification')).toHaveAttribute('aria-invalid', 'true');
    await focal.keyboard.press('Shift+Tab');
    await expect(form.getByLabel('Justification')).toBeFocused();
    await focal.keyboard.type('Open standards make open data usable.');
    await focal.keyboard.press('Tab');
    await focal.keyboard.press('Enter');
    await expect(
      focal.getByRole('status').filter({ hasText: 'Your amendment to paragraph 1 is proposed.' }),
    ).toBeVisible();
    await expect(form).toHaveCount(0);
    await expect(open).toBeFocused();
    const listed = ourAmendment(focal, 'Replacement of paragraph 1');
    await expect(listed).toContainText("Status: proposed, awaiting the chair's decision");
    await expect(listed.locator('ins')).toHaveText(/and open standards/);
    await expect(listed).toContainText('Open standards make open data usable.');
    await expect(listed).toContainText(/Supported by\s*no delegation yet/);
  });

  await test.step('a deletion, then withdrawn after an "are you sure"', async () => {
    await focal.getByRole('button', { name: 'Propose an amendment to paragraph 2', exact: true }).click();
    const form = focal.getByRole('form', { name: 'Amendment to paragraph 2' });
    await form.getByRole('radio', { name: 'Delete it' }).check();
    await expect(form.getByRole('textbox', { name: /The new text/ })).toHaveCount(0);
    await expect(form.getByRole('figure', { name: 'Preview of the change' }).locator('del')).toHaveText(
      /We train our diplomats\./,
    );
    await form.getByLabel('Justification').fill('Training belongs in the capacity-building section.');
    await form.getByRole('button', { name: 'Propose this amendment' }).click();
    const deletion = ourAmendment(focal, 'Deletion of paragraph 2');
    await expect(deletion).toContainText("Status: proposed, awaiting the chair's decision");

    await deletion.getByRole('button', { name: 'Withdraw the amendment to paragraph 2' }).click();
    await expect(deletion.getByText("Withdraw your delegation's amendment to paragraph 2?")).toBeFocused();
    await deletion.getByRole('button', { name: 'Keep it' }).click();
    await expect(deletion.getByRole('button', { name: 'Withdraw the amendment to paragraph 2' })).toBeFocused();
    await deletion.getByRole('button', { name: 'Withdraw the amendment to paragraph 2' }).click();
    await deletion.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await expect(
      focal.getByRole('status').filter({ hasText: 'Your amendment to paragraph 2 is withdrawn.' }),
    ).toBeVisible();
    await expect(deletion).toContainText('Status: withdrawn');
    await expect(deletion.getByRole('button', { name: /Withdraw/ })).toHaveCount(0);
    await expect(deletion.getByRole('heading', { name: 'Deletion of paragraph 2' })).toBeFocused();
    // The replacement is untouched.
    await expect(ourAmendment(focal, 'Replacement of paragraph 1')).toContainText('Status: proposed');
  });

  await test.step('Finland supports the replacement, and is told this page is not theirs', async () => {
    const finland = world.focal.FI;
    const working = await (await finland.page.request.get(world.api('/outcome/working'))).json();
    const replacement = (working.amendments as { id: string; kind: string }[]).find((a) => a.kind === 'replace');
    const supported = await finland.page.request.put(
      world.api(`/delegations/${finland.delegationId}/outcome/amendments/${replacement?.id}/position`),
      { headers: await csrfHeaders(finland.page), data: { position: 'support' } },
    );
    expect(supported.status()).toBe(200);
    await finland.page.goto(`/events/${slug}/delegations/${delegationId}/outcome`);
    await expect(finland.page.getByRole('heading', { level: 1, name: 'You do not speak for Indonesia' })).toBeVisible();
    await expect(finland.page.getByRole('link', { name: 'The public page of Indonesia' })).toHaveAttribute(
      'href',
      `/events/${slug}/delegations/${delegationId}`,
    );
    await expect(finland.page.getByRole('button', { name: /Propose an amendment/ })).toHaveCount(0);
    await finland.page.getByRole('link', { name: 'The outcome document for your delegation: Finland' }).click();
    await expect(finland.page.getByRole('heading', { level: 1, name: /^Outcome document: Finland/ })).toBeVisible();

    await focal.reload();
    await expect(ourAmendment(focal, 'Replacement of paragraph 1')).toContainText(
      /Supported by\s*Finland\s*Objected to by/,
    );
  });

  await test.step('the page passes axe in both languages, a form open; Escape closes it', async () => {
    const open = focal.getByRole('button', { name: 'Propose an amendment to paragraph PP1', exact: true });
    await open.click();
    await expect(focal.getByRole('form', { name: 'Amendment to paragraph PP1' })).toBeVisible();
    await expectAccessibleInBothLanguages(focal, 'the delegation’s outcome page, proposing');
    await focal.getByLabel('The new text of paragraph PP1, in English').focus();
    await focal.keyboard.press('Escape');
    await expect(focal.getByRole('form', { name: 'Amendment to paragraph PP1' })).toHaveCount(0);
    await expect(open).toBeFocused();
  });

  await test.step('at the adoption by consensus, the delegation joins with a reservation on one paragraph', async () => {
    await post('/outcome/stage', { stage: 'negotiation' });
    await post('/outcome/adoption', { method: 'consensus', deadline: hoursFromNow(2) });
    await focal.reload();
    await expect(focal.getByRole('button', { name: /Propose an amendment/ })).toHaveCount(0);
    const adoption = focal.getByRole('region', { name: 'Our answer at the adoption' });
    await expect(adoption).toContainText('By consensus');
    await expect(focal.locator('.stage-facts')).toContainText(/Answers are due by\s*.* WITA · .* CES?T · .* UTC/);
    await expect(adoption).toContainText('Your delegation has not answered yet.');
    await adoption.getByRole('radio', { name: 'We join the consensus with a reservation' }).check();
    await adoption.getByRole('radio', { name: 'Chosen paragraphs' }).check();
    await adoption.getByRole('button', { name: 'Give our answer' }).click();
    await expect(adoption.getByRole('alert')).toContainText('Write the text of the reservation.');
    await expect(adoption.getByRole('alert')).toContainText('Choose at least one paragraph');
    await adoption.getByLabel('The text of the reservation').fill(RESERVATION);
    await adoption.getByRole('checkbox', { name: 'Paragraph 1', exact: true }).check();
    await adoption.getByLabel('Explanation of position (optional)').fill('Indonesia supports the text as a whole.');
    await expectAccessibleInBothLanguages(focal, 'the delegation’s adoption answer');
    await adoption.getByRole('button', { name: 'Give our answer' }).click();
    await expect(
      adoption
        .getByRole('status')
        .filter({ hasText: 'Your answer is recorded: We join the consensus with a reservation.' }),
    ).toBeVisible();
    await expect(adoption.locator('.given-answer')).toContainText(`Reservation on paragraph 1: ${RESERVATION}`);
    await expect(adoption.getByRole('button', { name: 'Change our answer' })).toBeVisible();

    // The chair's board reads the same answer.
    const board = await (await page.request.get(world.api('/outcome/adoption'))).json();
    const ours = (board.delegations as { id: string; choice: string; paragraphIds: string[]; text: string }[]).find(
      (d) => d.id === delegationId,
    );
    const working = await (await page.request.get(world.api('/outcome/working'))).json();
    expect(ours).toMatchObject({
      choice: 'join_with_reservation',
      text: RESERVATION,
      paragraphIds: [working.content.sections[0].paragraphs[0].id],
    });
  });

  await test.step('once adopted, the page is a record', async () => {
    const finland = world.focal.FI;
    const joined = await finland.page.request.put(world.api(`/delegations/${finland.delegationId}/outcome/adoption`), {
      headers: await csrfHeaders(finland.page),
      data: { choice: 'join' },
    });
    expect(joined.status()).toBe(200);
    await post('/outcome/adopt', {});
    await focal.reload();
    await expect(focal.getByRole('link', { name: 'Read the adopted text' })).toHaveAttribute(
      'href',
      `/events/${slug}/outcome`,
    );
    await expect(focal.getByRole('button', { name: /Withdraw|Propose|Change our answer/ })).toHaveCount(0);
    await expect(focal.locator('.given-answer')).toContainText(`Reservation on paragraph 1: ${RESERVATION}`);
  });
  await world.close();
});

test('signed out, the page asks to sign in', async ({ page }) => {
  await page.goto(`/events/${slug}/delegations/00000000-0000-4000-8000-000000000000/outcome`);
  await expect(page.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeVisible();
});
