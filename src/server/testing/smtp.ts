import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The plain-text part (the whole body of a single-part mail). */
  text: string;
  /** The HTML part, when the mail has one. */
  html: string | null;
  attachments: ReceivedAttachment[];
}

/** Undoes quoted-printable: soft line breaks, then =XX bytes as UTF-8. */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** =?UTF-8?Q?...?= and =?UTF-8?B?...?= words of a header. */
const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, word: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(word, 'base64').toString('utf8')
        : decodeQuotedPrintable(word.replace(/_/g, ' ')),
    );

interface Part {
  head: string;
  body: string;
}

const header = (head: string, name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
const parameter = (value: string, name: string) => new RegExp(`${name}="?([^";]+)"?`, 'i').exec(value)?.[1] ?? '';

function splitPart(raw: string): Part {
  const split = raw.indexOf('\r\n\r\n');
  return { head: raw.slice(0, split).replace(/\r\n[ \t]+/g, ' '), body: raw.slice(split + 4) };
}

function decodeBody(part: Part): string {
  const encoding = header(part.head, 'Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  if (encoding === 'base64') return Buffer.from(part.body, 'base64').toString('utf8');
  return part.body;
}

/** The leaves of a MIME tree, multiparts opened at their boundaries. */
function leaves(part: Part): Part[] {
  const type = header(part.head, 'Content-Type');
  if (!/^multipart\//i.test(type)) return [part];
  const boundary = parameter(type, 'boundary');
  return part.body
    .split(`--${boundary}`)
    .slice(1, -1)
    .flatMap((piece) => leaves(splitPart(piece.replace(/^\r\n/, ''))));
}

/** Just enough MIME for the platform's mails: the subject, the text and HTML parts, the attachments. */
function parseMail(raw: string, to: string[]): ReceivedMail {
  const message = splitPart(raw);
  const mail: ReceivedMail = {
    to,
    subject: decodeWords(header(message.head, 'Subject')),
    text: '',
    html: null,
    attachments: [],
  };
  for (const part of leaves(message)) {
    const type = header(part.head, 'Content-Type') || 'text/plain';
    const disposition = header(part.head, 'Content-Disposition');
    if (/^attachment/i.test(disposition)) {
      const filename = parameter(disposition, 'filename') || parameter(type, 'name');
      mail.attachments.push({ filename, contentType: type, content: decodeBody(part) });
    } else if (/^text\/html/i.test(type)) mail.html = decodeBody(part);
    else if (/^text\/plain/i.test(type)) mail.text = decodeBody(part);
  }
  return mail;
}

/**
 * A real SMTP server on 127.0.0.1 for the mail sender to deliver to. While
 * `isRefusing` is true it answers every message with a permanent error.
 */
export async function startTestSmtpServer(options: { onMail?: (all: ReceivedMail[]) => void } = {}) {
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
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        received.push(parseMail(Buffer.concat(chunks).toString('utf8'), to));
        options.onMail?.(received);
        for (const wake of waiters.splice(0)) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
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
