import type { CheckInSummary } from '../../../shared/checkin.js';
import type { ListFilter } from '../../../shared/registrationList.js';
import type { Queryable } from '../../core/db/db.js';
import * as repo from './attendees.repo.js';
import { loadForm } from './form.service.js';
import { inPersonPlaces } from './placement.js';
import type { RegistrationRow } from './registration.repo.js';
import * as registrations from './registration.repo.js';

/**
 * What the check-in module may know of registrations: the badge holders, one found by
 * the code on their badge, and the mark that they came. The queries stay here.
 */
export type Attendee = RegistrationRow;

/** The badge holders a bulk download prints, by name, narrowed by the list's filters. */
export const listBadgeHolders = (db: Queryable, eventId: string, filter: ListFilter): Promise<Attendee[]> =>
  repo.listBadgeHolders(db, eventId, filter);

/** The registration of a check-in code, locked until the transaction ends: two scans take turns. */
export const findAttendeeForCheckIn = (tx: Queryable, eventId: string, code: string): Promise<Attendee | undefined> =>
  repo.findByCheckInCodeForUpdate(tx, eventId, code);

/** The same, found by the registration's id: check-in by hand at a desk. */
export const findAttendeeByIdForCheckIn = (tx: Queryable, eventId: string, id: string): Promise<Attendee | undefined> =>
  registrations.findById(tx, eventId, id, true);

export const markCheckedIn = (tx: Queryable, id: string, at: Date): Promise<void> => repo.markCheckedIn(tx, id, at);

/** Badge holders, and how many of them came. */
export const countCheckIns = (db: Queryable, eventId: string): Promise<CheckInSummary> =>
  repo.countCheckIns(db, eventId);

/** The in-person places at the venue: the form's number, or the plenary's capacity. */
export const countInPersonPlaces = async (db: Queryable, eventId: string): Promise<number> =>
  inPersonPlaces(db, eventId, await loadForm(db, eventId));

export { loadEventAndForm, loadForm } from './form.service.js';
export { findOwnRegistration } from './self.service.js';

/** Who came to the venue (checked in at the door): for the attendance that merges venue and online. */
export const findCheckedInRegistrations = (db: Queryable, eventId: string): Promise<string[]> =>
  repo.listCheckedInIds(db, eventId);

/** For the live module: the registrant followed a session online (the list shows venue, online or both). */
export const markFollowedOnline = (db: Queryable, id: string, at = new Date()): Promise<void> =>
  repo.markFollowedOnline(db, id, at);
