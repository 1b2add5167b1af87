import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CommitmentImportError } from '../../../shared/commitmentImport.js';
import type {
  CommitmentType,
  Priority,
  ReportStatus,
  ReviewCheck,
  ReviewState,
  RollupWeighting,
} from '../../../shared/commitments.js';
import type { LocalizedText } from '../../../shared/text.js';
import { accounts } from '../../core/auth/auth.tables.js';
import { delegations } from '../delegations/delegations.tables.js';
import { events, focusAreas } from '../events/events.tables.js';

/** An event's tracker: how often countries report, how its figures are weighed, and a counter of its writes. */
export const commitmentTrackers = pgTable('commitment_trackers', {
  eventId: uuid('event_id')
    .primaryKey()
    .references(() => events.id, { onDelete: 'cascade' }),
  periodMonths: integer('period_months').notNull().default(6),
  /** Null: from the adoption of the outcome document. */
  reportingFrom: timestamp('reporting_from', { withTimezone: true }),
  remindDaysBefore: integer('remind_days_before').notNull().default(14),
  weighting: text('weighting').$type<RollupWeighting>().notNull().default('equal'),
  isReviewRequired: boolean('is_review_required').notNull().default(true),
  /** Bumped by every write to the event's commitments: the nodes' cached figures know when they are stale. */
  revision: integer('revision').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A country's voluntary commitment under one focus area of the adopted text. */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    delegationId: uuid('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    focusAreaId: uuid('focus_area_id')
      .notNull()
      .references(() => focusAreas.id, { onDelete: 'restrict' }),
    paragraphIds: jsonb('paragraph_ids').$type<string[]>().notNull().default([]),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    type: text('type').$type<CommitmentType>().notNull(),
    priority: text('priority').$type<Priority>().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    partnerCountries: jsonb('partner_countries').$type<string[]>().notNull().default([]),
    partnerOrganisations: jsonb('partner_organisations').$type<string[]>().notNull().default([]),
    lead: text('lead').notNull(),
    baseline: text('baseline'),
    target: text('target'),
    beganBefore: boolean('began_before').notNull(),
    /** Its weight among its focus area's commitments, when organizers weigh them. */
    weight: integer('weight').notNull().default(1),
    reviewState: text('review_state').$type<ReviewState>().notNull().default('draft'),
    reviewChecks: jsonb('review_checks').$type<ReviewCheck[]>().notNull().default([]),
    reviewComments: text('review_comments'),
    /** Whether the secretariat registered it on the country's behalf. */
    isOnBehalf: boolean('is_on_behalf').notNull().default(false),
    registeredBy: uuid('registered_by').references(() => accounts.id, { onDelete: 'set null' }),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    completionConfirmedAt: timestamp('completion_confirmed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The tracker's revision at its last change (its deliverables and reports included): a node reads only what moved. */
    revision: integer('revision').notNull().default(0),
    /** The import that wrote it, if one did: a failed import removes what it wrote by it. */
    importId: uuid('import_id').references(() => commitmentImports.id, { onDelete: 'set null' }),
    /** Its row's `id` in the imported file: the same row imported again into the event is refused. */
    importRef: text('import_ref'),
  },
  (t) => [
    index('commitments_event_idx').on(t.eventId, t.focusAreaId),
    index('commitments_revision_idx').on(t.eventId, t.revision),
    index('commitments_delegation_idx').on(t.delegationId),
    index('commitments_import_idx').on(t.importId),
    // Two imports of the same row running at once: the second one's chunk fails here, and is undone.
    uniqueIndex('commitments_import_ref_idx').on(t.eventId, t.importRef),
  ],
);

/** What a commitment delivers, by when, and its share of the commitment's progress. */
export const commitmentDeliverables = pgTable(
  'commitment_deliverables',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    weight: integer('weight').notNull(),
  },
  (t) => [index('commitment_deliverables_commitment_idx').on(t.commitmentId, t.position)],
);

/** A progress report: the status, each deliverable's progress, the story and the evidence. */
export const commitmentReports = pgTable(
  'commitment_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    status: text('status').$type<ReportStatus>().notNull(),
    /** Deliverable id -> percent done. */
    progress: jsonb('progress').$type<Record<string, number>>().notNull(),
    narrative: jsonb('narrative').$type<LocalizedText>().notNull(),
    evidence: jsonb('evidence').$type<string[]>().notNull().default([]),
    isOnBehalf: boolean('is_on_behalf').notNull().default(false),
    submittedBy: uuid('submitted_by').references(() => accounts.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commitment_reports_commitment_idx').on(t.commitmentId, t.submittedAt)],
);

/**
 * The reminders sent, one row per delegation, period and kind: the key makes "once per period"
 * hold with any number of nodes running the job at once.
 */
export const commitmentReminders = pgTable(
  'commitment_reminders',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    delegationId: uuid('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    period: integer('period').notNull(),
    kind: text('kind').$type<'due' | 'late'>().notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.delegationId, t.period, t.kind] })],
);

/** A CSV import the secretariat started: checked, then run by a node's job, its progress kept here. */
export const commitmentImports = pgTable('commitment_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id')
    .notNull()
    .references(() => events.id, { onDelete: 'cascade' }),
  state: text('state').$type<'queued' | 'running' | 'done' | 'failed'>().notNull().default('queued'),
  /** The file, emptied when the import ends (done or failed): it can hold contact data, and megabytes. */
  csv: text('csv').notNull(),
  /** The reports' file, if the import brought one; null again when the import ends. */
  reportsCsv: text('reports_csv'),
  total: integer('total').notNull(),
  done: integer('done').notNull().default(0),
  /** The commitments written so far (in the file's order): where a node that takes the import over resumes. */
  position: integer('position').notNull().default(0),
  /** What failed: the rows found wrong when the job checked the file again, or the reason it stopped. */
  errors: jsonb('errors').$type<CommitmentImportError[]>().notNull().default([]),
  /** The run that holds it: each chunk's transaction checks it still does, so two nodes never both write it. */
  runner: uuid('runner'),
  /** When its runner last wrote: a running import silent for long is taken over by another node. */
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
  startedBy: uuid('started_by').references(() => accounts.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
