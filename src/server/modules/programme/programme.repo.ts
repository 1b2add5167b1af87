import { and, asc, desc, eq, gt, inArray, lt, ne, sql } from 'drizzle-orm';
import type { PublishedProgramme, SessionRole } from '../../../shared/programme.js';
import type { Queryable } from '../../core/db/db.js';
import { programmeSessions, programmeVersions, sessionPeople, speakers } from './programme.tables.js';

export type SpeakerRow = Omit<typeof speakers.$inferSelect, 'photo'>;
export type SessionRow = typeof programmeSessions.$inferSelect;
export type SessionValues = Omit<typeof programmeSessions.$inferInsert, 'id' | 'eventId' | 'createdAt' | 'updatedAt'>;
export type SpeakerValues = Pick<typeof speakers.$inferInsert, 'name' | 'title' | 'organization' | 'country' | 'bio'>;

/** Every column but the photo's bytes, which only the photo route reads. */
const speakerColumns = {
  id: speakers.id,
  eventId: speakers.eventId,
  accountId: speakers.accountId,
  name: speakers.name,
  title: speakers.title,
  organization: speakers.organization,
  country: speakers.country,
  bio: speakers.bio,
  photoType: speakers.photoType,
  photoUpdatedAt: speakers.photoUpdatedAt,
  createdAt: speakers.createdAt,
  updatedAt: speakers.updatedAt,
};

// ---- speakers ----

/** Which of these ids are speakers of the event. */
export async function findSpeakerIds(db: Queryable, eventId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: speakers.id })
    .from(speakers)
    .where(and(eq(speakers.eventId, eventId), inArray(speakers.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** How many sessions the speaker is on (as speaker or moderator). */
export const countSpeakerSessions = (db: Queryable, speakerId: string) =>
  db.$count(sessionPeople, eq(sessionPeople.speakerId, speakerId));

export const listSpeakers = (db: Queryable, eventId: string): Promise<SpeakerRow[]> =>
  db.select(speakerColumns).from(speakers).where(eq(speakers.eventId, eventId)).orderBy(asc(speakers.name));

export async function findSpeaker(db: Queryable, eventId: string, id: string): Promise<SpeakerRow | undefined> {
  const [row] = await db
    .select(speakerColumns)
    .from(speakers)
    .where(and(eq(speakers.eventId, eventId), eq(speakers.id, id)));
  return row;
}

export async function insertSpeaker(db: Queryable, eventId: string, values: SpeakerValues): Promise<SpeakerRow> {
  const [row] = await db
    .insert(speakers)
    .values({ ...values, eventId })
    .returning(speakerColumns);
  return row as SpeakerRow;
}

export async function updateSpeaker(db: Queryable, id: string, values: Partial<SpeakerValues>) {
  await db
    .update(speakers)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(speakers.id, id));
}

export async function deleteSpeaker(db: Queryable, id: string) {
  await db.delete(speakers).where(eq(speakers.id, id));
}

export async function setSpeakerPhoto(db: Queryable, id: string, photo: { bytes: Buffer; type: string } | null) {
  await db
    .update(speakers)
    .set({
      photo: photo?.bytes ?? null,
      photoType: photo?.type ?? null,
      photoUpdatedAt: photo ? new Date() : null,
      updatedAt: new Date(),
    })
    .where(eq(speakers.id, id));
}

export async function readSpeakerPhoto(db: Queryable, eventId: string, id: string) {
  const [row] = await db
    .select({ photo: speakers.photo, type: speakers.photoType, updatedAt: speakers.photoUpdatedAt })
    .from(speakers)
    .where(and(eq(speakers.eventId, eventId), eq(speakers.id, id)));
  return row;
}

// ---- sessions ----

export const listSessions = (db: Queryable, eventId: string) =>
  db
    .select()
    .from(programmeSessions)
    .where(eq(programmeSessions.eventId, eventId))
    .orderBy(asc(programmeSessions.startsAt), asc(programmeSessions.createdAt));

export async function listSessionPeople(db: Queryable, eventId: string) {
  return db
    .select({ sessionId: sessionPeople.sessionId, speakerId: sessionPeople.speakerId, role: sessionPeople.role })
    .from(sessionPeople)
    .innerJoin(programmeSessions, eq(programmeSessions.id, sessionPeople.sessionId))
    .where(eq(programmeSessions.eventId, eventId))
    .orderBy(asc(sessionPeople.sessionId), asc(sessionPeople.position));
}

export async function findSession(db: Queryable, eventId: string, id: string): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(programmeSessions)
    .where(and(eq(programmeSessions.eventId, eventId), eq(programmeSessions.id, id)));
  return row;
}

export async function findSessionPeople(db: Queryable, sessionId: string) {
  return db
    .select({ speakerId: sessionPeople.speakerId, role: sessionPeople.role })
    .from(sessionPeople)
    .where(eq(sessionPeople.sessionId, sessionId))
    .orderBy(asc(sessionPeople.position));
}

export async function insertSessions(db: Queryable, eventId: string, values: SessionValues[]): Promise<SessionRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(programmeSessions)
    .values(values.map((v) => ({ ...v, eventId })))
    .returning();
}

