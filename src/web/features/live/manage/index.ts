// The live feature's section of the organizer area, loaded by the manage page when opened.
export { AttendanceSection } from './AttendanceSection.js';
