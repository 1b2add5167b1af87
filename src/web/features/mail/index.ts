// The mail feature's public face: the table of sent mail, shown to the admin and to an event's staff.
export { MailTable } from './MailTable.js';
