import type { Page } from '@playwright/test';
import { linkIn, waitForMail } from '../support/mail.js';

export const EVENT = '/events/icdd-2021';

/** The personal link of the newest mail to the address: the one that opens "my registration". */
export async function personalLink(page: Page, email: string, after: number): Promise<string> {
  const mail = await waitForMail(email, { after });
  const origin = new URL(page.url()).origin;
  return linkIn(mail, `${origin}${EVENT}/registration?token=`);
}
