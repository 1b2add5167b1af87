import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Attachment } from './templates.js';

export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id'),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    /** The HTML part, made from the same blocks as the text (compose.ts); null on mails queued before it. */
    htmlBody: text('html_body'),
    /** Files the mail carries (a registration's .ics); none holds a credential. */
    attachments: jsonb('attachments').$type<Attachment[]>().notNull().default([]),
    /** The text as staff read it: every credential (sign-in or personal link) replaced by a note that one was sent. */
    redactedText: text('redacted_text').notNull(),
    template: text('template').notNull(),
    language: text('language').notNull(),
    /** pending -> sent, or pending -> failed after the last retry. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outbox_due_idx').on(t.status, t.nextAttemptAt), index('outbox_event_idx').on(t.eventId, t.createdAt)],
);
