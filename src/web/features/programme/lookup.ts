import type { PublishedProgramme, SessionView, SpeakerView } from '../../../shared/programme.js';

type Room = PublishedProgramme['rooms'][number];
type Theme = PublishedProgramme['themes'][number];

export interface ProgrammeLookup {
  room: (id: string) => Room | undefined;
  theme: (id: string | null) => Theme | undefined;
  speaker: (id: string | null) => SpeakerView | undefined;
  session: (id: string) => SessionView | undefined;
  /** The sessions a speaker speaks in or moderates, in time order. */
  sessionsOf: (speakerId: string) => SessionView[];
}

/** Finds the programme's rooms, themes, speakers and sessions by id. */
export function lookup(programme: PublishedProgramme): ProgrammeLookup {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
  const rooms = byId(programme.rooms);
  const themes = byId(programme.themes);
  const speakers = byId(programme.speakers);
  const sessions = byId(programme.sessions);
  return {
    room: (id) => rooms.get(id),
    theme: (id) => (id ? themes.get(id) : undefined),
    speaker: (id) => (id ? speakers.get(id) : undefined),
    session: (id) => sessions.get(id),
    sessionsOf: (speakerId) =>
      programme.sessions.filter((s) => s.moderatorId === speakerId || s.speakerIds.includes(speakerId)),
  };
}
