import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  AdoptionChoice,
  AdoptionMethod,
  AmendmentKind,
  AmendmentStatus,
  OutcomeContent,
  OutcomeStage,
  ParagraphState,
  Position,
  PublishedOutcome,
} from '../../../shared/outcome.js';
import { accounts } from '../../core/auth/auth.tables.js';
import { delegations } from '../delegations/delegations.tables.js';
import { events } from '../events/events.tables.js';

/** An event's outcome document: its stage and its current version (the row's lock orders the versions). */
export const outcomeDocuments = pgTable('outcome_documents', {
  eventId: uuid('event_id')
    .primaryKey()
    .references(() => events.id, { onDelete: 'cascade' }),
  stage: text('stage').$type<OutcomeStage>().notNull().default('drafting'),
  version: integer('version').notNull().default(0),
  amendmentDeadline: timestamp('amendment_deadline', { withTimezone: true }),
  isDraftPublic: boolean('is_draft_public').notNull().default(false),
  /** Paragraph id -> its negotiation state; a paragraph not named is open. */
  states: jsonb('states').$type<Record<string, ParagraphState>>().notNull().default({}),
  method: text('method').$type<AdoptionMethod>(),
  adoptionDeadline: timestamp('adoption_deadline', { withTimezone: true }),
  adoptedAt: timestamp('adopted_at', { withTimezone: true }),
  /** The adopted text as published, frozen with its names and its hash: every export is made from it. */
  published: jsonb('published').$type<PublishedOutcome>(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every version of the text, whole: who made it, why, and which amendments it took in. */
export const outcomeVersions = pgTable(
  'outcome_versions',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    message: text('message').notNull(),
    content: jsonb('content').$type<OutcomeContent>().notNull(),
    amendmentIds: jsonb('amendment_ids').$type<string[]>().notNull().default([]),
    madeBy: uuid('made_by').references(() => accounts.id, { onDelete: 'set null' }),
    madeAt: timestamp('made_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.number] })],
);

/** A delegation's proposal on one paragraph of a version, and the chair's decision on it. */
export const outcomeAmendments = pgTable(
  'outcome_amendments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    delegationId: uuid('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    paragraphId: uuid('paragraph_id').notNull(),
    kind: text('kind').$type<AmendmentKind>().notNull(),
    text: text('text'),
    justification: text('justification').notNull(),
    againstVersion: integer('against_version').notNull(),
    /** The paragraph's authoritative text in that version, as the delegation read it: it never changes. */
    againstText: text('against_text'),
    status: text('status').$type<AmendmentStatus>().notNull().default('proposed'),
    proposedBy: uuid('proposed_by').references(() => accounts.id, { onDelete: 'set null' }),
    decisionReason: text('decision_reason'),
    /** The text the chair took in, when it differs from the proposal. */
    decidedText: text('decided_text'),
    decidedVersion: integer('decided_version'),
    decidedBy: uuid('decided_by').references(() => accounts.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outcome_amendments_event_idx').on(t.eventId, t.createdAt)],
);

/** Another delegation's support of or objection to an amendment: one each, changeable. */
export const outcomePositions = pgTable(
  'outcome_positions',
  {
    amendmentId: uuid('amendment_id')
      .notNull()
      .references(() => outcomeAmendments.id, { onDelete: 'cascade' }),
    delegationId: uuid('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    position: text('position').$type<Position>().notNull(),
    givenBy: uuid('given_by').references(() => accounts.id, { onDelete: 'set null' }),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.amendmentId, t.delegationId] })],
);

/** Each delegation's answer in the adoption (one voice per delegation): it joins, with a reservation or not, or breaks the silence. */
export const outcomeResponses = pgTable(
  'outcome_responses',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    delegationId: uuid('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    choice: text('choice').$type<AdoptionChoice>().notNull(),
    /** The reservation's text, or the reason the silence was broken. */
    text: text('text'),
    /** The paragraphs a reservation concerns; empty: the whole document. */
    paragraphIds: jsonb('paragraph_ids').$type<string[]>().notNull().default([]),
    explanation: text('explanation'),
    givenBy: uuid('given_by').references(() => accounts.id, { onDelete: 'set null' }),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.delegationId] })],
);
