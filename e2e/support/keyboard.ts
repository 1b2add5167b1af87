import { expect, type Locator, type Page } from '@playwright/test';
import { switchLanguage } from './a11y.js';

/** Presses Tab until the target has the focus: what a keyboard user does, failing if it is never reached. */
export async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/**
 * A date field reached with Tab. Its segments follow the system's locale, not the page's, so the
 * day, month and year are not typed; the date input's own keys are Chromium's.
 */
export async function dateInto(page: Page, target: Locator, isoDate: string) {
  await tabTo(page, target);
  await target.fill(isoDate);
}

/** At a phone's width, in either language, nothing makes the page scroll sideways. */
export async function expectNoSidewaysScroll(page: Page) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const language of ['id', 'en'] as const) {
    await switchLanguage(page, language);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), language).toBeLessThanOrEqual(390);
  }
  if (before) await page.setViewportSize(before);
}
