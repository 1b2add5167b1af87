import { expectAccessibleInBothLanguages, switchLanguage } from '../support/a11y.js';
import { mailCount, waitForMail } from '../support/mail.js';
import { createAdoptedWorld } from '../support/outcomeWorld.js';
import { expect, test } from '../support/test.js';
import { part, reportCompleted, submitCommitment } from './hostSteps.js';

// An event of its own, adopted just now: its first reporting period runs for six months from today.
const slug = `host-${Date.now().toString(36)}`;

test('the host reviews commitments, reminds countries once a period, confirms a completion and sets the tracker', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const world = await createAdoptedWorld(page, browser, { slug });
  const indonesia = world.focal.ID;
  const finland = world.focal.FI;
  const portal = await submitCommitment(world, indonesia, 'National open data portal');
  await submitCommitment(world, indonesia, 'Diplomats trained in data');
  await submitCommitment(world, finland, 'Crisis alerts shared with neighbours');

  await page.goto(`/events/${slug}/manage/commitments`);
  await expect(page.getByRole('heading', { level: 2, name: 'Commitments' })).toBeVisible();

  // The review queue lists the three submitted commitments, each with its country.
  const queue = part(page, 'Review queue');
  const queueTable = queue.getByRole('table', { name: '3 commitments submitted for review' });
  await expect(queueTable.getByRole('row')).toHaveCount(4);
  await expect(queueTable.getByRole('row', { name: /Diplomats trained in data/ })).toContainText('Indonesia');
  await expect(queueTable.getByRole('row', { name: /Crisis alerts shared/ })).toContainText('Finland');

  // Returning one asks for comments first.
  await queue.getByRole('button', { name: 'Review “Diplomats trained in data”' }).click();
  const detail = queue.getByRole('region', { name: 'Diplomats trained in data (Indonesia)' });
  await expect(detail.getByRole('heading', { name: 'Diplomats trained in data (Indonesia)' })).toBeFocused();
  await expect(detail.getByText('Directorate of Information and Media')).toBeVisible();
  await expect(detail.getByRole('table', { name: '2 deliverables' })).toContainText('Portal online');
  await expectAccessibleInBothLanguages(page, 'the review of a commitment');
  const review = detail.getByRole('form', { name: "The secretariat's review" });
  await review.getByLabel('Specific').check();
  await review.getByRole('button', { name: 'Return with comments' }).click();
  await expect(review.getByLabel('Comments to the country')).toBeFocused();
  await expect(
    review.getByText('Say what the country should change before returning the commitment.').first(),
  ).toBeVisible();
  await review.getByLabel('Comments to the country').fill('Give a baseline: how many diplomats are trained today?');
  await review.getByRole('button', { name: 'Return with comments' }).click();
  await expect(
    queue
      .getByRole('status')
      .filter({ hasText: 'Returned to Indonesia with your comments: “Diplomats trained in data”.' }),
  ).toBeVisible();
  await expect(queue.getByRole('table', { name: '2 commitments submitted for review' })).toBeVisible();
  const returned = (await (
    await indonesia.page.request.get(world.api(`/delegations/${indonesia.delegationId}/commitments`))
  ).json()) as { title: { en: string }; reviewState: string; review: { checks: string[]; comments: string } }[];
  const sentBack = returned.find((c) => c.title.en === 'Diplomats trained in data');
  expect(sentBack?.reviewState).toBe('returned');
  expect(sentBack?.review).toEqual({
    checks: ['specific'],
    comments: 'Give a baseline: how many diplomats are trained today?',
  });

  // Publishing the other with the whole checklist.
  await queue.getByRole('button', { name: 'Review “National open data portal”' }).click();
  const publish = queue.getByRole('form', { name: "The secretariat's review" });
  for (const check of ['Specific', 'Measurable', 'Dated', 'Has a lead']) await publish.getByLabel(check).check();
  await publish.getByRole('button', { name: 'Publish' }).click();
  await expect(queue.getByRole('status').filter({ hasText: 'Published: “National open data portal”.' })).toBeVisible();
  await expect(queue.getByRole('table', { name: '1 commitment submitted for review' })).toBeVisible();
  expect((await page.request.get(world.api(`/commitments/${portal}`))).status()).toBe(200);

  // This period: the countries, late ones first; Indonesia has one published commitment not reported.
  await page.reload();
  const period = part(page, 'This period');
  await expect(period.getByText('Period 1 (reports every 6 months)')).toBeVisible();
  await expect(period.getByText(/WITA · .* CET · .* UTC/).first()).toBeVisible();
  const countries = period.getByRole('table', { name: 'Countries this period, late ones first' });
  const indonesiaRow = countries.getByRole('row', { name: /Indonesia/ });
  await expect(indonesiaRow.getByRole('cell')).toHaveText(['2', '0', '0', '0', '0', 'none']);
  await expect(countries.getByRole('row', { name: /Finland/ }).getByRole('cell')).toHaveText([
    '1',
    '0',
    '0',
    '0',
    '1',
    'none',
  ]);
  await countries.getByRole('button', { name: /^Awaiting review/ }).click();
  await expect(countries.getByRole('columnheader', { name: /Awaiting review/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(countries.getByRole('row').nth(1)).toContainText('Finland');

  // Reminders: the inline question says once per period; the first click sends, the second does not.
  const before = mailCount();
  await period.getByRole('button', { name: 'Send reminders now' }).click();
  await expect(period.getByText('Send the reminders now?')).toBeFocused();
  await expect(period.getByText(/at most once per period/)).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'the tracker dashboard with the reminders question');
  await period.getByRole('button', { name: 'Send the reminders' }).click();
  await expect(period.getByRole('status').filter({ hasText: /^Sent 1 reminder\.$/ })).toBeVisible();
  await expect(period.getByRole('button', { name: 'Send reminders now' })).toBeFocused();
  const mail = await waitForMail(`focal-id-${slug}@example.org`, { after: before });
  expect(mail.text).toContain('National open data portal');
  await expect(indonesiaRow.getByRole('cell').last()).toHaveText('before the due date');
  await period.getByRole('button', { name: 'Send reminders now' }).click();
  await period.getByRole('button', { name: 'Send the reminders' }).click();
  await expect(
    period.getByRole('status').filter({ hasText: 'No reminder sent. 1 had already been sent this period.' }),
  ).toBeVisible();

  // A completion the country reports waits for the secretariat's confirmation.
  await reportCompleted(world, indonesia, portal);
  await page.reload();
  const completions = part(page, 'Completions to confirm');
  await expect(completions.getByText('1 commitment reported completed by its country.')).toBeVisible();
  await completions.getByText('What the country reported').click();
  await expect(completions.getByText('The portal is online with 214 data sets.')).toBeVisible();
  await completions.getByRole('button', { name: 'Confirm completion of “National open data portal”' }).click();
  await expect(
    completions.getByText('Confirm that “National open data portal” (Indonesia) is completed?'),
  ).toBeFocused();
  await expectAccessibleInBothLanguages(page, 'a completion to confirm');
  await completions.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(
    completions.getByRole('status').filter({ hasText: 'Confirmed as completed: “National open data portal”.' }),
  ).toBeVisible();
  await expect(completions.getByText('No completion is waiting to be confirmed.')).toBeVisible();
  await expect(completions.getByRole('heading', { name: 'Completions to confirm' })).toBeFocused();
  const confirmed = (await (await page.request.get(world.api(`/commitments/${portal}`))).json()) as {
    completionConfirmedAt: string | null;
  };
  expect(confirmed.completionConfirmedAt).not.toBeNull();

  // Settings: a bad value is named beside its field; good ones are saved, with the answer beside the button.
  const settings = page.getByRole('form', { name: 'Tracker settings' });
  await expect(page.getByRole('region', { name: 'Weights', exact: true })).toHaveCount(0);
  await settings.getByLabel('Months between reports').fill('30');
  await settings.getByRole('button', { name: 'Save the tracker settings' }).click();
  await expect(settings.getByText('Give a whole number of months from 1 to 24.').first()).toBeVisible();
  await settings.getByLabel('Months between reports').fill('3');
  await settings.getByLabel('Days before the due date that reminders go out').fill('10');
  await settings.getByLabel('A date and time I choose').check();
  // A hundred days ago in the event's time (WITA, UTC+8): with periods of three months, the second runs now.
  const from = new Date(Math.floor((Date.now() - 100 * 86_400_000) / 60_000) * 60_000);
  const wita = new Date(from.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
  await settings.getByLabel('Date and time the periods start').fill(wita);
  await settings.getByLabel('The secretariat weighs each commitment').check();
  await settings.getByRole('button', { name: 'Save the tracker settings' }).click();
  await expect(settings.getByRole('status')).toHaveText('The tracker settings are saved.');
  const saved = (await (await page.request.get(world.api('/commitments/settings'))).json()) as Record<string, unknown>;
  expect(saved).toMatchObject({
    periodMonths: 3,
    remindDaysBefore: 10,
    weighting: 'custom',
    isReportingFromAdoption: false,
    reportingFrom: from.toISOString(),
  });
  await expect(period.getByText('Period 2 (reports every 3 months)')).toBeVisible();

  // Custom weighting: the published commitment's weight among its focus area's.
  const weights = part(page, 'Weights');
  const weight = weights.getByLabel('Weight of “National open data portal”');
  await weight.fill('0');
  await weights.getByRole('button', { name: 'Save' }).click();
  await expect(weights.getByText('A weight is a whole number from 1 to 100.')).toBeVisible();
  await weight.fill('4');
  await weights.getByRole('button', { name: 'Save' }).click();
  await expect(weights.getByRole('status').filter({ hasText: 'Saved: weight 4.' })).toBeVisible();
  const weighed = (await (await page.request.get(world.api(`/commitments/${portal}`))).json()) as { weight: number };
  expect(weighed.weight).toBe(4);
  await expectAccessibleInBothLanguages(page, 'the tracker settings and weights');

  // On a phone the page does not scroll sideways: the tables scroll in their own boxes.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(part(page, 'This period').getByRole('table')).toBeVisible();
  const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await scrollWidth()).toBeLessThanOrEqual(390);
  await switchLanguage(page, 'id');
  await expect(part(page, 'Periode ini').getByRole('table')).toBeVisible();
  expect(await scrollWidth()).toBeLessThanOrEqual(390);
  // The language is the account's: the next spec's organizer reads English again.
  await switchLanguage(page, 'en');
  await world.close();
});
