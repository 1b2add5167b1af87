// The delegations feature's section of the organizer area, loaded by the manage page when opened.
import '../delegations.css';

export { DelegationsSection } from './DelegationsSection.js';
