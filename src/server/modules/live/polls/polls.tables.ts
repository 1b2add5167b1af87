import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../../shared/events.js';
import type { PollKind, PollResults, PollStatus } from '../../../../shared/polls.js';
import { events } from '../../events/events.tables.js';
import { programmeSessions } from '../../programme/programme.tables.js';
import { registrations } from '../../registration/registration.tables.js';

/** A session's poll: prepared (draft), open for votes, or closed. At most one is open per session. */
export const polls = pgTable(
  'polls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => programmeSessions.id, { onDelete: 'cascade' }),
    question: jsonb('question').$type<LocalizedText>().notNull(),
    kind: text('kind').$type<PollKind>().notNull(),
    options: jsonb('options').$type<{ id: string; text: LocalizedText }[]>().notNull(),
    status: text('status').$type<PollStatus>().notNull().default('draft'),
    results: text('results').$type<PollResults>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('polls_session_idx').on(t.sessionId, t.createdAt)],
);

/** One row per option a registrant chose; a changed vote replaces their rows. */
export const pollVotes = pgTable(
  'poll_votes',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    optionId: uuid('option_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.registrationId, t.optionId] })],
);
