import type { Locator, Page } from '@playwright/test';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { createOutcomeWorld, csrfHeaders, type OutcomeWorld } from '../support/outcomeWorld.js';
import { expect, test } from '../support/test.js';

// An event of its own, open for amendments; the amendments are proposed through the API as the
// focal points would (the form to propose is the delegation's own page), and the queue does the rest.
const slug = `amendments-${Date.now().toString(36)}`;
const queuePath = `/events/${slug}/outcome/amendments`;

async function propose(world: OutcomeWorld, country: 'ID' | 'FI', body: Record<string, unknown>) {
  const focal = world.focal[country];
  const answer = await focal.page.request.post(world.api(`/delegations/${focal.delegationId}/outcome/amendments`), {
    headers: await csrfHeaders(focal.page),
    data: body,
  });
  expect(answer.status(), await answer.text()).toBe(201);
}

const card = (within: Page | Locator, paragraph: string, delegation: string) =>
  within
    .getByRole('region', { name: paragraph, exact: true })
    .getByRole('article', { name: new RegExp(`^Amendment by ${delegation}`) });

/** The chair opens an amendment's decision and fills it in; the form is returned to send it. */
async function decide(on: Locator, name: string, choice: string, reason: string) {
  await on.getByRole('button', { name: `Decide on ${name}` }).click();
  const form = on.getByRole('form', { name: `Decision on ${name}` });
  await form.getByRole('radio', { name: choice, exact: true }).check();
  await form.getByLabel('Reason').fill(reason);
  return form;
}

