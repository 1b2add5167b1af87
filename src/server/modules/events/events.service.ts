import type { CreateEventInput, EventSummary, EventView, UpdateEventInput } from '../../../shared/events.js';
import { EVENT_POLICY } from '../../../shared/policies.js';
import { describeChange, recordAudit } from '../../core/audit/audit.js';
import { addEventRole } from '../../core/auth/accounts.js';
import { type Actor, requireAdmin } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, invalidField } from '../../core/errors.js';
import { type IdempotencyClaim, recordAnswer } from '../../core/idempotency/idempotency.js';
import * as repo from './events.repo.js';
import { type EventRecord, eventOperation, findEvent } from './operation.service.js';

/** For other modules' transactions: see events.repo.ts. */
export const lockEvent = repo.lockEvent;

function summarize(event: repo.EventRow): EventSummary {
  return {
    id: event.id,
    slug: event.slug,
    name: event.name,
    theme: event.theme,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    timeZone: event.timeZone,
    mode: event.mode,
  };
}

export async function listEvents({ db }: { db: Db }): Promise<EventSummary[]> {
  return (await repo.listEvents(db)).map(summarize);
}

export async function getEvent({ db, slug }: { db: Queryable; slug: string }): Promise<EventView> {
  return describeEvent(db, await findEvent(db, slug));
}

/** The event with its themes, focus areas and rooms: what the public page and the programme's rules read. */
export async function describeEvent(db: Queryable, event: EventRecord): Promise<EventView> {
  const children = await repo.listChildren(db, event.id);
  return {
    ...summarize(event),
    description: event.description,
    venue: event.venue,
    invitedCountries: event.invitedCountries,
    statementThemes: children.themes.map((t) => ({ id: t.id, title: t.title })),
    focusAreas: children.areas.map((a) => ({ id: a.id, title: a.title })),
    rooms: children.rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity })),
    updatedAt: event.updatedAt.toISOString(),
  };
}

async function saveChildren(tx: Queryable, eventId: string, input: UpdateEventInput) {
  const current = await repo.listChildren(tx, eventId);
  const lists = [
    ['statementThemes', input.statementThemes, current.themes],
    ['focusAreas', input.focusAreas, current.areas],
    ['rooms', input.rooms, current.rooms],
  ] as const;
  for (const [field, items, existing] of lists) {
    const known = new Set(existing.map((row) => row.id));
    const seen = new Set<string>();
    for (const [index, { id }] of (items ?? []).entries()) {
      if (id === undefined) continue;
      if (!known.has(id))
        throw invalidField(`${field}.${index}.id`, 'field.not_found', "is not one of this event's items");
      // Two entries for one row would save as one: the person would lose an item without being told.
      if (seen.has(id)) throw invalidField(`${field}.${index}.id`, 'field.duplicate', 'is listed twice');
      seen.add(id);
    }
  }
  if (input.statementThemes) await repo.syncStatementThemes(tx, eventId, input.statementThemes);
  if (input.focusAreas) await repo.syncFocusAreas(tx, eventId, input.focusAreas);
  if (input.rooms) await repo.syncRooms(tx, eventId, input.rooms);
}

const eventColumns = (input: UpdateEventInput) => ({
  name: input.name,
  theme: input.theme,
  description: input.description,
  startsAt: input.startsAt ? new Date(input.startsAt) : undefined,
  endsAt: input.endsAt ? new Date(input.endsAt) : undefined,
  timeZone: input.timeZone,
  venue: input.venue,
  mode: input.mode,
  invitedCountries: input.invitedCountries,
});

export async function createEvent({
  db,
  actor,
  input,
  idempotency = null,
}: {
  db: Db;
  actor: Actor;
  input: CreateEventInput;
  idempotency?: IdempotencyClaim | null;
}) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    if (await repo.findEventBySlug(tx, input.slug)) {
      throw new AppError('event.slug_taken', `The address "${input.slug}" is taken; choose another.`, [
        { field: 'slug', code: 'field.taken', message: 'is taken' },
      ]);
    }
    const { slug } = input;
    const event = await repo.insertEvent(tx, {
      ...eventColumns(input),
      slug,
      name: input.name,
      theme: input.theme,
      description: input.description,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      timeZone: input.timeZone,
      venue: input.venue,
      mode: input.mode,
    });
    await saveChildren(tx, event.id, input);
    if (actor.accountId) await addEventRole(tx, { eventId: event.id, accountId: actor.accountId, role: 'organizer' });
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
      action: 'event.created',
      entityType: 'event',
      entityId: event.id,
      summary: { slug },
    });
    const view = await getEvent({ db: tx, slug });
    await recordAnswer(tx, idempotency, view, event.id);
    return view;
  });
}

export async function updateEvent(options: { db: Db; actor: Actor; slug: string; input: UpdateEventInput }) {
  const { slug, input } = options;
  return eventOperation({ ...options, may: EVENT_POLICY.update }, async ({ tx, event: before, audit }) => {
    const starts = input.startsAt ? Date.parse(input.startsAt) : before.startsAt.getTime();
    const ends = input.endsAt ? Date.parse(input.endsAt) : before.endsAt.getTime();
    if (ends <= starts) throw invalidField('endsAt', 'field.ends_before_start', 'the event must end after it starts');
    const columns = eventColumns(input);
    await repo.updateEvent(tx, before.id, columns);
    await saveChildren(tx, before.id, input);
    const changed = describeChange(
      { ...before, startsAt: before.startsAt.toISOString(), endsAt: before.endsAt.toISOString() },
      { ...columns, startsAt: columns.startsAt?.toISOString(), endsAt: columns.endsAt?.toISOString() },
    );
    const childFields = (['statementThemes', 'focusAreas', 'rooms'] as const).filter((f) => input[f] !== undefined);
    await audit({
      action: 'event.updated',
      entityType: 'event',
      entityId: before.id,
      summary: { changed, ...(childFields.length ? { replaced: childFields } : {}) },
    });
    return getEvent({ db: tx, slug });
  });
}

/** The event's rooms in order, with their capacities: the first is the plenary, the others hold the panels. */
export const listRooms = (db: Queryable, eventId: string) => repo.listRooms(db, eventId);

/** Events that ended before the cutoff: the retention rule's candidates. */
export const listEventIdsEndedBefore = (db: Queryable, cutoff: Date) => repo.listEventIdsEndedBefore(db, cutoff);

/** The event's statement themes, in order: for the delegations, whose statements take one. */
export async function listStatementThemes(db: Queryable, eventId: string): Promise<EventView['statementThemes']> {
  return repo.listStatementThemes(db, eventId);
}

/** The addresses of these events, by id: what a session's roles are judged by. */
export async function eventSlugs(db: Queryable, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
  return new Map((await repo.listSlugs(db, ids)).map((row) => [row.id, row.slug]));
}
