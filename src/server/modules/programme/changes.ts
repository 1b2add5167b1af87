import type { ProgrammeChange, PublishedProgramme, SessionView, SpeakerView } from '../../../shared/programme.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What readers call each part of a session, and how to read it from one. */
const SESSION_FIELDS: Record<string, (s: SessionView) => unknown> = {
  title: (s) => s.title,
  description: (s) => s.description,
  type: (s) => s.type,
  room: (s) => s.roomId,
  time: (s) => [s.startsAt, s.endsAt],
  speakers: (s) => [s.speakerIds, s.moderatorId],
  capacity: (s) => s.capacity,
  theme: (s) => s.themeId,
  streams: (s) => s.streams,
};

const SPEAKER_FIELDS: Record<string, (s: SpeakerView) => unknown> = {
  name: (s) => s.name,
  title: (s) => s.title,
  organization: (s) => s.organization,
  country: (s) => s.country,
  bio: (s) => s.bio,
  photo: (s) => s.photoUrl,
};

function compare<T extends { id: string }>(
  subject: ProgrammeChange['subject'],
  before: T[],
  after: T[],
  fields: Record<string, (item: T) => unknown>,
  titleOf: (item: T) => Record<string, string>,
): ProgrammeChange[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const changes: ProgrammeChange[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    old.delete(item.id);
    if (!previous) {
      changes.push({ kind: 'added', subject, id: item.id, title: titleOf(item), fields: [] });
      continue;
    }
    const changed = Object.entries(fields)
      .filter(([, read]) => !same(read(previous), read(item)))
      .map(([name]) => name);
    if (changed.length > 0)
      changes.push({ kind: 'changed', subject, id: item.id, title: titleOf(item), fields: changed });
  }
  for (const item of old.values())
    changes.push({ kind: 'removed', subject, id: item.id, title: titleOf(item), fields: [] });
  return changes;
}

/** What publishing `after` changes for people who read `before`: sessions first, then speakers. */
export function programmeChanges(
  before: Pick<PublishedProgramme, 'sessions' | 'speakers'>,
  after: Pick<PublishedProgramme, 'sessions' | 'speakers'>,
): ProgrammeChange[] {
  return [
    ...compare('session', before.sessions, after.sessions, SESSION_FIELDS, (s) => s.title),
    ...compare('speaker', before.speakers, after.speakers, SPEAKER_FIELDS, (s) => ({ en: s.name })),
  ];
}
