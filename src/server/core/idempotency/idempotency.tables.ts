import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The answers given to creating requests that carried an Idempotency-Key, kept a day: a
 * resend with the same key and body gets the same answer. Written in the transaction of the
 * write it answers, so a write that committed always has its answer here.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** The method, the address and the caller (an account's id, or "anonymous"): one caller's key never meets another's. */
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the request's parameters and body: the same key with another body is refused. */
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    response: jsonb('response').notNull(),
    /** The record the write created: erasing it removes its answers. */
    entityId: text('entity_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
    index('idempotency_keys_entity_idx').on(t.entityId),
  ],
);
