// The browser's door to the contract's run-time values: a module without zod.
export {
  ATTENDANCES,
  ATTENDED_KINDS,
  type AttendedKind,
  CSRF_HEADER,
  EVENT_MODES,
  EVENT_ROLES,
  LANGUAGES,
  pickText,
  QUESTION_TYPES,
  REGISTRATION_STATUSES,
  SECTORS,
  SESSION_TYPES,
} from '../../shared/constants.js';
export {
  LIVE_EVENTS,
  QUESTION_MAX_LENGTH,
  STREAM_KINDS,
  type StreamKind,
  streamKind,
  watchable,
} from '../../shared/media.js';
