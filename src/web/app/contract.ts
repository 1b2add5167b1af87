// The browser's door to the contract's run-time values: a module without zod.
export { CSRF_HEADER, EVENT_MODES, EVENT_ROLES, LANGUAGES, pickText } from '../../shared/constants.js';
