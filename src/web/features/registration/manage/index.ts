// The registration feature's sections of the organizer area, loaded by the manage page when opened.
import './list.css';
import './detail.css';

export { FiguresSection } from './FiguresSection.js';
export { RegistrationFormSection } from './RegistrationFormSection.js';
export { RegistrationsSection } from './RegistrationsSection.js';
