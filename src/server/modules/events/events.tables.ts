import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText, Venue } from '../../../shared/events.js';

export const events = pgTable('events', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  theme: jsonb('theme').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull(),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  timeZone: text('time_zone').notNull(),
  venue: jsonb('venue').$type<Venue>().notNull(),
  mode: text('mode').$type<'in_person' | 'virtual' | 'hybrid'>().notNull(),
  /** ISO 3166-1 alpha-2 codes of the invited countries. */
  invitedCountries: jsonb('invited_countries').$type<string[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

const eventChild = {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id')
    .notNull()
    .references(() => events.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
};

export const statementThemes = pgTable('statement_themes', {
  ...eventChild,
  title: jsonb('title').$type<LocalizedText>().notNull(),
});

export const focusAreas = pgTable('focus_areas', {
  ...eventChild,
  title: jsonb('title').$type<LocalizedText>().notNull(),
});

export const rooms = pgTable('rooms', {
  ...eventChild,
  name: jsonb('name').$type<LocalizedText>().notNull(),
  capacity: integer('capacity').notNull(),
});
