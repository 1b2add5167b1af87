import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One line per rule and one per element, so that a failure says what to fix and where. */
function readable(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map(
        (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
      );
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** axe-core with the WCAG 2.2 AA rules finds nothing on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  await test.step(`axe-core: ${label}`, async () => {
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      violations.map((v) => v.id),
      `${label} (${page.url()})\n${readable(violations)}`,
    ).toEqual([]);
  });
}

const SWITCH = { en: 'English', id: 'Bahasa Indonesia' } as const;

/** Switches the page's language with the header's switch, and waits until the page speaks it. */
export async function switchLanguage(page: Page, language: keyof typeof SWITCH) {
  await page.getByRole('button', { name: SWITCH[language], exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Checks the page in English and in Indonesian, and leaves it in the language it was in. */
export async function expectAccessibleInBothLanguages(page: Page, label: string) {
  const first = (await page.locator('html').getAttribute('lang')) === 'id' ? 'id' : 'en';
  const second = first === 'en' ? 'id' : 'en';
  await expectAccessible(page, `${label}, ${first}`);
  await switchLanguage(page, second);
  await expectAccessible(page, `${label}, ${second}`);
  await switchLanguage(page, first);
}
