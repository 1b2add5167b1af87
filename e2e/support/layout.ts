import type { Page } from '@playwright/test';

/** Counts the page's layout shifts from the moment it begins to load, as Chromium counts them for Lighthouse. */
export async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts = { total: 0 };
    Object.assign(window, { pendopoShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.total += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift so far, of a page watched with watchLayoutShifts. */
export const layoutShiftOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { pendopoShifts: { total: number } }).pendopoShifts.total);
