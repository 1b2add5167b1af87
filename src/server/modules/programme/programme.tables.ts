import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../shared/events.js';
import type {
  ProgrammeChange,
  PublishedProgramme,
  SessionRole,
  SessionType,
  Stream,
} from '../../../shared/programme.js';
import { accounts } from '../../core/auth/auth.tables.js';
import { events, rooms, statementThemes } from '../events/events.tables.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const speakers = pgTable(
  'speakers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** Set when the speaker has an account here (then they hold the event's speaker role). */
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    /** Their position, as printed under the name: "Minister for Foreign Affairs". */
    title: text('title').notNull().default(''),
    organization: text('organization').notNull().default(''),
    /** ISO 3166-1 alpha-2, or null for the stateless (international organisations). */
    country: text('country'),
    bio: jsonb('bio').$type<LocalizedText>().notNull().default({}),
    /** The photo as served: resized and re-encoded on upload, so nothing of the original file is kept. */
    photo: bytea('photo'),
    photoType: text('photo_type'),
    photoUpdatedAt: timestamp('photo_updated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('speakers_event_idx').on(t.eventId)],
);

export const programmeSessions = pgTable(
  'programme_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    type: text('type').$type<SessionType>().notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    roomId: uuid('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'restrict' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Null: the room's capacity. */
    capacity: integer('capacity'),
    /** The statement theme a plenary segment is about, where it has one. */
    themeId: uuid('theme_id').references(() => statementThemes.id, { onDelete: 'set null' }),
    /** Stream links by language (the live issue fills them in). */
    streams: jsonb('streams').$type<Stream[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programme_sessions_event_idx').on(t.eventId, t.startsAt)],
);

/** Who is on a session: speakers and moderators, in the order they are listed. */
export const sessionPeople = pgTable(
  'session_people',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => programmeSessions.id, { onDelete: 'cascade' }),
    speakerId: uuid('speaker_id')
      .notNull()
      .references(() => speakers.id, { onDelete: 'cascade' }),
    role: text('role').$type<SessionRole>().notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.speakerId] }), index('session_people_speaker_idx').on(t.speakerId)],
);

/**
 * Every published version of an event's programme: what the public reads and the
 * exports are built from, so readers never see a half-edited draft.
 */
export const programmeVersions = pgTable(
  'programme_versions',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => accounts.id, { onDelete: 'set null' }),
    changes: jsonb('changes').$type<ProgrammeChange[]>().notNull(),
    snapshot: jsonb('snapshot').$type<PublishedProgramme>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.version] })],
);

/** A signed-in person's own agenda: the sessions they mean to follow. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => programmeSessions.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.eventId, t.sessionId] })],
);

/**
 * The key behind a person's secret agenda feed address: the address carries an HMAC of
 * it under the session secret (as the personal link does); a new key retires the old address.
 */
export const agendaFeeds = pgTable(
  'agenda_feeds',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.eventId] })],
);
