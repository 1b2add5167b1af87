import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Language } from '../../../shared/constants.js';
import type { LocalizedText } from '../../../shared/events.js';
import {
  type Answers,
  type ATTENDANCES,
  type Category,
  type Question,
  type RegistrationStatus,
  SECTORS,
} from '../../../shared/registration.js';
import { accounts } from '../../core/auth/auth.tables.js';
import { events } from '../events/events.tables.js';

export const sectorEnum = pgEnum('registration_sector', SECTORS);

/** One per event, made on first use from the defaults: the form organizers configure. */
export const registrationForms = pgTable('registration_forms', {
  eventId: uuid('event_id')
    .primaryKey()
    .references(() => events.id, { onDelete: 'cascade' }),
  isOpen: boolean('is_open').notNull().default(true),
  /** The registration window; null: no limit on that side. */
  opensAt: timestamp('opens_at', { withTimezone: true }),
  closesAt: timestamp('closes_at', { withTimezone: true }),
  categories: jsonb('categories').$type<Category[]>().notNull(),
  questions: jsonb('questions').$type<Question[]>().notNull().default([]),
  privacyNotice: jsonb('privacy_notice').$type<LocalizedText>().notNull(),
  privacyVersion: text('privacy_version').notNull(),
  inPersonCapacity: integer('in_person_capacity'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    category: text('category').notNull().default('participant'),
    name: text('name').notNull(),
    /** Lower-cased on the way in, so the unique key below is case-insensitive. */
    email: text('email').notNull(),
    country: text('country').notNull(),
    organization: text('organization').notNull(),
    position: text('position'),
    sector: sectorEnum('sector').notNull(),
    attendance: text('attendance').$type<(typeof ATTENDANCES)[number]>().notNull(),
    /** Ids of the rooms or sessions the person is interested in; may be empty. */
    panels: jsonb('panels').$type<string[]>().notNull().default([]),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    language: text('language').$type<Language>().notNull().default('en'),
    /** The IANA zone the registrant's browser gave: their mails state the event's time in it too. */
    timeZone: text('time_zone'),
    consentVersion: text('consent_version').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    status: text('status').$type<RegistrationStatus>().notNull(),
    /**
     * A random key per registration: the personal link's token is an HMAC of it under the
     * session secret, so the database alone cannot rebuild a link; erasure clears it.
     */
    linkKey: text('link_key'),
    /** What the badge's QR code carries; unguessable (100 random bits), shown to its holder only. */
    checkInCode: text('check_in_code').unique(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    /** The first time the registrant followed a session's live stream (the live module tells). */
    followedOnlineAt: timestamp('followed_online_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => accounts.id, { onDelete: 'set null' }),
    /** The staff's private note: shown to staff only, never to the registrant nor in their export; erased with them. */
    staffNote: text('staff_note'),
    /** Set when the person erased their data: the row stays for anonymous counts. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('registrations_event_email_key').on(t.eventId, t.email),
    // The capacity check counts confirmed in-person rows of one event; promotion takes the oldest waitlisted.
    index('registrations_event_status_idx').on(t.eventId, t.attendance, t.status, t.createdAt),
    index('registrations_event_created_idx').on(t.eventId, t.createdAt),
    index('registrations_account_idx').on(t.accountId),
  ],
);
