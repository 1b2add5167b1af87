import { randomUUID } from 'node:crypto';
import type { Answers, Attendance, RegistrationStatus, Sector } from '../../../shared/registration.js';
import type { Language } from '../../../shared/text.js';
import { recordAudits } from '../../core/audit/audit.js';
import type { Queryable } from '../../core/db/db.js';
import { causesOf } from '../../core/db/faults.js';
import { AppError } from '../../core/errors.js';
import { enqueueMails } from '../../core/mail/outbox.js';
import { lockEvent } from '../events/events.service.js';
import { newCheckInCode, newLinkKey } from './link.js';
import { inPersonPlaces, needsAccreditation, type PlacementContext, registrationMail } from './placement.js';
import { registrationReceived } from './registration.mails.js';
import * as repo from './registration.repo.js';

/** One person to admit, from the public form or an organizer's import. */
export interface Admission {
  name: string;
  email: string;
  country: string;
  organization: string;
  position: string | null;
  sector: Sector;
  attendance: Attendance;
  category: string;
  panels: string[];
  answers: Answers;
  language: Language;
  /** The IANA zone the registrant's browser gave (their mails state the event's time in it); null when not known. */
  timeZone?: string | null;
  consentVersion: string;
  accountId: string | null;
}

/** Who admitted whom: the person themselves (or a signed-in helper), an organizer's import, or nobody known. */
export type AdmissionBy = Admission & { actorId: string | null };

export const duplicateEmail = () =>
  new AppError('registration.duplicate_email', 'This e-mail address is already registered for the event.', [
    { field: 'email', code: 'field.taken', message: 'is already registered' },
  ]);

/** PostgreSQL and PGlite both report a unique violation as SQLSTATE 23505, perhaps wrapped by Drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  for (const { code } of causesOf(error)) if (code === '23505') return true;
  return false;
}

/**
 * Where each new person starts: virtual at once; in person after accreditation, or
 * while places last, in the order given. Only when someone may take a place does it
 * lock the event, so the places it counts stay true until the caller commits.
 */
async function initialStatuses(tx: Queryable, ctx: PlacementContext, people: Admission[]) {
  let free: number | null = null;
  const statuses: RegistrationStatus[] = [];
  for (const person of people) {
    if (person.attendance === 'virtual') statuses.push('confirmed');
    else if (needsAccreditation(ctx.form, person.category)) statuses.push('pending');
    else {
      if (free === null) {
        await lockEvent(tx, ctx.event.id);
        free =
          (await inPersonPlaces(tx, ctx.event.id, ctx.form)) - (await repo.countConfirmedInPerson(tx, ctx.event.id));
      }
      statuses.push(free > 0 ? 'confirmed' : 'waitlisted');
      free -= 1;
    }
  }
  return statuses;
}

/**
 * Admits people in the caller's transaction, a few statements for any number of them:
 * each gets a status, a personal link and a check-in code, a confirmation mail and an
 * audit row. A repeated e-mail address fails the whole transaction on the unique key;
 * callers check for duplicates first and turn a race into 409.
 */
export async function admitRegistrations(
  tx: Queryable,
  ctx: PlacementContext,
  people: AdmissionBy[],
  options: { source: 'form' | 'import' },
): Promise<repo.AdmittedRow[]> {
  if (people.length === 0) return [];
  const statuses = await initialStatuses(tx, ctx, people);
  const now = new Date();
  const rows = await repo.insertRegistrations(
    tx,
    people.map(({ actorId: _actorId, ...person }, i) => ({
      ...person,
      id: randomUUID(),
      eventId: ctx.event.id,
      consentedAt: now,
      status: statuses[i] ?? 'pending',
      linkKey: newLinkKey(),
      checkInCode: newCheckInCode(),
    })),
  );
  const mails = [];
  for (const row of rows) mails.push({ ...(await registrationMail(tx, ctx, row)), template: registrationReceived });
  await enqueueMails(tx, mails);
  await recordAudits(
    tx,
    rows.map((row, i) => ({
      eventId: ctx.event.id,
      actorId: people[i]?.actorId ?? null,
      action: 'registration.created',
      entityType: 'registration',
      entityId: row.id,
      summary: { status: row.status, attendance: row.attendance, category: row.category, source: options.source },
    })),
  );
  return rows;
}
