// The programme feature's section of the organizer area, loaded by the manage page when opened.
export { ProgrammeSection } from './ProgrammeSection.js';
