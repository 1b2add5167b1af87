import type { Page } from '@playwright/test';
import { expectAccessibleInBothLanguages, switchLanguage } from '../support/a11y.js';
import { createOutcomeWorld, type OutcomeWorld } from '../support/outcomeWorld.js';
import { expect, test } from '../support/test.js';

const slug = `compare-${Date.now().toString(36)}`;

type Paragraph = { id: string; text: Record<string, string> };
type Working = {
  content: { preamble: Paragraph[]; sections: { focusAreaId: string; paragraphs: Paragraph[] }[] };
};
const kept = (p: Paragraph) => ({ id: p.id, text: p.text });

/**
 * The chair's second version, against the first: in the first section a paragraph inserted after
 * paragraph 1 and paragraph 2 reworded (so that it becomes 3); in the second, its last paragraph deleted.
 */
async function secondVersion(world: OutcomeWorld) {
  const { chair, headers, api } = world;
  expect((await chair.request.post(api('/outcome/stage'), { headers, data: { stage: 'negotiation' } })).status()).toBe(
    200,
  );
  const working = (await (await chair.request.get(api('/outcome/working'))).json()) as Working;
  const [policy, crisis] = working.content.sections as [
    Working['content']['sections'][number],
    Working['content']['sections'][number],
  ];
  const [commit, train] = policy.paragraphs as [Paragraph, Paragraph];
  const saved = await chair.request.put(api('/outcome/text'), {
    headers,
    data: {
      baseVersion: 1,
      message: 'Second draft after the first reading',
      title: { en: 'Rehearsal Message', id: 'Pesan Gladi' },
      preamble: working.content.preamble.map(kept),
      sections: [
        {
          focusAreaId: policy.focusAreaId,
          paragraphs: [
            kept(commit),
            { text: { en: 'We publish what we measure.', id: 'Kami menerbitkan apa yang kami ukur.' } },
            { id: train.id, text: { en: 'We train our young envoys.', id: 'Kami melatih para utusan muda kami.' } },
          ],
        },
        { focusAreaId: crisis.focusAreaId, paragraphs: crisis.paragraphs.slice(0, 1).map(kept) },
      ],
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  expect(await saved.json()).toEqual({ version: 2 });
}

const paragraph = (page: Page, text: string) => page.locator('.compare-paragraph', { hasText: text });

test('two versions compared word by word, inline and side by side, the choices kept in the address', async ({
  page,
  browser,
}) => {
  const world = await createOutcomeWorld(page, browser, { slug });
  await page.goto(`/events/${slug}/outcome/compare`);
  await expect(page.getByRole('heading', { level: 1, name: /Compare versions/ })).toBeVisible();
  await expect(page.getByText('There is nothing to compare yet')).toBeVisible();

  await secondVersion(world);
  await page.reload();
  // By default: the version before the latest against the latest, inline, the changed paragraphs only.
  await expect(page.getByLabel('Version A (the earlier)')).toHaveValue('1');
  await expect(page.getByLabel('Version B (the later)')).toHaveValue('2');
  await expect(page.getByLabel('Version B (the later)').locator('option:checked')).toHaveText(
    /^Version 2 — Second draft after the first reading, .* WITA$/,
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Version 1 compared with version 2' })).toBeVisible();
  await expect(page.getByText('Changed: 1 · Inserted: 1 · Deleted: 1 · Unchanged: 4')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '4 unchanged paragraphs are hidden.' })).toBeVisible();

  // The reworded paragraph, renumbered: its words struck and added, each said in words too.
  const reworded = paragraph(page, 'We train our');
  await expect(reworded.getByText('2 → 3', { exact: true })).toBeVisible();
  await expect(reworded).toContainText('Paragraph 2, now 3');
  await expect(reworded.locator('del')).toHaveText('deleted: diplomats (end of deletion)');
  await expect(reworded.locator('ins')).toHaveText('inserted: young envoys (end of insertion)');
  const inserted = paragraph(page, 'We publish what we measure.');
  await expect(inserted.getByText('new 2', { exact: true })).toBeVisible();
  await expect(inserted.locator('ins')).toHaveText('inserted: We publish what we measure. (end of insertion)');
  // The deleted paragraph stands where it was, under its section.
  const crisis = page.getByRole('region', { name: 'Crisis management' });
  await expect(crisis.getByText('was 4, deleted', { exact: true })).toBeVisible();
  await expect(crisis.locator('del')).toHaveText('deleted: We protect our citizens abroad. (end of deletion)');
  await expect(page.getByRole('region', { name: 'Policy frameworks' }).locator('.compare-paragraph')).toHaveCount(2);
  await expect(page.getByText('We commit to open data.')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: 'Preamble' })).toHaveCount(0);
  await expectAccessibleInBothLanguages(page, 'the comparison, inline');

  // Every paragraph: the unchanged ones come back, the preamble first.
  await page.getByLabel('Only the changed paragraphs').uncheck();
  await expect(page.getByRole('status').filter({ hasText: 'Every paragraph is shown.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText('Preamble');
  await expect(paragraph(page, 'We share early warnings.').getByText('3 → 4', { exact: true })).toBeVisible();
  await expect(paragraph(page, 'We commit to open data.')).toContainText('Paragraph 1');

  // Side by side, in Indonesian: the older text with its deletions, the newer with its insertions.
  await page.getByLabel('Side by side: the two versions in a table').check();
  await page.getByLabel('Indonesian (the translation)').check();
  const table = page.getByRole('table', { name: 'Version 1 and version 2, side by side' });
  await expect(table.getByRole('columnheader')).toHaveText(['Version A: version 1', 'Version B: version 2']);
  const row = table.getByRole('row', { name: /Kami melatih/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText(
    '2 Kami melatih para deleted: diplomat (end of deletion) kami.',
  );
  await expect(row.getByRole('cell').nth(1)).toHaveText(
    '3 Kami melatih para inserted: utusan muda (end of insertion) kami.',
  );
  await expect(table.getByRole('rowheader', { name: 'Pembukaan' })).toHaveCount(0);
  await expect(table.getByRole('rowheader', { name: 'Preamble' })).toBeVisible();
  const gone = table.getByRole('row', { name: /Kami melindungi warga kami/ });
  await expect(gone.getByRole('cell').nth(0)).toHaveText(/^4 deleted: Kami melindungi warga kami di luar negeri\./);
  await expect(gone.getByRole('cell').nth(1)).toHaveText('Not in this version.');
  await expectAccessibleInBothLanguages(page, 'the comparison, side by side');
  // On a phone the table scrolls inside its box; the page itself does not.
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(table).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The address keeps every choice: a reload, or the link sent to a colleague, shows the same.
  await expect(page).toHaveURL(/[?&]from=1&to=2&lang=id&view=side&all=1$/);
  await page.reload();
  await expect(page.getByLabel('Side by side: the two versions in a table')).toBeChecked();
  await expect(page.getByLabel('Indonesian (the translation)')).toBeChecked();
  await expect(page.getByLabel('Only the changed paragraphs')).not.toBeChecked();
  await expect(page.getByRole('table', { name: 'Version 1 and version 2, side by side' })).toBeVisible();

  // One version against itself says so.
  await page.getByLabel('Version A (the earlier)').selectOption('2');
  await expect(page.getByText('Version A and version B are the same version')).toBeVisible();
  await expect(page).toHaveURL(/[?&]from=2&to=2/);

  // A delegation's focal point reads the comparison too.
  const focal = world.focal.ID.page;
  await focal.goto(`/events/${slug}/outcome/compare?view=inline`);
  await expect(paragraph(focal, 'We train our').getByText('2 → 3', { exact: true })).toBeVisible();
  await switchLanguage(focal, 'id');
  await expect(focal.getByRole('heading', { level: 1, name: /Bandingkan versi/ })).toBeVisible();
  await expect(paragraph(focal, 'We train our').getByText('2 → 3', { exact: true })).toBeVisible();
  await world.close();
});
