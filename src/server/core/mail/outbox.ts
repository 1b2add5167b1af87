import { and, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Language } from '../../../shared/text.js';
import { type Db, type Queryable, rowsOf } from '../db/db.js';
import { compose } from './compose.js';
import { outbox } from './mail.tables.js';
import { render, renderRedacted, type Template } from './templates.js';

export const MAIL_QUEUED_CHANNEL = 'mail.queued';

type QueuedMail<P extends object> = {
  to: string;
  template: Template<P>;
  language: Language;
  params: P;
  eventId?: string | null;
};

const outboxValues = <P extends object>(mail: QueuedMail<P>) => {
  const { subject, text, html, attachments } = compose(
    render(mail.template, mail.language, mail.params),
    mail.language,
  );
  return {
    eventId: mail.eventId ?? null,
    toAddress: mail.to,
    subject,
    textBody: text,
    htmlBody: html,
    attachments: [...attachments],
    // Staff read only the redacted text; the HTML part with its live link is sent, never shown to them.
    redactedText: compose(renderRedacted(mail.template, mail.language, mail.params), mail.language).text,
    template: mail.template.name,
    language: mail.language,
  };
};

/** Queues a mail in the caller's transaction: it is sent only if the write commits. */
export async function enqueueMail<P extends object>(tx: Queryable, mail: QueuedMail<P>): Promise<string> {
  const [row] = await tx.insert(outbox).values(outboxValues(mail)).returning({ id: outbox.id });
  if (!row) throw new Error('outbox insert returned nothing');
  return row.id;
}

/** Many mails in one statement, in the caller's transaction. */
export async function enqueueMails<P extends object>(tx: Queryable, mails: QueuedMail<P>[]): Promise<void> {
  if (mails.length > 0) await tx.insert(outbox).values(mails.map(outboxValues));
}

/** Newest first; the mails of one event, or every mail. */
export async function listOutbox(db: Queryable, options: { eventId?: string; limit: number }) {
  return db
    .select()
    .from(outbox)
    .where(options.eventId ? eq(outbox.eventId, options.eventId) : undefined)
    .orderBy(desc(outbox.createdAt))
    .limit(options.limit);
}

export type OutboxRow = typeof outbox.$inferSelect;

/** An event's mails whose last attempt failed: retrying, or given up (a sent mail's error is cleared). */
export async function countFailingMails(db: Queryable, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.eventId, eventId), isNotNull(outbox.lastError)));
  return row?.n ?? 0;
}

/**
 * Leases due mails to this node for a few minutes, so that several senders
 * never deliver the same mail twice and a crashed sender's lease runs out.
 */
export async function claimDueMails(db: Db, limit: number, leaseSeconds: number): Promise<OutboxRow[]> {
  const result = await db.execute(sql`
    update outbox set next_attempt_at = now() + make_interval(secs => ${leaseSeconds})
    where id in (
      select id from outbox where status = 'pending' and next_attempt_at <= now()
      order by next_attempt_at limit ${limit} for update skip locked)
    returning id`);
  const ids = rowsOf<{ id: string }>(result).map((r) => r.id);
  if (ids.length === 0) return [];
  // In the order they were queued: a person's confirmation goes before the change that follows it.
  return db.select().from(outbox).where(inArray(outbox.id, ids)).orderBy(outbox.createdAt, outbox.id);
}

export async function markSent(db: Db, id: string): Promise<void> {
  await db.update(outbox).set({ status: 'sent', sentAt: new Date(), lastError: null }).where(eq(outbox.id, id));
}

export async function markFailedAttempt(
  db: Db,
  options: { id: string; attempts: number; error: string; retryAt: Date | null },
): Promise<void> {
  await db
    .update(outbox)
    .set({
      attempts: options.attempts,
      lastError: options.error.slice(0, 500),
      status: options.retryAt ? 'pending' : 'failed',
      nextAttemptAt: options.retryAt ?? new Date(),
    })
    .where(and(eq(outbox.id, options.id), eq(outbox.status, 'pending')));
}

/**
 * Erasure: the mails about one event (to the given addresses only, or all of them),
 * and the mails about no event to addresses whose accounts are gone.
 */
export async function deleteMails(
  tx: Queryable,
  options: { eventId: string; to: string[]; goneAddresses: string[] },
): Promise<void> {
  if (options.to.length > 0) {
    await tx.delete(outbox).where(and(eq(outbox.eventId, options.eventId), inArray(outbox.toAddress, options.to)));
  }
  if (options.goneAddresses.length > 0) {
    await tx.delete(outbox).where(and(isNull(outbox.eventId), inArray(outbox.toAddress, options.goneAddresses)));
  }
}

export async function listMailsTo(db: Queryable, options: { to: string; eventId: string }) {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.toAddress, options.to), eq(outbox.eventId, options.eventId)))
    .orderBy(desc(outbox.createdAt));
}
