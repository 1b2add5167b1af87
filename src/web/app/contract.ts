/**
 * The few values of the API contract the browser needs at run time. The modules
 * in src/shared build zod schemas as they load, and importing one value from
 * them would put all of zod in the first page's bundle; so the values are
 * repeated here, and the compiler checks that each is the same as its original.
 * Types come from src/shared directly (type imports cost nothing).
 */
import type { CSRF_HEADER as SHARED_CSRF_HEADER, EVENT_ROLES as SHARED_EVENT_ROLES } from '../../shared/auth.js';
import type { EVENT_MODES as SHARED_EVENT_MODES } from '../../shared/events.js';
import type { LANGUAGES as SHARED_LANGUAGES, pickText as sharedPickText } from '../../shared/text.js';

export const CSRF_HEADER: typeof SHARED_CSRF_HEADER = 'x-csrf-token';

export const EVENT_ROLES = [
  'organizer',
  'secretariat',
  'moderator',
  'focal_point',
  'delegate',
  'speaker',
  'participant',
] as const satisfies typeof SHARED_EVENT_ROLES;

export const EVENT_MODES = ['in_person', 'virtual', 'hybrid'] as const satisfies typeof SHARED_EVENT_MODES;

export const LANGUAGES = ['en', 'id'] as const satisfies typeof SHARED_LANGUAGES;

/** Picks the reader's language, then English: the same rule as pickText in src/shared/text.ts. */
export const pickText: typeof sharedPickText = (text, language) => text[language] || text.en || '';
