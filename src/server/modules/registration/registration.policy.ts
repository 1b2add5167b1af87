import type { EventRole } from '../../../shared/auth.js';

const STAFF = ['organizer', 'secretariat'] as const satisfies readonly EventRole[];

/**
 * Who may do what to registrations. Registering is open to anyone, signed in or not;
 * `registrant` is the person the registration belongs to (signed in with its personal link).
 */
export const REGISTRATION_POLICY = {
  register: 'anyone',
  readForm: 'anyone',
  configureForm: STAFF,
  useLink: 'anyone holding the personal link',
  readOwn: 'registrant',
  changeOwn: 'registrant',
  decide: STAFF,
  eraseAll: ['organizer'],
  downloadOwnBadge: 'registrant with a confirmed in-person place',
  downloadBadges: STAFF,
  checkIn: STAFF,
  readCheckIns: STAFF,
} as const satisfies Record<string, readonly EventRole[] | string>;
