import type { z } from 'zod';
import type { EventView } from '../../../shared/events.js';
import { PROGRAMME_POLICY } from '../../../shared/policies.js';
import type { sessionInputSchema, sessionPatchSchema } from '../../../shared/programme.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, type FieldError, notFound } from '../../core/errors.js';
import { describeEvent } from '../events/events.service.js';
import { type EventScope, eventOperation } from '../events/operation.service.js';
import * as repo from './programme.repo.js';

type SessionInput = z.output<typeof sessionInputSchema>;
type SessionPatch = z.output<typeof sessionPatchSchema>;

/** One write to the event's programme: the event's lock taken, the rules read from its rooms and themes. */
async function inProgramme<T>(
  options: { db: Db; actor: Actor; slug: string },
  work: (tx: Queryable, event: EventView, audit: EventScope['audit']) => Promise<T>,
): Promise<T> {
  const may = PROGRAMME_POLICY.editSessions;
  return eventOperation({ ...options, may, lock: true }, async ({ tx, event, audit }) =>
    work(tx, await describeEvent(tx, event), audit),
  );
}

const invalid = (errors: FieldError[]) =>
  new AppError('validation.failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);

/** The rules a session must meet on its own: its room, theme and people are the event's, its time within the event's. */
async function checkSession(tx: Queryable, event: EventView, input: SessionInput) {
  const errors: FieldError[] = [];
  const room = event.rooms.find((r) => r.id === input.roomId);
  if (!room) errors.push({ field: 'roomId', code: 'field.not_found', message: "is not one of this event's rooms" });
  if (room && input.capacity !== null && input.capacity > room.capacity)
    errors.push({
      field: 'capacity',
      code: 'field.too_large',
      message: `is more than the room holds (${room.capacity})`,
    });
  if (input.themeId && !event.statementThemes.some((t) => t.id === input.themeId))
    errors.push({ field: 'themeId', code: 'field.not_found', message: "is not one of this event's statement themes" });
  if (Date.parse(input.startsAt) < Date.parse(event.startsAt))
    errors.push({ field: 'startsAt', code: 'field.out_of_range', message: 'is before the event starts' });
  if (Date.parse(input.endsAt) > Date.parse(event.endsAt))
    errors.push({ field: 'endsAt', code: 'field.out_of_range', message: 'is after the event ends' });
  const people = [...input.speakerIds, ...(input.moderatorId ? [input.moderatorId] : [])];
  const known = await repo.findSpeakerIds(tx, event.id, people);
  const seen = new Set<string>();
  for (const [index, id] of input.speakerIds.entries()) {
    if (!known.has(id))
      errors.push({
        field: `speakerIds.${index}`,
        code: 'field.not_found',
        message: "is not one of this event's speakers",
      });
    else if (seen.has(id))
      errors.push({ field: `speakerIds.${index}`, code: 'field.duplicate', message: 'is listed twice' });
    seen.add(id);
  }
  if (input.moderatorId && !known.has(input.moderatorId))
    errors.push({ field: 'moderatorId', code: 'field.not_found', message: "is not one of this event's speakers" });
  else if (input.moderatorId && seen.has(input.moderatorId))
    errors.push({ field: 'moderatorId', code: 'field.duplicate', message: 'is already one of the speakers' });
  if (errors.length > 0) throw invalid(errors);
}

/** A room, speaker or moderator booked twice at once: 409 naming each field that clashes. */
async function checkBookings(tx: Queryable, event: EventView, input: SessionInput, exceptId?: string) {
  const span = { eventId: event.id, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), exceptId };
  const people = [...input.speakerIds, ...(input.moderatorId ? [input.moderatorId] : [])];
  // One after the other: a transaction is one connection, which runs one query at a time.
  const roomClash = await repo.findRoomClashes(tx, { ...span, roomId: input.roomId });
  const peopleClashes = await repo.findPeopleClashes(tx, { ...span, speakerIds: people });
  const errors: FieldError[] = roomClash.map((s) => ({
    field: 'roomId',
    code: 'field.double_booked',
    message: `is already booked at that time for "${s.title.en}"`,
  }));
  for (const clash of peopleClashes) {
    const index = input.speakerIds.indexOf(clash.speakerId);
    errors.push({
      field: index >= 0 ? `speakerIds.${index}` : 'moderatorId',
      code: 'field.double_booked',
      message: `is already on "${clash.title.en}" at that time`,
    });
  }
  if (errors.length > 0) {
    throw new AppError(
      'programme.double_booked',
      `Booked twice at once: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
      errors,
    );
  }
}

const rowValues = (input: SessionInput): repo.SessionValues => ({
  type: input.type,
  title: input.title,
  description: input.description,
  roomId: input.roomId,
  startsAt: new Date(input.startsAt),
  endsAt: new Date(input.endsAt),
  capacity: input.capacity,
  themeId: input.themeId,
  streams: input.streams,
});

/** A stored session as the input that would make it, so a patch can be checked as a whole. */
const inputOf = (row: repo.SessionRow, people: Omit<repo.SessionPerson, 'sessionId'>[]): SessionInput => ({
  type: row.type,
  title: row.title,
  description: row.description,
  roomId: row.roomId,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  capacity: row.capacity,
  themeId: row.themeId,
  streams: row.streams,
  speakerIds: people.filter((p) => p.role === 'speaker').map((p) => p.speakerId),
  moderatorId: people.find((p) => p.role === 'moderator')?.speakerId ?? null,
});

const peopleOf = (sessionId: string, input: SessionInput): repo.SessionPerson[] => [
  ...input.speakerIds.map((speakerId) => ({ sessionId, speakerId, role: 'speaker' as const })),
  ...(input.moderatorId ? [{ sessionId, speakerId: input.moderatorId, role: 'moderator' as const }] : []),
];

export async function createSession(options: { db: Db; actor: Actor; slug: string; input: SessionInput }) {
  return inProgramme(options, async (tx, event, audit) => {
    await checkSession(tx, event, options.input);
    await checkBookings(tx, event, options.input);
    const [row] = await repo.insertSessions(tx, event.id, [rowValues(options.input)]);
    if (!row) throw new Error('insert returned no row');
    await repo.replaceSessionPeople(tx, [row.id], peopleOf(row.id, options.input));
    await audit({
      action: 'session.created',
      entityType: 'session',
      entityId: row.id,
    });
    return { id: row.id };
  });
}

export async function updateSession(options: { db: Db; actor: Actor; slug: string; id: string; patch: SessionPatch }) {
  return inProgramme(options, async (tx, event, audit) => {
    const row = await repo.findSession(tx, event.id, options.id);
    if (!row) throw notFound('session');
    const people = await repo.findSessionPeople(tx, row.id);
    const next: SessionInput = { ...inputOf(row, people), ...options.patch };
    if (Date.parse(next.endsAt) <= Date.parse(next.startsAt)) {
      throw invalid([
        { field: 'endsAt', code: 'field.ends_before_start', message: 'the session must end after it starts' },
      ]);
    }
    await checkSession(tx, event, next);
    await checkBookings(tx, event, next, row.id);
    await repo.updateSession(tx, row.id, rowValues(next));
    await repo.replaceSessionPeople(tx, [row.id], peopleOf(row.id, next));
    await audit({
      action: 'session.updated',
      entityType: 'session',
      entityId: row.id,
      summary: { fields: Object.keys(options.patch) },
    });
  });
}

export async function deleteSession(options: { db: Db; actor: Actor; slug: string; id: string }) {
  return inProgramme(options, async (tx, event, audit) => {
    const row = await repo.findSession(tx, event.id, options.id);
    if (!row) throw notFound('session');
    await repo.deleteSession(tx, row.id);
    await audit({
      action: 'session.deleted',
      entityType: 'session',
      entityId: row.id,
      summary: { title: row.title.en },
    });
  });
}
