import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Bus } from '../bus/bus.js';
import type { Db } from '../db/db.js';
import { claimDueMails, MAIL_QUEUED_CHANNEL, markFailedAttempt, markSent, type OutboxRow } from './outbox.js';

const MAX_ATTEMPTS = 8;
const POLL_MS = 5_000;
const LEASE_SECONDS = 120;

/** Seconds before retry n: 30 s, 1 min, 2 min, ... capped at an hour. */
export const retryDelaySeconds = (attempt: number) => Math.min(3600, 30 * 2 ** (attempt - 1));

export interface MailSender {
  /** Sends what is due now; resolves when done (tests call it directly). */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

export async function startMailSender(options: {
  db: Db;
  bus: Bus;
  smtpUrl: string;
  from: string;
  log: FastifyBaseLogger;
  pollMs?: number;
}): Promise<MailSender> {
  const transport = nodemailer.createTransport(options.smtpUrl);
  let running: Promise<number> | null = null;
  let isStopped = false;

  async function deliver(mail: OutboxRow): Promise<void> {
    try {
      await transport.sendMail({
        from: options.from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        ...(mail.htmlBody ? { html: mail.htmlBody } : {}),
        attachments: mail.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
        })),
      });
      await markSent(options.db, mail.id);
    } catch (error) {
      const attempts = mail.attempts + 1;
      const retryAt = attempts < MAX_ATTEMPTS ? new Date(Date.now() + retryDelaySeconds(attempts) * 1000) : null;
      options.log.warn({ mailId: mail.id, attempts }, 'mail delivery failed');
      await markFailedAttempt(options.db, { id: mail.id, attempts, error: String(error), retryAt });
    }
  }

  async function drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const due = await claimDueMails(options.db, 20, LEASE_SECONDS);
      if (due.length === 0 || isStopped) return sent;
      for (const mail of due) await deliver(mail);
      sent += due.length;
    }
  }

  function flush(): Promise<number> {
    running ??= drain().finally(() => {
      running = null;
    });
    return running;
  }

  const tick = () => {
    flush().catch((error: unknown) => options.log.error({ err: error }, 'mail sender failed'));
  };
  const timer = setInterval(tick, options.pollMs ?? POLL_MS);
  timer.unref();
  const unsubscribe = await options.bus.subscribe(MAIL_QUEUED_CHANNEL, tick);

  return {
    flush,
    stop: async () => {
      isStopped = true;
      clearInterval(timer);
      await unsubscribe();
      await running;
      transport.close();
    },
  };
}