test('delegations support and withdraw, the chair decides competing amendments against the version read', async ({
  page,
  browser,
}) => {
  const world = await createOutcomeWorld(page, browser, { slug });
  const working = await (await page.request.get(world.api('/outcome/working'))).json();
  const [openData, training] = working.content.sections[0].paragraphs.map((p: { id: string }) => p.id);
  const recognising = working.content.preamble[1].id as string;
  const replace = (paragraphId: string, text: string, justification: string) => ({
    paragraphId,
    kind: 'replace',
    text,
    justification,
  });
  await propose(world, 'ID', replace(openData, 'We commit to open and interoperable data.', 'Data must flow.'));
  await propose(world, 'FI', replace(openData, 'We commit to open data, with privacy kept.', 'Privacy law applies.'));
  await propose(world, 'FI', { paragraphId: recognising, kind: 'delete', justification: 'Said in PP1.' });
  await propose(world, 'FI', replace(training, 'We train our diplomats and consuls.', 'Consuls serve abroad.'));
  await propose(world, 'ID', replace(training, 'We train our diplomats in data.', 'Data skills.'));

  // Finland's focal point: the two amendments to paragraph 1 side by side.
  const finland = world.focal.FI.page;
  await finland.goto(queuePath);
  await expect(finland.getByRole('heading', { level: 1, name: /^Amendments/ })).toBeVisible();
  await expect(finland.getByText('You act for Finland.')).toBeVisible();
  await expect(
    finland.getByText(/^Delegations may propose amendments until .* WITA · .* CES?T · .* UTC\.$/),
  ).toBeVisible();
  const indonesias = card(finland, 'Paragraph 1', 'Indonesia');
  const finlands = card(finland, 'Paragraph 1', 'Finland');
  const [left, right] = [await indonesias.boundingBox(), await finlands.boundingBox()];
  expect(left && right && Math.abs(left.y - right.y)).toBeLessThan(1);
  expect(left && right && right.x >= left.x + left.width).toBe(true);
  await expect(indonesias).toContainText('Status: Proposed');
  await expect(indonesias.locator('ins')).toHaveText(['inserted: and interoperable (end of insertion)']);

  // Finland supports Indonesia's, objects, then supports again; its own it can only withdraw.
  const support = indonesias.getByRole('button', { name: "Support Indonesia's amendment to paragraph 1" });
  const object = indonesias.getByRole('button', { name: "Object to Indonesia's amendment to paragraph 1" });
  await object.click();
  await expect(indonesias).toContainText('Objections from: Finland');
  await support.click();
  await expect(indonesias.getByRole('status')).toHaveText("Finland now supports Indonesia's amendment to paragraph 1.");
  await expect(indonesias).toContainText('Supported by: Finland');
  await expect(indonesias).toContainText('Objections from: none');
  await expect(support).toHaveAttribute('aria-pressed', 'true');
  await expect(object).toHaveAttribute('aria-pressed', 'false');
  await expect(finlands.getByRole('button', { name: /^Support/ })).toHaveCount(0);
  const withdrawn = card(finland, 'Preambular paragraph 2', 'Finland');
  await withdrawn.getByRole('button', { name: "Withdraw Finland's amendment to preambular paragraph 2" }).click();
  await expect(
    withdrawn.getByText(/^Withdraw Finland's amendment to preambular paragraph 2\? It stays on the record/),
  ).toBeFocused();
  await withdrawn.getByRole('button', { name: /^Yes, withdraw it/ }).click();
  await expect(withdrawn.getByRole('status')).toHaveText("Finland's amendment to preambular paragraph 2 is withdrawn.");
  await expect(withdrawn).toContainText('Status: Withdrawn');

  // The filter by delegation narrows the queue, and the address keeps it over a reload.
  await finland.getByRole('combobox', { name: 'Proposed by' }).selectOption({ label: 'Indonesia' });
  await expect(finland).toHaveURL(new RegExp(`delegation=${world.focal.ID.delegationId}`));
  await expect(finland.getByRole('article')).toHaveCount(2);
  await finland.reload();
  await expect(finland.getByRole('combobox', { name: 'Proposed by' })).toHaveValue(world.focal.ID.delegationId);
  await expect(finland.getByRole('article')).toHaveCount(2);
  await expect(finland.getByRole('status').filter({ hasText: 'Showing 2 of 5 amendments.' })).toBeVisible();
  await finland.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Withdrawn' });
  await expect(finland.getByText('No amendment matches these filters.')).toBeVisible();
  await finland.getByRole('button', { name: 'Clear the filters' }).first().click();
  await expect(finland.getByRole('article')).toHaveCount(5);
  await expect(finland).not.toHaveURL(/delegation=|status=/);
  await expectAccessibleInBothLanguages(finland, 'the amendment queue, for a focal point');

  // On a phone the cards stack, and nothing scrolls sideways.
  await finland.setViewportSize({ width: 390, height: 800 });
  const [top, below] = [await indonesias.boundingBox(), await finlands.boundingBox()];
  expect(top && below && below.y >= top.y + top.height).toBe(true);
  expect(await finland.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The chair, in two tabs read at version 1.
  await page.goto(queuePath);
  const stale = await page.context().newPage();
  await stale.goto(queuePath);
  await expect(stale.getByText("Today's text (version 1)").first()).toBeVisible();

  const merged = card(page, 'Paragraph 1', 'Indonesia');
  const form = await decide(merged, "Indonesia's amendment to paragraph 1", 'Accept with changes', '');
  const text = form.getByLabel('The text to take in');
  await expect(text).toHaveValue('We commit to open and interoperable data.');
  await text.fill('We commit to open, interoperable and secure data.');
  await form.getByRole('button', { name: /^Take in the text with changes/ }).click();
  await expect(form.getByRole('alert')).toContainText('Give the reason for the decision.');
  await form.getByLabel('Reason').fill('Agreed in the room, with security added.');
  await form.getByRole('button', { name: /^Take in the text with changes/ }).click();
  await expect(merged.getByRole('status')).toHaveText(
    "Indonesia's amendment to paragraph 1 is merged with modifications: the text is now at version 2.",
  );
  await expect(merged).toContainText('Status: Merged with modifications');
  await expect(merged).toContainText('Reason: Agreed in the room, with security added.');
  await expect(merged).toContainText('It made version 2 of the text.');
  await expect(merged.locator('.amendment-decision ins')).toContainText(['secure']);
  await expect(
    page
      .getByRole('region', { name: 'Paragraph 1', exact: true })
      .getByRole('figure', { name: "Today's text (version 2)" }),
  ).toContainText('We commit to open, interoperable and secure data.');

  // The stale tab rejects Finland's against version 1: refused, read again, the reason kept.
  const rejected = card(stale, 'Paragraph 1', 'Finland');
  const reason = 'The privacy point is covered by the secure wording.';
  const staleForm = await decide(rejected, "Finland's amendment to paragraph 1", 'Reject', reason);
  await staleForm.getByRole('button', { name: /^Reject the amendment/ }).click();
  await expect(staleForm.getByRole('alert')).toContainText(
    "Paragraph 1 changed after version 1, which you were reading. The page now shows today's text",
  );
  await expect(rejected).toContainText("The same change to today's text (version 2)");
  await expect(staleForm.getByLabel('Reason')).toHaveValue(reason);
  await expect(rejected).toContainText('Status: Proposed');
  await staleForm.getByRole('button', { name: /^Reject the amendment/ }).click();
  await expect(rejected.getByRole('status')).toHaveText("Finland's amendment to paragraph 1 is rejected.");
  await expect(rejected).toContainText('Status: Rejected');
  await expect(rejected).toContainText(`Reason: ${reason}`);
  await stale.close();

  // Two amendments of version 1 to paragraph 2: the second one's words collide with the first's.
  await page.reload();
  const consuls = await decide(
    card(page, 'Paragraph 2', 'Finland'),
    "Finland's amendment to paragraph 2",
    'Accept as proposed',
    'Agreed.',
  );
  await consuls.getByRole('button', { name: /^Accept the amendment/ }).click();
  await expect(card(page, 'Paragraph 2', 'Finland')).toContainText('It made version 3 of the text.');
  const colliding = card(page, 'Paragraph 2', 'Indonesia');
  const collidingForm = await decide(
    colliding,
    "Indonesia's amendment to paragraph 2",
    'Accept as proposed',
    'Agreed.',
  );
  await collidingForm.getByRole('button', { name: /^Accept the amendment/ }).click();
  const paragraph2 = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  await expect(paragraph2.getByRole('alert')).toContainText(
    "Indonesia's amendment to paragraph 2 collides with a change made since.",
  );
  await expect(paragraph2.getByRole('link', { name: 'Write paragraph 2 in the editor' })).toHaveAttribute(
    'href',
    `/events/${slug}/outcome/editor`,
  );
  await expect(colliding).toContainText('Status: Proposed');
  await expect(page.locator('.status-counts li')).toHaveText([
    'Proposed 1',
    'Withdrawn 1',
    'Accepted 1',
    'Merged with modifications 1',
    'Rejected 1',
  ]);
  await expectAccessibleInBothLanguages(page, 'the amendment queue, for the chair');
  await world.close();
});
