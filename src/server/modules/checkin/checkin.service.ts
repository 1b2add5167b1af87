import type { Access } from '../../../shared/access.js';
import { normalizeCheckInCode } from '../../../shared/checkInCode.js';
import type { CheckInResult, CheckInSummary } from '../../../shared/checkin.js';
import { CHECKIN_POLICY } from '../../../shared/policies.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, invalidField, notFound } from '../../core/errors.js';
import { eventOperation, eventRead } from '../events/operation.service.js';
import * as attendees from '../registration/attendees.service.js';
import { categoryName } from './badge.service.js';
import * as repo from './checkin.repo.js';

/** The bus channel that says "someone checked in at this event"; each node's streams read the count themselves. */
export const checkInChannel = (eventId: string) => `check-ins:${eventId}`;

export interface CheckedIn {
  eventId: string;
  result: CheckInResult;
}

/**
 * Staff at the door: records the scan (every one, repeats included), marks the first
 * as the arrival, and says who it is. The registration's row is locked, so two
 * devices scanning one badge at once give one first arrival and one repeat.
 */
export async function checkIn(options: { db: Db; actor: Actor; slug: string; code: string }): Promise<CheckedIn> {
  return recordArrival({ ...options, may: CHECKIN_POLICY.checkIn }, (tx, eventId) => {
    const code = normalizeCheckInCode(options.code);
    if (!code) {
      throw invalidField(
        'code',
        'field.invalid_format',
        'is not a check-in code: 20 letters and digits',
        'check_in.malformed_code',
      );
    }
    return attendees.findAttendeeForCheckIn(tx, eventId, code);
  });
}

/** Staff at a desk, from the registrations list: the same arrival, found by the registration instead of its badge. */
export async function checkInByHand(options: { db: Db; actor: Actor; slug: string; id: string }): Promise<CheckedIn> {
  return recordArrival({ ...options, may: CHECKIN_POLICY.checkInByHand, isByHand: true }, async (tx, eventId) => {
    const row = await attendees.findAttendeeByIdForCheckIn(tx, eventId, options.id);
    if (!row || row.erasedAt) throw notFound('registration');
    return row;
  });
}

async function recordArrival(
  options: { db: Db; actor: Actor; slug: string; may: Access; isByHand?: boolean },
  find: (tx: Queryable, eventId: string) => Promise<attendees.Attendee | undefined>,
): Promise<CheckedIn> {
  return eventOperation(options, async ({ tx, event, actor, audit }) => {
    const row = await find(tx, event.id);
    const form = await attendees.loadForm(tx, event.id);
    if (!row || row.erasedAt) {
      throw new AppError('check_in.unknown_code', 'No badge of this event carries this code.', [
        { field: 'code', code: 'field.not_found', message: 'is not the code of a badge of this event' },
      ]);
    }
    if (row.attendance !== 'in_person') {
      throw new AppError('check_in.not_in_person', `${row.name} attends online, not in person.`, [
        { field: 'attendance', code: 'field.wrong_state', message: row.attendance },
      ]);
    }
    if (row.status !== 'confirmed') {
      throw new AppError('check_in.not_confirmed', `This registration is ${row.status}, not confirmed.`, [
        { field: 'status', code: 'field.wrong_state', message: row.status },
      ]);
    }
    const scan = await repo.insertCheckIn(tx, {
      eventId: event.id,
      registrationId: row.id,
      staffId: actor.accountId,
    });
    const isRepeat = row.checkedInAt !== null;
    if (!isRepeat) await attendees.markCheckedIn(tx, row.id, scan.createdAt);
    await audit({
      action: 'registration.checked_in',
      entityType: 'registration',
      entityId: row.id,
      summary: { isRepeat, ...(options.isByHand ? { isByHand: true } : {}) },
    });
    const counts = await attendees.countCheckIns(tx, event.id);
    const result = {
      person: {
        registrationId: row.id,
        name: row.name,
        organization: row.organization,
        country: row.country,
        category: row.category,
        categoryName: categoryName(form, row.category),
        status: row.status,
      },
      isRepeat,
      firstCheckedInAt: (row.checkedInAt ?? scan.createdAt).toISOString(),
      checkedInAt: scan.createdAt.toISOString(),
      ...counts,
    };
    return { eventId: event.id, result };
  });
}

/** Staff: how many badge holders have come. */
export async function getCheckInSummary(options: { db: Db; actor: Actor; slug: string }): Promise<CheckInSummary> {
  return attendees.countCheckIns(options.db, await authorizeCheckInStream(options));
}

/** Staff: the event whose counts (a summary or a stream) the caller may read. */
export async function authorizeCheckInStream(options: { db: Db; actor: Actor; slug: string }): Promise<string> {
  return (await eventRead({ ...options, may: CHECKIN_POLICY.readCheckIns })).id;
}
