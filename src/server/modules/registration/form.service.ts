import { REGISTRATION_POLICY } from '../../../shared/policies.js';
import type { RegistrationForm, RegistrationFormView } from '../../../shared/registration.js';
import { describeChange } from '../../core/audit/audit.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { listRooms } from '../events/events.service.js';
import { type EventRecord, eventOperation, findEvent } from '../events/operation.service.js';
import * as formRepo from './form.repo.js';
import { inPersonPlaces, type PlacementContext, promoteFromWaitlist } from './placement.js';
import { defaultRegistrationForm } from './registration.defaults.js';
import * as repo from './registration.repo.js';

export interface LinkSettings {
  publicUrl: string;
  secret: string;
}

/** The event's form, or the defaults until organizers save one. */
export async function loadForm(db: Queryable, eventId: string): Promise<RegistrationForm> {
  return (await formRepo.findForm(db, eventId)) ?? defaultRegistrationForm();
}

/** The event and its form (or the defaults); a missing event is a 404. */
export async function loadEventAndForm(db: Queryable, slug: string) {
  const event = await findEvent(db, slug);
  return { event, form: await loadForm(db, event.id) };
}

/** Everything an operation on one event's registrations needs to place and mail people. */
export async function placementOf(db: Queryable, event: EventRecord, links: LinkSettings): Promise<PlacementContext> {
  return { event, form: await loadForm(db, event.id), ...links };
}

/** Until the programme lists sessions, the panels are the rooms after the plenary. */
export async function listPanelRooms(db: Queryable, eventId: string) {
  return (await listRooms(db, eventId)).slice(1);
}

/** How long a node trusts the event and form it read for the public form's rush. */
const RECENT_MS = 1000;
const recent = new WeakMap<
  Db,
  Map<string, { at: number; loading: Promise<{ event: EventRecord; form: RegistrationForm }> }>
>();

/**
 * The event, its form and the links, read at most once a second per event: under a rush
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
  const panels = await listPanelRooms(db, event.id);
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
  const { db, input } = options;
  const may = REGISTRATION_POLICY.configureForm;
  return eventOperation({ ...options, may, lock: true }, async ({ tx, event, actor, audit }) => {
    const ctx = await placementOf(tx, event, options.links);
    await formRepo.saveForm(tx, event.id, input);
    await audit({
      action: 'registration_form.updated',
      entityType: 'registration_form',
      entityId: event.id,
      summary: describeChange(ctx.form, input),
    });
    forgetRecent(db, options.slug);
    // More places (or the plenary's again) may let people in from the waiting list.
    await promoteFromWaitlist(tx, { ...ctx, form: input, actorId: actor.accountId });
    return input;
  });
}
