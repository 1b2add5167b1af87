import { expect } from '@playwright/test';
import { type ReceivedMail, readMailbox } from './mailbox.js';

function mailboxFile(): string {
  const file = process.env.PENDOPO_E2E_MAILBOX;
  if (!file) throw new Error('PENDOPO_E2E_MAILBOX is not set: run the tests with the global setup.');
  return file;
}

/** The newest mail to the address that the SMTP server received after `after` mails had arrived. */
export async function waitForMail(to: string, options: { after: number; subject?: RegExp }): Promise<ReceivedMail> {
  const matches = () =>
    readMailbox(mailboxFile())
      .slice(options.after)
      .filter((mail) => mail.to.includes(to.toLowerCase()) && (!options.subject || options.subject.test(mail.subject)));
  await expect.poll(() => matches().length, { message: `a mail to ${to}`, timeout: 30_000 }).toBeGreaterThan(0);
  const found = matches();
  return found[found.length - 1] as ReceivedMail;
}

/** How many mails have arrived so far: pass it as `after` to wait for the next one. */
export function mailCount(): number {
  return readMailbox(mailboxFile()).length;
}

/** The first link in a mail's text that starts with the prefix. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`No link starting with ${prefix} in:\n${mail.text}`);
  return link;
}
