// The live feature's public face for the other features: the event page's "live now / next" strip.
export { LiveStrip } from './LiveStrip.js';
