import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { expect, test } from '../support/test.js';

const PROGRAMME = '/events/icdd-2021/programme';
const PANEL_A = 'Panel A: The digital economy';

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the four panels stand side by side, the opening spans the rooms; session and speaker pages', async ({
    page,
  }) => {
    await page.goto(PROGRAMME);
    const card = (title: string) =>
      page.getByRole('article').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    const panels = ['A', 'B', 'C', 'D'].map((letter) => card(new RegExp(`^Panel ${letter}:`).source));
    await expect(page.getByRole('article')).toHaveCount(10);
    const boxes = await Promise.all(
      ['Panel A: The digital economy', 'Panel B: Innovation for MSMEs'].map((t) => card(t).boundingBox()),
    );
    // Side by side: the same top, B to the right of A.
    expect(boxes[0]?.y).toBe(boxes[1]?.y);
    expect(boxes[1]?.x ?? 0).toBeGreaterThan((boxes[0]?.x ?? 0) + (boxes[0]?.width ?? 0) - 1);
    const opening = await page.getByRole('article').first().boundingBox();
    expect(opening?.width ?? 0).toBeGreaterThan((boxes[0]?.width ?? 0) * 3);
    expect(panels).toHaveLength(4);
    // Amsterdam is the browser's zone here: 15:25 WITA is 08:25 CET and 07:25 UTC.
    await expect(card(PANEL_A).locator('time')).toHaveText(['15:25–16:55 WITA', '08:25–09:55 CET', '07:25–08:55 UTC']);
    await expectAccessibleInBothLanguages(page, 'programme, wide');

    // The filters by keyboard alone: the list follows each choice, the count says how much is shown.
    const type = page.getByLabel('Type of session');
    await type.focus();
    for (const _ of ['Opening', 'Plenary', 'Panel']) await page.keyboard.press('ArrowDown');
    await expect(type).toHaveValue('panel');
    await expect(page.getByRole('status').filter({ hasText: 'shown' })).toHaveText('4 of 10 sessions shown');
    await expect(page).toHaveURL(/\?type=panel$/);
    await expect(type).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article')).toHaveCount(10);
    await expect(page).toHaveURL(/\/programme$/);

    await card(PANEL_A).getByRole('link', { name: PANEL_A, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(PANEL_A) })).toBeVisible();
    await expect(page.getByText('Panel Room A: Digital Economy')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Add this session to your calendar (.ics)' })).toHaveAttribute(
      'href',
      /^\/events\/icdd-2021\/sessions\/[0-9a-f-]{36}\.ics$/,
    );
    await expect(page.getByRole('link', { name: 'Sign in to build your own agenda' })).toHaveAttribute(
      'href',
      /^\/sign-in\?next=%2Fevents%2Ficdd-2021%2Fprogramme%2Fsessions%2F/,
    );
    await expectAccessibleInBothLanguages(page, 'session page');

    await page.getByRole('region', { name: 'Speakers and moderator' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hana Kusuma' })).toBeVisible();
    await expect(page.getByText('Country: Indonesia')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
    await expect(page.getByRole('article').getByRole('heading', { name: PANEL_A })).toBeVisible();
    await expectAccessibleInBothLanguages(page, 'speaker page');

    await page.goto(PROGRAMME);
    await card('Country statements: digital diplomacy for crisis management').getByRole('link').first().click();
    const speakers = page.getByRole('region', { name: 'Country statements in speaking order' });
    await expect(speakers.getByRole('listitem').first()).toBeVisible();
    await expect(speakers.getByRole('link', { name: 'All delegations and their statements' })).toHaveAttribute(
      'href',
      '/events/icdd-2021/delegations',
    );
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  test('the programme is one list in time order, with nothing wider than the screen', async ({ page }) => {
    await page.goto(PROGRAMME);
    await expect(page.getByRole('article')).toHaveCount(10);
    const tops = await page.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect()));
    // One below the other, each as wide as the list.
    for (let i = 1; i < tops.length; i += 1) expect(tops[i]?.top ?? 0).toBeGreaterThan(tops[i - 1]?.bottom ?? 0);
    expect(new Set(tops.map((box) => Math.round(box.width))).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAccessibleInBothLanguages(page, 'programme, phone');
  });
});
