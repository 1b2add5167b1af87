// The one pg-core schema: every table of every module, for Drizzle and drizzle-kit.

export * from '../../modules/checkin/checkin.tables.js';
export * from '../../modules/commitments/commitments.tables.js';
export * from '../../modules/delegations/delegations.tables.js';
export * from '../../modules/events/events.tables.js';
export * from '../../modules/live/live.tables.js';
export * from '../../modules/live/polls/polls.tables.js';
export * from '../../modules/outcome/outcome.tables.js';
export * from '../../modules/programme/programme.tables.js';
export * from '../../modules/registration/registration.tables.js';
export * from '../audit/audit.tables.js';
export * from '../auth/auth.tables.js';
export * from '../idempotency/idempotency.tables.js';
export * from '../mail/mail.tables.js';
