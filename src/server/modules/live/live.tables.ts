import { boolean, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LiveOverride, QuestionStatus } from '../../../shared/live.js';
import { accounts } from '../../core/auth/auth.tables.js';
import { events } from '../events/events.tables.js';
import { programmeSessions } from '../programme/programme.tables.js';
import { registrations } from '../registration/registration.tables.js';

/**
 * A session's live state, made on its first live write: its settings, the question on the
 * room's screen, and where each of its two logs stands (the row's lock orders their messages).
 */
export const liveSessions = pgTable('live_sessions', {
  sessionId: uuid('session_id')
    .primaryKey()
    .references(() => programmeSessions.id, { onDelete: 'cascade' }),
  eventId: uuid('event_id')
    .notNull()
    .references(() => events.id, { onDelete: 'cascade' }),
  moderation: boolean('moderation').notNull().default(true),
  questionsOpen: boolean('questions_open').notNull().default(true),
  override: text('override').$type<LiveOverride>(),
  onScreen: uuid('on_screen'),
  publicSeq: integer('public_seq').notNull().default(0),
  moderationSeq: integer('moderation_seq').notNull().default(0),
  /** The most viewers at once, over every node, as their reports added up. */
  peakViewers: integer('peak_viewers').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The logs: each message serialised once, when written, and sent as these bytes to every
 * client and every resume. `channel` 0 is the public's, 1 the moderators'.
 */
export const liveMessages = pgTable(
  'live_messages',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => programmeSessions.id, { onDelete: 'cascade' }),
    channel: smallint('channel').notNull(),
    seq: integer('seq').notNull(),
    event: text('event').notNull(),
    data: text('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.channel, t.seq] })],
);

export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => programmeSessions.id, { onDelete: 'cascade' }),
    /** The asker: their name is read from the registration, so an erasure reaches it. */
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    anonymous: boolean('anonymous').notNull().default(false),
    status: text('status').$type<QuestionStatus>().notNull(),
    votes: integer('votes').notNull().default(0),
    moderatedBy: uuid('moderated_by').references(() => accounts.id, { onDelete: 'set null' }),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('questions_session_idx').on(t.sessionId, t.askedAt),
    index('questions_registration_idx').on(t.registrationId, t.askedAt),
  ],
);

/** One vote per registrant and question. */
export const questionVotes = pgTable(
  'question_votes',
  {
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.questionId, t.registrationId] }),
    index('question_votes_registration_idx').on(t.registrationId),
  ],
);

/** Who followed a session online: a registrant's first and last time on its stream. */
export const liveAttendance = pgTable(
  'live_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => programmeSessions.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.registrationId] }), index('live_attendance_event_idx').on(t.eventId)],
);

/** Each node's open streams per session, as it last reported them: their sum is who watches now. */
export const livePresence = pgTable(
  'live_presence',
  {
    node: text('node').notNull(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => programmeSessions.id, { onDelete: 'cascade' }),
    viewers: integer('viewers').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.node, t.sessionId] })],
);
