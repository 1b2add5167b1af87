import {
  CONSENT_VERSION,
  type RegistrationCreated,
  type RegistrationInput,
  type RegistrationStatus,
} from '../../../shared/registration.js';
import { pickText } from '../../../shared/text.js';
import { recordAudit } from '../../core/audit/audit.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError } from '../../core/errors.js';
import { enqueueMail } from '../../core/mail/outbox.js';
import { getEventRow } from '../events/events.service.js';
import * as repo from './registration.repo.js';

const duplicateEmail = () =>
  new AppError('conflict', 'registration.duplicate_email', 'This e-mail address is already registered for the event.', [
    { field: 'email', message: 'is already registered' },
  ]);

/** PostgreSQL and PGlite both report a unique violation as SQLSTATE 23505, perhaps wrapped by Drizzle. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Object; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * Virtual attendance is confirmed at once; in person is confirmed while places last.
 * In-person capacity is, for now, the capacity of the event's first room (position 0,
 * the plenary); a later slice makes it configurable per event and category.
 */
async function decideStatus(tx: Queryable, eventId: string, input: RegistrationInput): Promise<RegistrationStatus> {
  if (input.attendance === 'virtual') return 'confirmed';
  const capacity = (await repo.plenaryCapacity(tx, eventId)) ?? 0;
  const confirmed = await repo.countConfirmedInPerson(tx, eventId);
  return confirmed < capacity ? 'confirmed' : 'waitlisted';
}

export async function register(options: {
  db: Db;
  actor: Actor;
  slug: string;
  input: RegistrationInput;
}): Promise<RegistrationCreated> {
  const { db, actor, slug, input } = options;
  // A filled honeypot is a bot: refuse before touching anything.
  if (input.website) {
    throw new AppError('bad_request', 'registration.rejected', 'The registration was rejected.', [
      { field: 'website', message: 'must be empty' },
    ]);
  }
  const event = await getEventRow(db, slug);
  try {
    return await db.transaction(async (tx) => {
      // The lock comes first: everything after it sees every registration committed before it.
      await repo.lockEvent(tx, event.id);
      if (await repo.findByEmail(tx, event.id, input.email)) throw duplicateEmail();
      const status = await decideStatus(tx, event.id, input);
      const row = await repo.insertRegistration(tx, {
        eventId: event.id,
        accountId: actor.accountId,
        category: input.category ?? 'participant',
        name: input.name,
        email: input.email,
        country: input.country,
        organization: input.organization,
        position: input.position ?? null,
        sector: input.sector,
        attendance: input.attendance,
        panels: input.panels ?? [],
        answers: input.answers ?? {},
        consentVersion: CONSENT_VERSION,
        consentedAt: new Date(),
        status,
      });
      await enqueueMail(tx, {
        to: row.email,
        template: 'registration_received',
        language: input.language ?? 'en',
        params: { name: row.name, event: pickText(event.name, input.language ?? 'en'), status },
        eventId: event.id,
      });
      await recordAudit(tx, {
        eventId: event.id,
        actorId: actor.accountId,
        action: 'registration.created',
        entityType: 'registration',
        entityId: row.id,
        summary: { status, attendance: row.attendance },
      });
      return { id: row.id, status };
    });
  } catch (error) {
    // Defence in depth: should a write ever skip the event lock, the unique key still answers 409, not 500.
    if (isUniqueViolation(error)) throw duplicateEmail();
    throw error;
  }
}
