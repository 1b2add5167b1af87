import { type BrowserContext, expect, type Page } from '@playwright/test';
import { linkIn, mailCount, waitForMail } from './mail.js';

export const ORGANIZER = { email: 'organizer@icdd-2021.example', name: 'ICDD Secretariat (demo)' };

/** The subject of a sign-in mail, in either language: other mails (a role granted) may arrive in between. */
export const SIGN_IN_SUBJECT = /sign-in link|Tautan masuk/;

/** The server's session cookie (src/server/core/http/session.ts). */
const SESSION_COOKIE = 'pendopo_session';

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;

// The sessions the link flow opened, by address: the server allows five sign-in mails a minute
// from one address (as it should), and the specs sign the same people in again and again.
const sessions = new Map<string, Cookies>();

async function resume(page: Page, email: string, next: string): Promise<boolean> {
  const cookies = sessions.get(email);
  if (!cookies) return false;
  await page.context().addCookies(cookies);
  const session = (await (await page.request.get('/api/session')).json()) as { account: { email: string } | null };
  // Signed out since (a spec's sign-out ends the session on the server): the link again.
  if (session.account?.email !== email) return false;
  await page.goto(next);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return true;
}

/**
 * Asks for a sign-in link through the API. Every browser of the run comes from 127.0.0.1, which may
 * ask five times a minute: past that the server answers 429 with Retry-After, and the spec waits as
 * a person told to try again later would, then asks once more.
 */
export async function requestSignInLink(page: Page, data: { email: string; redirectTo?: string }) {
  const ask = () => page.request.post('/api/auth/magic-link', { data });
  let response = await ask();
  if (response.status() === 429) {
    const seconds = Math.min(Number(response.headers()['retry-after'] ?? 60), 65);
    await page.waitForTimeout(seconds * 1000);
    response = await ask();
  }
  expect(response.status()).toBe(202);
  return response;
}

/**
 * Signs in as a person would, with the link the server mails: asks for it (through the API; the
 * journey covers the form), then opens it from the mail. The session is kept, and a later sign-in
 * of the same person in another browser takes it up while it is still open.
 */
export async function signInByMail(page: Page, email: string, next = '/') {
  if (await resume(page, email, next)) return;
  const before = mailCount();
  const response = await requestSignInLink(page, { email, redirectTo: next });
  const mail = await waitForMail(email, { after: before, subject: SIGN_IN_SUBJECT });
  const origin = new URL(response.url()).origin;
  await page.goto(linkIn(mail, `${origin}/sign-in/link?`));
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  // The session alone: the language or zone a spec chose stays with that spec.
  sessions.set(
    email,
    (await page.context().cookies()).filter((c) => c.name === SESSION_COOKIE),
  );
}
