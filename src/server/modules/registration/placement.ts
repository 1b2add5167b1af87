import type { RegistrationForm, RegistrationStatus } from '../../../shared/registration.js';
import { pagePath } from '../../../shared/routes.js';
import { pickText } from '../../../shared/text.js';
import { recordAudit } from '../../core/audit/audit.js';
import type { Queryable } from '../../core/db/db.js';
import { enqueueMail } from '../../core/mail/outbox.js';
import { listRooms } from '../events/events.service.js';
import type { EventRecord } from '../events/operation.service.js';
import { personalLink } from './link.js';
import { registrationCancelled, registrationUpdated } from './registration.mails.js';
import * as repo from './registration.repo.js';

/** What every operation that places people or mails them needs to know. */
export interface PlacementContext {
  event: EventRecord;
  form: RegistrationForm;
  publicUrl: string;
  secret: string;
}

/** In-person places: the form's number, or else the capacity of the event's first room (the plenary). */
export async function inPersonPlaces(tx: Queryable, eventId: string, form: RegistrationForm): Promise<number> {
  if (form.inPersonCapacity !== null) return form.inPersonCapacity;
  const [plenary] = await listRooms(tx, eventId);
  return plenary?.capacity ?? 0;
}

export function needsAccreditation(form: RegistrationForm, category: string): boolean {
  return form.categories.find((c) => c.key === category)?.needsAccreditation ?? false;
}

/**
 * The status of someone who may take an in-person place now. The caller holds the
 * event's lock, so the count it reads stays true until it commits.
 */
export async function placeInPerson(tx: Queryable, ctx: PlacementContext): Promise<RegistrationStatus> {
  const places = await inPersonPlaces(tx, ctx.event.id, ctx.form);
  const confirmed = await repo.countConfirmedInPerson(tx, ctx.event.id);
  return confirmed < places ? 'confirmed' : 'waitlisted';
}

export function linkOf(ctx: PlacementContext, row: Pick<repo.RegistrationRow, 'id' | 'linkKey'>): string {
  return personalLink({
    publicUrl: ctx.publicUrl,
    secret: ctx.secret,
    slug: ctx.event.slug,
    id: row.id,
    linkKey: row.linkKey ?? '',
  });
}

/**
 * The registrant's mail about their registration, in their language, with their personal
 * link and what the mail states: the event, when and where, how they attend, their status.
 */
export async function registrationMail(tx: Queryable, ctx: PlacementContext, row: repo.AdmittedRow) {
  const { event } = ctx;
  return {
    to: row.email,
    language: row.language,
    eventId: event.id,
    params: {
      name: row.name,
      event: pickText(event.name, row.language),
      status: row.status,
      link: linkOf(ctx, row),
      registrationId: row.id,
      attendance: row.attendance,
      waitlistPosition: row.status === 'waitlisted' ? await repo.waitlistPosition(tx, row) : null,
      readerTimeZone: row.timeZone,
      about: {
        slug: event.slug,
        name: pickText(event.name, row.language),
        startsAt: event.startsAt.toISOString(),
        endsAt: event.endsAt.toISOString(),
        timeZone: event.timeZone,
        venue: event.venue,
        mode: event.mode,
        url: `${ctx.publicUrl}${pagePath('event', { slug: event.slug })}`,
      },
    },
  };
}

/** Tells the registrant of a change they did not make: a decision or a promotion. */
export async function mailUpdate(tx: Queryable, ctx: PlacementContext, row: repo.RegistrationRow) {
  const mail = await registrationMail(tx, ctx, row);
  await enqueueMail(tx, {
    ...mail,
    template: registrationUpdated,
    params: { ...mail.params, reason: row.decisionReason },
  });
}

/** Confirms a cancellation: the registrant's own, or the secretariat's. */
export async function mailCancelled(
  tx: Queryable,
  ctx: PlacementContext,
  row: repo.RegistrationRow,
  by: 'registrant' | 'staff',
) {
  const mail = await registrationMail(tx, ctx, row);
  await enqueueMail(tx, { ...mail, template: registrationCancelled, params: { ...mail.params, by } });
}

/**
 * Fills the in-person places that are free from the waiting list, first come first
 * served, and tells each person promoted. Call it under the event's lock after
 * anything that frees a place or adds places.
 */
export async function promoteFromWaitlist(
  tx: Queryable,
  ctx: PlacementContext & { actorId: string | null },
): Promise<repo.RegistrationRow[]> {
  const places = await inPersonPlaces(tx, ctx.event.id, ctx.form);
  const free = places - (await repo.countConfirmedInPerson(tx, ctx.event.id));
  if (free <= 0) return [];
  const promoted: repo.RegistrationRow[] = [];
  for (const waiting of await repo.listFirstWaitlisted(tx, ctx.event.id, free)) {
    const row = await repo.updateRegistration(tx, waiting.id, { status: 'confirmed' });
    await mailUpdate(tx, ctx, row);
    await recordAudit(tx, {
      eventId: ctx.event.id,
      actorId: ctx.actorId,
      action: 'registration.promoted',
      entityType: 'registration',
      entityId: row.id,
      summary: { from: 'waitlisted', status: 'confirmed' },
    });
    promoted.push(row);
  }
  return promoted;
}
