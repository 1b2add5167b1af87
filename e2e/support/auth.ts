import { expect, type Page } from '@playwright/test';
import { linkIn, mailCount, waitForMail } from './mail.js';

export const ORGANIZER = { email: 'organizer@icdd-2021.example', name: 'ICDD Secretariat (demo)' };

/**
 * Signs in as a person would, with the link the server mails: asks for it
 * (through the API; the journey covers the form), then opens it from the mail.
 */
export async function signInByMail(page: Page, email: string, next = '/') {
  const before = mailCount();
  const response = await page.request.post('/api/auth/magic-link', { data: { email, redirectTo: next } });
  expect(response.status()).toBe(202);
  const mail = await waitForMail(email, { after: before });
  const origin = new URL(response.url()).origin;
  await page.goto(linkIn(mail, `${origin}/sign-in/link?`));
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
