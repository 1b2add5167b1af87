// The events feature's public face for the other features: the event query and its times.
export { eventKeys, useEvent } from './api.js';
export { EventTimes } from './EventTimes.js';
