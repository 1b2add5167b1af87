import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { createAdoptedWorld } from '../support/outcomeWorld.js';
import { expect, test } from '../support/test.js';
import { part, submitCommitment } from './hostSteps.js';

// An event of its own, adopted just now, with one published commitment that the export writes.
const importSlug = `host-import-${Date.now().toString(36)}`;

/** The export's commitments file made into `count` new commitments of the same country, each with an id and title of its own. */
function copiesOf(exported: string, count: number, edit: (row: Record<string, string>, n: number) => void = () => {}) {
  const [header = [], first = []] = parse(exported, { bom: true }) as string[][];
  const rows = Array.from({ length: count }, (_, i) => {
    const row = Object.fromEntries(header.map((column, at) => [column, first[at] ?? '']));
    row.id = randomUUID();
    row.title_en = `Imported commitment ${i + 1}`;
    edit(row, i + 2);
    return header.map((column) => row[column] ?? '');
  });
  return stringify([header, ...rows]);
}

test('the host imports commitments from a spreadsheet: bad rows named and nothing written, then a good file imported to the end', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const world = await createAdoptedWorld(page, browser, { slug: importSlug });
  const id = await submitCommitment(world, world.focal.ID, 'National open data portal');
  const published = await page.request.post(world.api(`/commitments/${id}/review`), {
    headers: world.headers,
    data: { decision: 'publish', checks: ['specific', 'measurable', 'dated', 'has_lead'], comments: null },
  });
  expect(published.status()).toBe(200);
  const exported = await (await page.request.get(`/events/${importSlug}/commitments.csv`)).text();
  const count = async () =>
    ((await (await page.request.get(world.api('/commitments/all?pageSize=1'))).json()) as { total: number }).total;

  await page.goto(`/events/${importSlug}/manage/commitments`);
  const panel = part(page, 'Import from a spreadsheet');
  await expect(panel.getByRole('button', { name: 'Check the files' })).toHaveAttribute('aria-disabled', 'true');

  // A file with two bad rows: every bad row and field is named, and nothing can be imported.
  const bad = copiesOf(exported, 5, (row, n) => {
    if (n === 3) row.type = 'pledge';
    if (n === 5) row.title_en = '';
  });
  const commitmentsFile = panel.getByRole('group', { name: 'Commitments (commitments.csv)' });
  await commitmentsFile
    .getByLabel('Upload a file')
    .setInputFiles({ name: 'commitments.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(commitmentsFile.getByText('Read from commitments.csv: about 5 rows.')).toBeVisible();
  await panel.getByRole('button', { name: 'Check the files' }).click();
  await expect(panel.getByRole('alert')).toContainText('2 rows need fixing. Nothing was imported');
  const issues = panel.getByRole('table', { name: '2 problems to fix' });
  await expect(issues.getByRole('row').nth(1).getByRole('cell')).toHaveText(['3', 'type', /.+/]);
  await expect(issues.getByRole('row').nth(2).getByRole('cell')).toHaveText(['5', 'title_en', /.+/]);
  await expect(panel.getByRole('button', { name: /^Import \d+ commitments?$/ })).toHaveCount(0);
  await expectAccessibleInBothLanguages(page, 'an import with bad rows');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });
  expect(await count()).toBe(1);

  // A good file, pasted: the dry run says what would be written, then the import runs to the end.
  const good = copiesOf(exported, 40);
  await commitmentsFile.getByLabel('Or paste its text').fill(good);
  await expect(commitmentsFile.getByText(/Read from/)).toHaveCount(0);
  await expect(panel.getByRole('table', { name: '2 problems to fix' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Check the files' }).click();
  await expect(
    panel
      .getByRole('status')
      .filter({ hasText: 'All 40 rows are fine: 40 commitments and 0 reports would be imported.' }),
  ).toBeVisible();
  expect(await count()).toBe(1);
  await panel.getByRole('button', { name: 'Import 40 commitments' }).click();
  await expect(panel.getByRole('heading', { name: 'The import' })).toBeFocused();
  await expect(panel.getByRole('progressbar', { name: 'Records written' })).toBeVisible();
  await expect(panel.getByRole('status').filter({ hasText: 'Imported: 40 records.' })).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByText('Done. 40 of 40 records written (100%).')).toBeVisible();
  await expect(panel.getByRole('progressbar', { name: 'Records written' })).toHaveAttribute('value', '40');
  expect(await count()).toBe(41);
  // The dashboard counts them at once.
  await expect(
    part(page, 'This period')
      .getByRole('row', { name: /Indonesia/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('41');
  await expectAccessibleInBothLanguages(page, 'an import done');
  await world.close();
});
