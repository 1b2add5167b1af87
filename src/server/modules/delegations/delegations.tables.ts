import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { DelegationKind, DelegationRole, ProtocolRank } from '../../../shared/delegations.js';
import type { LocalizedText } from '../../../shared/events.js';
import { accounts } from '../../core/auth/auth.tables.js';
import { events, statementThemes } from '../events/events.tables.js';
import { registrations } from '../registration/registration.tables.js';

/** The group that represents one invited country (or organisation) at an event. */
export const delegations = pgTable(
  'delegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<DelegationKind>().notNull(),
    /** ISO 3166-1 alpha-2 for a country; null for an organisation. */
    country: text('country'),
    /** An organisation's name; countries are named from their code in the reader's language. */
    name: jsonb('name').$type<LocalizedText>().notNull().default({}),
    themeId: uuid('theme_id').references(() => statementThemes.id, { onDelete: 'set null' }),
    themeChosenAt: timestamp('theme_chosen_at', { withTimezone: true }),
    /** The country statement, in English and/or Indonesian. */
    statement: jsonb('statement').$type<LocalizedText>().notNull().default({}),
    statementVideoUrl: text('statement_video_url'),
    statementSubmittedAt: timestamp('statement_submitted_at', { withTimezone: true }),
    /** When the delegation confirmed it takes part: breaks ties of rank in the default speaking order. */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** Set when organizers reorder the plenary speaking list; null keeps the protocol order. */
    speakingPosition: integer('speaking_position'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('delegations_event_country_key').on(t.eventId, t.country),
    index('delegations_event_idx').on(t.eventId),
  ],
);

/** A delegation's people: each one a delegate registration the focal point endorsed. */
export const delegationMembers = pgTable(
  'delegation_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    delegationId: uuid('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .unique()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    role: text('role').$type<DelegationRole>().notNull(),
    /** The protocol rank (of the head, above all): it sets the default speaking order. */
    rank: text('rank').$type<ProtocolRank>(),
    endorsedAt: timestamp('endorsed_at', { withTimezone: true }),
    endorsedBy: uuid('endorsed_by').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('delegation_members_delegation_idx').on(t.delegationId)],
);

/** Per event: when statements lock, and how many delegations each theme may take. */
export const delegationSettings = pgTable('delegation_settings', {
  eventId: uuid('event_id')
    .primaryKey()
    .references(() => events.id, { onDelete: 'cascade' }),
  statementDeadline: timestamp('statement_deadline', { withTimezone: true }),
  /** Theme id -> the most delegations that may choose it; a theme not named has no quota. */
  themeQuotas: jsonb('theme_quotas').$type<Record<string, number>>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
