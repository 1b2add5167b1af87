// The delegations feature's public face for the other features: the plenary's speakers of a theme.
export { PlenarySpeakers } from './PlenarySpeakers.js';
