import type { EventRole } from '../../../shared/auth.js';

const STAFF = ['organizer', 'secretariat'] as const satisfies readonly EventRole[];

/** Who may do what to an event's programme. The published programme is public. */
export const PROGRAMME_POLICY = {
  readPublished: 'anyone',
  readChangelog: 'anyone',
  readSpeakerPhoto: 'anyone (a published speaker); organizer, secretariat (a draft one)',
  readDraft: STAFF,
  editSessions: STAFF,
  editSpeakers: STAFF,
  publish: STAFF,
  useAgenda: 'anyone signed in',
} as const satisfies Record<string, readonly EventRole[] | string>;
