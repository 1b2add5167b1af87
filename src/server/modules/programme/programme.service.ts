import type { EventView } from '../../../shared/events.js';
import { PROGRAMME_POLICY } from '../../../shared/policies.js';
import type { ProgrammeChange, ProgrammeDraft, PublishedProgramme } from '../../../shared/programme.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError } from '../../core/errors.js';
import { describeEvent, getEvent } from '../events/events.service.js';
import { eventOperation, eventRead, findEvent } from '../events/operation.service.js';
import { programmeChanges } from './changes.js';
import * as repo from './programme.repo.js';

/** Carries `{ eventId, slug, version }` to every node when a programme is published. */
export const PROGRAMME_PUBLISHED_CHANNEL = 'programme.published';

export const speakerPhotoUrl = (slug: string, speaker: { id: string; photoUpdatedAt: Date | null }) =>
  speaker.photoUpdatedAt
    ? `/api/events/${slug}/speakers/${speaker.id}/photo?v=${speaker.photoUpdatedAt.getTime()}`
    : null;

/** Before anything is published: the event, its rooms and themes, with no sessions (version 0). */
function nothingPublished(event: EventView): PublishedProgramme {
  return {
    event: {
      id: event.id,
      slug: event.slug,
      name: event.name,
      theme: event.theme,
      timeZone: event.timeZone,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      venue: event.venue,
    },
    version: 0,
    publishedAt: null,
    rooms: event.rooms,
    themes: event.statementThemes,
    sessions: [],
    speakers: [],
  };
}

/** The programme as it stands in the tables (the organizers' working copy), in the published shape. */
export async function buildProgramme(db: Queryable, event: EventView): Promise<Omit<PublishedProgramme, 'version'>> {
  // One after the other: `db` may be a transaction, one connection that runs one query at a time.
  const sessions = await repo.listSessions(db, event.id);
  const people = await repo.listSessionPeople(db, event.id);
  const speakers = await repo.listSpeakers(db, event.id);
  const rooms = new Map(event.rooms.map((room, position) => [room.id, { ...room, position }]));
  const peopleOf = new Map<string, typeof people>();
  for (const person of people) peopleOf.set(person.sessionId, [...(peopleOf.get(person.sessionId) ?? []), person]);
  const ordered = sessions.toSorted(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() ||
      (rooms.get(a.roomId)?.position ?? 0) - (rooms.get(b.roomId)?.position ?? 0),
  );
  return {
    ...nothingPublished(event),
    sessions: ordered.map((s) => {
      const onIt = peopleOf.get(s.id) ?? [];
      return {
        id: s.id,
        type: s.type,
        title: s.title,
        description: s.description,
        roomId: s.roomId,
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        capacity: s.capacity ?? rooms.get(s.roomId)?.capacity ?? 0,
        themeId: s.themeId,
        speakerIds: onIt.filter((p) => p.role === 'speaker').map((p) => p.speakerId),
        moderatorId: onIt.find((p) => p.role === 'moderator')?.speakerId ?? null,
        streams: s.streams,
      };
    }),
    speakers: speakers.map((s) => ({
      id: s.id,
      name: s.name,
      title: s.title,
      organization: s.organization,
      country: s.country,
      bio: s.bio,
      photoUrl: speakerPhotoUrl(event.slug, s),
    })),
  };
}

/** What the public reads and the exports are built from: the latest published version. */
export async function readPublishedProgramme({
  db,
  slug,
}: {
  db: Queryable;
  slug: string;
}): Promise<PublishedProgramme> {
  const event = await findEvent(db, slug);
  const latest = await repo.findLatestVersion(db, event.id);
  return latest?.snapshot ?? nothingPublished(await describeEvent(db, event));
}

async function draftAndPublished(db: Queryable, event: EventView) {
  const draft = await buildProgramme(db, event);
  const latest = await repo.findLatestVersion(db, event.id);
  return { draft, published: latest?.snapshot ?? nothingPublished(event) };
}

export async function readDraft({ db, actor, slug }: { db: Db; actor: Actor; slug: string }): Promise<ProgrammeDraft> {
  const event = await describeEvent(db, await eventRead({ db, actor, slug, may: PROGRAMME_POLICY.readDraft }));
  const { draft, published } = await draftAndPublished(db, event);
  // The version and time of the publication the working copy builds on.
  const { version, publishedAt } = published;
  return { ...draft, version, publishedAt, pendingChanges: programmeChanges(published, draft) };
}

/** Makes the working copy the published programme: one version higher, with what changed. */
export async function publishProgramme({ db, actor, slug }: { db: Db; actor: Actor; slug: string }) {
  const may = PROGRAMME_POLICY.publish;
  return eventOperation({ db, actor, slug, may, lock: true }, async ({ tx, event: record, audit }) => {
    const event = await describeEvent(tx, record);
    const { draft, published } = await draftAndPublished(tx, event);
    const changes = programmeChanges(published, draft);
    if (published.version > 0 && changes.length === 0) {
      throw new AppError('programme.unchanged', 'Nothing has changed since the last publication.');
    }
    const snapshot: PublishedProgramme = {
      ...draft,
      version: published.version + 1,
      publishedAt: new Date().toISOString(),
    };
    await repo.insertVersion(tx, { eventId: event.id, publishedBy: actor.accountId, snapshot, changes });
    await audit({
      action: 'programme.published',
      entityType: 'event',
      entityId: event.id,
      summary: { version: snapshot.version, changes: changes.length },
    });
    return { eventId: event.id, version: snapshot.version, changes: changes satisfies ProgrammeChange[] };
  });
}

export async function readChangelog({ db, slug }: { db: Queryable; slug: string }) {
  const event = await getEvent({ db, slug });
  const versions = await repo.listVersions(db, event.id);
  return {
    versions: versions.map((v) => ({
      version: v.version,
      publishedAt: v.publishedAt.toISOString(),
      changes: v.changes,
    })),
  };
}
