import type { EventRole } from '../../../shared/auth.js';

const STAFF = ['organizer', 'secretariat'] as const satisfies readonly EventRole[];

/**
 * Who may do what to delegations. `focal_point` means the focal point of that one
 * delegation (event_roles.delegation_id): a focal point of another is refused (403).
 */
export const DELEGATION_POLICY = {
  readPublic: 'anyone',
  readOverview: STAFF,
  create: STAFF,
  inviteFocalPoint: STAFF,
  updateSettings: STAFF,
  reorder: ['organizer'],
  findMine: 'signed in: the focal point of a delegation',
  readWorkspace: ['focal_point', ...STAFF],
  chooseTheme: ['focal_point', ...STAFF],
  submitStatement: ['focal_point', ...STAFF],
  endorseMember: ['focal_point', ...STAFF],
  removeMember: ['focal_point', ...STAFF],
} as const satisfies Record<string, readonly EventRole[] | string>;

export const STAFF_ROLES = STAFF;