export async function updateSession(db: Queryable, id: string, values: Partial<SessionValues>) {
  await db
    .update(programmeSessions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(programmeSessions.id, id));
}

export async function deleteSession(db: Queryable, id: string) {
  await db.delete(programmeSessions).where(eq(programmeSessions.id, id));
}

export interface SessionPerson {
  sessionId: string;
  speakerId: string;
  role: SessionRole;
}

/** Makes the people of the given sessions exactly these, in this order. */
export async function replaceSessionPeople(db: Queryable, sessionIds: string[], people: SessionPerson[]) {
  if (sessionIds.length > 0) await db.delete(sessionPeople).where(inArray(sessionPeople.sessionId, sessionIds));
  if (people.length > 0) await db.insert(sessionPeople).values(people.map((p, position) => ({ ...p, position })));
}

interface Span {
  eventId: string;
  startsAt: Date;
  endsAt: Date;
  /** The session being changed, which cannot clash with itself. */
  exceptId?: string;
}

const overlapping = (span: Span) =>
  and(
    eq(programmeSessions.eventId, span.eventId),
    lt(programmeSessions.startsAt, span.endsAt),
    gt(programmeSessions.endsAt, span.startsAt),
    span.exceptId ? ne(programmeSessions.id, span.exceptId) : undefined,
  );

/** Sessions in the room that overlap the span (touching ends do not overlap). */
export const findRoomClashes = (db: Queryable, span: Span & { roomId: string }) =>
  db
    .select({ id: programmeSessions.id, title: programmeSessions.title, startsAt: programmeSessions.startsAt })
    .from(programmeSessions)
    .where(and(overlapping(span), eq(programmeSessions.roomId, span.roomId)))
    .limit(1);

/** For each of the people, a session of theirs overlapping the span, if any. */
export async function findPeopleClashes(db: Queryable, span: Span & { speakerIds: string[] }) {
  if (span.speakerIds.length === 0) return [];
  return db
    .selectDistinctOn([sessionPeople.speakerId], {
      speakerId: sessionPeople.speakerId,
      sessionId: programmeSessions.id,
      title: programmeSessions.title,
    })
    .from(sessionPeople)
    .innerJoin(programmeSessions, eq(programmeSessions.id, sessionPeople.sessionId))
    .where(and(overlapping(span), inArray(sessionPeople.speakerId, span.speakerIds)))
    .orderBy(sessionPeople.speakerId, programmeSessions.startsAt);
}

// ---- published versions ----

export async function findLatestVersion(db: Queryable, eventId: string) {
  const [row] = await db
    .select({ version: programmeVersions.version, snapshot: programmeVersions.snapshot })
    .from(programmeVersions)
    .where(eq(programmeVersions.eventId, eventId))
    .orderBy(desc(programmeVersions.version))
    .limit(1);
  return row;
}

export async function insertVersion(
  db: Queryable,
  values: {
    eventId: string;
    publishedBy: string | null;
    snapshot: PublishedProgramme;
    changes: (typeof programmeVersions.$inferInsert)['changes'];
  },
) {
  await db.insert(programmeVersions).values({
    ...values,
    version: values.snapshot.version,
    publishedAt: new Date(values.snapshot.publishedAt ?? Date.now()),
  });
}

export const listVersions = (db: Queryable, eventId: string) =>
  db
    .select({
      version: programmeVersions.version,
      publishedAt: programmeVersions.publishedAt,
      changes: programmeVersions.changes,
    })
    .from(programmeVersions)
    .where(eq(programmeVersions.eventId, eventId))
    .orderBy(desc(programmeVersions.version));

/** Just the number of the latest published version (0 when none), to revalidate what a node built. */
export async function findLatestVersionNumber(db: Queryable, eventId: string): Promise<number> {
  const [row] = await db
    .select({ version: sql<number>`coalesce(max(${programmeVersions.version}), 0)` })
    .from(programmeVersions)
    .where(eq(programmeVersions.eventId, eventId));
  return Number(row?.version ?? 0);
}
