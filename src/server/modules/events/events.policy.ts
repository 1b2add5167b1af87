import type { EventRole } from '../../../shared/auth.js';

/** Who may do what to an event. Reading a published event is public. */
export const EVENT_POLICY = {
  create: 'platform administrators',
  update: ['organizer', 'secretariat'],
  readAudit: ['organizer'],
  readOutbox: ['organizer', 'secretariat'],
  manageRoles: ['organizer'],
} as const satisfies Record<string, readonly EventRole[] | string>;
