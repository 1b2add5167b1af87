import { expectAccessible, expectAccessibleInBothLanguages } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { registrantPage } from '../support/registrant.js';
import { expect, test } from '../support/test.js';
import { createPanel } from './panel.js';

const SLUG = 'live-rehearsal';

test('a participant asks, the moderator approves it and puts it on screen: the participant’s page and the room’s screen follow without a reload; a poll answered in two contexts shows its result live', async ({
  browser,
  page,
}) => {
  await signInByMail(page, ORGANIZER.email);
  const session = await createPanel(page, {
    slug: SLUG,
    name: { en: 'Live Rehearsal', id: 'Gladi Langsung' },
    isStarted: true,
  });

  const participant = await (await browser.newContext()).newPage();
  await participant.goto('/');
  await registrantPage(participant, SLUG, 'ayu.live@example.id');
  await participant.goto(`${session}/live`);
  await expect(participant.getByRole('heading', { level: 1, name: /Live: Rehearsal panel/ })).toBeVisible();
  await expect(participant.getByText('Live now', { exact: true })).toBeVisible();
  await expect(participant.getByRole('status').filter({ hasText: 'Updates arrive as they happen' })).toBeVisible();

  await participant.getByLabel('Your question, in any language').fill('How will the Bali Message reach small islands?');
  await participant.getByLabel(/Hide my name from the public/).check();
  await participant.getByRole('button', { name: 'Send the question' }).click();
  await expect(participant.getByText('The moderators will review it before it is shown.')).toBeVisible();
  await expect(participant.getByText('Waiting for review')).toBeVisible();

  await page.goto(`${session}/live`);
  const presenter = await (await browser.newContext()).newPage();
  await presenter.goto(`${session}/presenter`);
  await expect(presenter.getByText('Questions from the audience appear here.')).toBeVisible();

  const pending = page.getByRole('region', { name: /Waiting for review/ });
  await expect(pending.getByText('Ni Luh Putu Ayu (name hidden from the public)')).toBeVisible();
  await pending.getByRole('button', { name: 'Approve' }).click();
  await expect(
    participant
      .getByRole('region', { name: 'Questions from the audience' })
      .getByText('How will the Bali Message reach small islands?'),
  ).toBeVisible();
  await expect(participant.getByText('Anonymous')).toBeVisible();

  await page.getByRole('region', { name: /Shown/ }).getByRole('button', { name: 'Put on screen' }).click();
  await expect(presenter.getByText('How will the Bali Message reach small islands?')).toBeVisible();
  await expect(participant.getByText('On screen')).toBeVisible();
  await expect(presenter.getByText('Ni Luh Putu Ayu')).toHaveCount(0);

  // A poll: prepared and opened by the moderator, answered in two contexts, its result live on every page.
  const manager = page.getByRole('region', { name: 'Polls', exact: true });
  await manager.getByLabel('Question in English').fill('Which matters most for small islands?');
  await manager.getByLabel('Options in English').fill('Connectivity\nSkills\nFinance');
  await manager.getByRole('button', { name: 'Prepare the poll' }).click();
  await manager.getByRole('button', { name: 'Open the poll' }).click();
  const second = await (await browser.newContext()).newPage();
  await second.goto('/');
  await registrantPage(second, SLUG, 'budi.live@example.id');
  await second.goto(`${session}/live`);
  for (const voter of [participant, second]) {
    const poll = voter.getByRole('region', { name: 'Poll', exact: true });
    await poll.getByLabel('Skills').check();
    await poll.getByRole('button', { name: 'Vote' }).click();
    await expect(poll.getByText(/Your vote is counted/)).toBeVisible();
  }
  for (const viewer of [participant, presenter, page])
    await expect(viewer.getByText('2 votes (100%)').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download the results (CSV)' })).toBeVisible();

  // The organizers' attendance: the two registrants followed online, and the streams open now.
  await page.goto(`/events/${SLUG}/manage/attendance`);
  const totals = page.getByRole('definition');
  await expect(page.getByRole('term').filter({ hasText: 'Online (followed a session)' })).toBeVisible();
  await expect(totals.nth(2)).toHaveText('2');
  await expect(
    page
      .getByRole('row', { name: /Rehearsal panel/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('2');
  await expectAccessibleInBothLanguages(page, 'attendance');
  await page.goto(`${session}/live`);

  await expectAccessibleInBothLanguages(participant, 'live page, participant');
  await expectAccessibleInBothLanguages(page, 'live page, moderator');
  await expectAccessible(presenter, 'presenter view, en');
  await presenter
    .context()
    .addCookies([{ name: 'pendopo.language', value: 'id', url: new URL(presenter.url()).origin }]);
  await presenter.reload();
  await expect(presenter.locator('html')).toHaveAttribute('lang', 'id');
  await expect(presenter.getByText('How will the Bali Message reach small islands?')).toBeVisible();
  await expectAccessible(presenter, 'presenter view, id');
});
