import type { EventRole } from '../../../shared/auth.js';

/** Who may do what to registrations. Registering is open to anyone, signed in or not. */
export const REGISTRATION_POLICY = {
  register: 'anyone',
} as const satisfies Record<string, readonly EventRole[] | string>;
