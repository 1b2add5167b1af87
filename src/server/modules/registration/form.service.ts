import { REGISTRATION_POLICY } from '../../../shared/policies.js';
import type { RegistrationForm, RegistrationFormView } from '../../../shared/registration.js';
import { describeChange, recordAudit } from '../../core/audit/audit.js';
import { type Actor, requireEventRole } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { notFound } from '../../core/errors.js';
import type { EventRow } from '../events/events.repo.js';
import { lockEvent } from '../events/events.service.js';
import { inPersonPlaces, type PlacementContext, promoteFromWaitlist } from './placement.js';
import { defaultRegistrationForm } from './registration.defaults.js';
import * as repo from './registration.repo.js';

export interface LinkSettings {
  publicUrl: string;
  secret: string;
}

/** The event's form, or the defaults until organizers save one. */
export async function loadForm(db: Queryable, eventId: string): Promise<RegistrationForm> {
  return (await repo.findForm(db, eventId)) ?? defaultRegistrationForm();
}

/** The event and its form (or the defaults), in one query; a missing event is a 404. */
export async function loadEventAndForm(db: Queryable, slug: string) {
  const found = await repo.findEventWithForm(db, slug);
  if (!found) throw notFound('event');
  return { event: found.event, form: found.form ?? defaultRegistrationForm() };
}

/** Everything an operation on one event's registrations needs to place and mail people. */
export async function loadPlacement(db: Queryable, slug: string, links: LinkSettings): Promise<PlacementContext> {
  return { ...(await loadEventAndForm(db, slug)), ...links };
}

/** How long a node trusts the event and form it read for the public form's rush. */
const RECENT_MS = 1000;
const recent = new WeakMap<
  Db,
  Map<string, { at: number; loading: Promise<{ event: EventRow; form: RegistrationForm }> }>
>();

/**
 * The same as loadPlacement, but read at most once a second per event: under a rush
 * it is most of the queries a registration makes. A change on another node counts
 * here within the second; the places are read again under the lock, never from here.
 */
export async function loadRecentPlacement(db: Db, slug: string, links: LinkSettings): Promise<PlacementContext> {
  let bySlug = recent.get(db);
  if (!bySlug) {
    bySlug = new Map();
    recent.set(db, bySlug);
  }
  const now = Date.now();
  let entry = bySlug.get(slug);
  if (!entry || now - entry.at > RECENT_MS) {
    entry = { at: now, loading: loadEventAndForm(db, slug) };
    bySlug.set(slug, entry);
    // A failed read (no such event) is not remembered.
    entry.loading.catch(() => bySlug?.delete(slug));
  }
  return { ...(await entry.loading), ...links };
}

function forgetRecent(db: Db, slug: string) {
  recent.get(db)?.delete(slug);
}

export async function getFormView({ db, slug }: { db: Db; slug: string }): Promise<RegistrationFormView> {
  const { event, form } = await loadEventAndForm(db, slug);
  const panels = await repo.listPanelRooms(db, event.id);
  return {
    ...form,
    panels: panels.map((room) => ({ id: room.id, name: room.name })),
    inPersonPlaces: await inPersonPlaces(db, event.id, form),
    inPersonConfirmed: await repo.countConfirmedInPerson(db, event.id),
  };
}

export async function updateForm(options: {
  db: Db;
  actor: Actor;
  slug: string;
  input: RegistrationForm;
  links: LinkSettings;
}): Promise<RegistrationForm> {
  const { db, actor, input } = options;
  return db.transaction(async (tx) => {
    const ctx = await loadPlacement(tx, options.slug, options.links);
    requireEventRole(actor, ctx.event.id, REGISTRATION_POLICY.configureForm);
    await lockEvent(tx, ctx.event.id);
    await repo.saveForm(tx, ctx.event.id, input);
    await recordAudit(tx, {
      eventId: ctx.event.id,
      actorId: actor.accountId,
      action: 'registration_form.updated',
      entityType: 'registration_form',
      entityId: ctx.event.id,
      summary: describeChange(ctx.form, input),
    });
    forgetRecent(db, options.slug);
    // More places (or the plenary's again) may let people in from the waiting list.
    await promoteFromWaitlist(tx, { ...ctx, form: input, actorId: actor.accountId });
    return input;
  });
}
