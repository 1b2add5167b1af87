import { index, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { type ATTENDANCES, type RegistrationStatus, SECTORS } from '../../../shared/registration.js';
import { accounts } from '../../core/auth/auth.tables.js';
import { events } from '../events/events.tables.js';

export const sectorEnum = pgEnum('registration_sector', SECTORS);

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
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    consentVersion: text('consent_version').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    status: text('status').$type<RegistrationStatus>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('registrations_event_email_key').on(t.eventId, t.email),
    // The capacity check counts confirmed in-person rows of one event.
    index('registrations_event_status_idx').on(t.eventId, t.attendance, t.status),
  ],
);
