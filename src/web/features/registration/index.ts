// The registration feature's public face for the other features: the event's registration form.
export { useRegistrationForm } from './api.js';
