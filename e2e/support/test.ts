import { test as base, expect } from '@playwright/test';

// A refused request is part of some journeys (a 404 page, a taken address); the browser logs each one.
const EXPECTED = /^Failed to load resource: the server responded with a status of 4\d\d/;

/**
 * Playwright's test, watching the browser: an uncaught error, a script or style
 * the CSP refused, or any other console error fails the test that caused it.
 */
export const test = base.extend<{ browserProblems: undefined }>({
  browserProblems: [
    async ({ context }, use) => {
      const problems: string[] = [];
      context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
      context.on('console', (message) => {
        if (message.type() === 'error' && !EXPECTED.test(message.text())) problems.push(message.text());
      });
      await use(undefined);
      expect(problems, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
