import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../../core/auth/auth.tables.js';
import { events } from '../events/events.tables.js';
import { registrations } from '../registration/registration.tables.js';

/** Every scan at the door, the repeated ones included: staff see who came back and when. */
export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('check_ins_event_idx').on(t.eventId, t.createdAt)],
);
