/**
 * The values of the API contract that the browser needs at run time. This module
 * imports nothing, so the browser can use it without pulling zod into the first
 * page's bundle; the zod schemas beside it build on these values.
 */
export const LANGUAGES = ['en', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

export const EVENT_ROLES = [
  'organizer',
  'secretariat',
  'moderator',
  'focal_point',
  'delegate',
  'speaker',
  'participant',
] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

export const EVENT_MODES = ['in_person', 'virtual', 'hybrid'] as const;

export const SECTORS = ['government', 'private', 'academia', 'civil_society', 'media', 'other'] as const;
export type Sector = (typeof SECTORS)[number];
export const ATTENDANCES = ['in_person', 'virtual'] as const;
export type Attendance = (typeof ATTENDANCES)[number];
/** How a registrant did attend: checked in at the venue, followed a live stream, both, or neither yet. */
export const ATTENDED_KINDS = ['venue', 'online', 'both', 'none'] as const;
export type AttendedKind = (typeof ATTENDED_KINDS)[number];
export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted', 'declined', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const QUESTION_TYPES = ['text', 'single', 'multiple', 'checkbox', 'number', 'date', 'country', 'email'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const SESSION_TYPES = ['opening', 'plenary', 'panel', 'break', 'closing'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];
export const SESSION_ROLES = ['speaker', 'moderator'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

export const DELEGATION_KINDS = ['country', 'organization'] as const;
export type DelegationKind = (typeof DELEGATION_KINDS)[number];
export const DELEGATION_ROLES = ['head', 'delegate', 'adviser'] as const;
export type DelegationRole = (typeof DELEGATION_ROLES)[number];
/** Highest first: the default plenary speaking order follows the head of delegation's rank. */
export const PROTOCOL_RANKS = ['minister', 'vice_minister', 'ambassador', 'senior_official', 'expert'] as const;
export type ProtocolRank = (typeof PROTOCOL_RANKS)[number];

export const CSRF_HEADER = 'x-csrf-token';

/** Event addresses that are pages of their own. */
export const RESERVED_SLUGS = ['new'] as const;

/** Picks the reader's language, then English. */
export function pickText(text: Record<string, string>, language: string): string {
  return text[language] || text.en || '';
}
