// The tracker's part of the organizer area, loaded when its section is first opened.
export { CommitmentsSection } from './CommitmentsSection.js';
