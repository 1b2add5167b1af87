import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The body, quoted-printable decoded. */
  text: string;
}

/** Undoes quoted-printable: soft line breaks, then =XX bytes. */
function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  try {
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  } catch {
    return bytes;
  }
}

function parseMail(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const subject = /^Subject: (.*)$/im.exec(head)?.[1] ?? '';
  const isQuotedPrintable = /^Content-Transfer-Encoding: quoted-printable$/im.test(head);
  return { to, subject, text: isQuotedPrintable ? decodeQuotedPrintable(body) : body };
}

/**
 * A real SMTP server on 127.0.0.1 for the mail sender to deliver to. While
 * `isRefusing` is true it answers every message with a permanent error.
 */
export async function startTestSmtpServer() {
  const received: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const state = { isRefusing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.isRefusing) {
          const error = Object.assign(new Error('Mailbox unavailable (test server refusing)'), { responseCode: 550 });
          return callback(error);
        }
        const to = session.envelope.rcptTo.map((r) => r.address);
        received.push(parseMail(Buffer.concat(chunks).toString('utf8'), to));
        for (const wake of waiters.splice(0)) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    /** Resolves when a mail to the address has arrived (the test's own timeout bounds the wait). */
    async waitForMailTo(address: string): Promise<ReceivedMail> {
      for (;;) {
        const mail = received.find((m) => m.to.includes(address));
        if (mail) return mail;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An SMTP URL where nothing listens: a port the system gave out and took back. */
export async function closedSmtpUrl(): Promise<string> {
  const server = await startTestSmtpServer();
  const { url } = server;
  await server.close();
  return url;
}
