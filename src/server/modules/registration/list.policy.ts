import type { EventRole } from '../../../shared/auth.js';

/** Who may read and feed the organizer's list of registrations: the event's staff, never the registrants. */
export const LIST_POLICY = {
  readList: ['organizer', 'secretariat'],
  exportList: ['organizer', 'secretariat'],
  importList: ['organizer', 'secretariat'],
  readFigures: ['organizer', 'secretariat'],
} as const satisfies Record<string, readonly EventRole[]>;
