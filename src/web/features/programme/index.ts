// The programme feature's public face for the other features: the published programme and its page parts.
export { pagePaths, useProgramme } from './api.js';
export { ProgrammeHeading } from './ProgrammeParts.js';
