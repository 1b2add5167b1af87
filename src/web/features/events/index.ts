// The events feature's public face for the other features: the event query, its times, and its ended state.
export { eventKeys, useEvent } from './api.js';
export { EndedBanner } from './EndedBanner.js';
export { EventTimes } from './EventTimes.js';
