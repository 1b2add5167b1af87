import { normalizeCheckInCode } from '../../../shared/checkInCode.js';
import type { CheckInResult, CheckInSummary } from '../../../shared/checkin.js';
import { CHECKIN_POLICY } from '../../../shared/policies.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { AppError, invalidField } from '../../core/errors.js';
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
  return eventOperation({ ...options, may: CHECKIN_POLICY.checkIn }, async ({ tx, event, actor, audit }) => {
    const code = normalizeCheckInCode(options.code);
    if (!code) {
      throw invalidField(
        'code',
        'field.invalid_format',
        'is not a check-in code: 20 letters and digits',
        'check_in.malformed_code',
      );
    }
    const form = await attendees.loadForm(tx, event.id);
    const row = await attendees.findAttendeeForCheckIn(tx, event.id, code);
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
      summary: { isRepeat },
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
