import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type ReceivedMail, startTestSmtpServer } from '../../src/server/testing/smtp.js';

export type { ReceivedMail };

/**
 * The server tests' real SMTP server, with each mail it receives added to a
 * JSON file, which the tests (in other processes) read.
 */
export async function startMailbox(file: string) {
  writeFileSync(file, '[]');
  return startTestSmtpServer({
    onMail: (received) => {
      // Written whole and renamed into place, so a reader never sees half a file.
      writeFileSync(`${file}.part`, JSON.stringify(received, null, 2));
      renameSync(`${file}.part`, file);
    },
  });
}

export function readMailbox(file: string): ReceivedMail[] {
  return JSON.parse(readFileSync(file, 'utf8')) as ReceivedMail[];
}
