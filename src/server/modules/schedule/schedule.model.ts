import { type Language, pickText } from '../../../shared/constants.js';
import { type PublishedProgramme, type SessionView, watchable } from '../../../shared/programme.js';
import { pagePath } from '../../../shared/routes.js';
import { type WallClock, wallClock, zonedInstant } from '../../../shared/zonedTime.js';
import { wordsFor } from './schedule.words.js';

/**
 * The published programme in the shape both frab formats (XML and JSON) share, in one
 * language. Where frab wants a value the programme does not have, it is derived here,
 * once, so the two formats can never disagree.
 */
export interface FrabPerson {
  guid: string;
  name: string;
  biography: string | null;
}

export interface FrabLink {
  url: string;
  title: string;
}

export interface FrabEvent {
  guid: string;
  id: number;
  slug: string;
  title: string;
  type: string;
  track: string;
  /** The floor language, where a stream says it; null otherwise. */
  language: string | null;
  abstract: string;
  /** The full text, where it says more than the abstract; null where the abstract is all of it. */
  description: string | null;
  /** ISO 8601 in the event's zone, with its offset. */
  date: string;
  end: string;
  /** HH:MM in the event's zone. */
  start: string;
  duration: string;
  room: string;
  url: string;
  persons: FrabPerson[];
  links: FrabLink[];
}

export interface FrabRoom {
  guid: string;
  name: string;
  capacity: number;
  events: FrabEvent[];
}

export interface FrabDay {
  index: number;
  date: string;
  start: string;
  end: string;
  rooms: FrabRoom[];
}

export interface FrabSchedule {
  version: string;
  title: string;
  description: string;
  acronym: string;
  /** Dates (YYYY-MM-DD) in the event's zone. */
  start: string;
  end: string;
  timeslotDuration: string;
  timeZoneName: string;
  baseUrl: string;
  eventUrl: string;
  changelogUrl: string;
  rooms: Omit<FrabRoom, 'events'>[];
  tracks: string[];
  days: FrabDay[];
}

export interface ScheduleLinks {
  /** PUBLIC_URL, without a trailing slash. */
  publicUrl: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

/** A page of the event, as an absolute address. */
export const eventPageUrl = (publicUrl: string, slug: string, rest = '') => `${publicUrl}/events/${slug}${rest}`;
export const sessionPageUrl = (publicUrl: string, slug: string, sessionId: string) =>
  `${publicUrl}${pagePath('session', { slug, id: sessionId })}`;
export const changelogUrl = (publicUrl: string, slug: string) =>
  `${publicUrl}${pagePath('programmeChanges', { slug })}`;

// frab's acronym must be at least four of [a-z0-9_] (the JSON schema allows a hyphen only as a
// "-2021-xyz" suffix), while our slugs are three or more of [a-z0-9-]: hyphens become underscores.
export const acronymOf = (slug: string) => slug.replace(/-/g, '_').padEnd(4, '_');

/**
 * frab (and apps that keep favourites by it) want a positive integer id per event; ours are
 * uuids. The first 28 bits of the uuid, plus one, are stable across versions; a clash (about
 * one in 10,000 for 500 sessions) is settled by uuid order.
 */
export function numericIds(sessions: readonly { id: string }[]): Map<string, number> {
  const ids = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of sessions.map((s) => s.id).sort()) {
    let n = Number.parseInt(id.replace(/-/g, '').slice(0, 7), 16) + 1;
    while (taken.has(n)) n += 1;
    taken.add(n);
    ids.set(id, n);
  }
  return ids;
}

/** The English title as a slug: ASCII letters and digits, at most 40 characters, or "session". */
function titleSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug || 'session';
}

/** HH:MM; frab's XML allows two digits of hours, so a session past 99 hours says 99:59 (its end says the truth). */
function duration(minutes: number): string {
  const capped = Math.min(minutes, 99 * 60 + 59);
  return `${pad(Math.floor(capped / 60))}:${pad(capped % 60)}`;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The grid apps draw: the largest step every start and duration falls on, at most an hour. */
function timeslot(sessions: readonly SessionView[], clock: Clock): string {
  let step = 60;
  for (const s of sessions) {
    const start = Date.parse(s.startsAt);
    // The minute in the event's wall clock: in a zone half an hour off UTC (Asia/Kolkata) 14:00 is :30 in UTC.
    step = gcd(step, Number(clock(start).time.slice(3)));
    step = gcd(step, Math.round((Date.parse(s.endsAt) - start) / 60_000));
  }
  return duration(step || 1);
}

/** The first paragraph of a description: frab's abstract, where apps show a teaser. */
const firstParagraph = (text: string) => text.split(/\n\s*\n/)[0]?.trim() ?? '';

type Clock = (at: string | number) => WallClock;

/**
 * The zone's wall clock, remembering each instant it has read: Intl is the slow part of a
 * build, and a programme's sessions share few distinct instants (parallel rooms, one grid).
 */
function zonedClock(timeZone: string): Clock {
  const seen = new Map<number, WallClock>();
  return (at) => {
    const instant = typeof at === 'number' ? at : Date.parse(at);
    let clock = seen.get(instant);
    if (!clock) {
      clock = wallClock(instant, timeZone);
      seen.set(instant, clock);
    }
    return clock;
  };
}

/** Dates (in the zone) the event spans, and those any session starts on. */
function scheduleDates(programme: PublishedProgramme, clock: Clock): string[] {
  const dates = new Set<string>();
  const last = clock(programme.event.endsAt).date;
  // Noon in UTC steps one calendar day at a time whatever the zone's offset.
  for (let at = Date.parse(`${clock(programme.event.startsAt).date}T12:00:00Z`); ; at += DAY_MS) {
    const date = new Date(at).toISOString().slice(0, 10);
    dates.add(date);
    if (date >= last) break;
  }
  for (const s of programme.sessions) dates.add(clock(s.startsAt).date);
  return [...dates].sort();
}

export function buildFrabSchedule(
  programme: PublishedProgramme,
  language: Language,
  links: ScheduleLinks,
): FrabSchedule {
  const { event } = programme;
  const zone = event.timeZone;
  const clock = zonedClock(zone);
  const words = wordsFor(language);
  const text = (value: Record<string, string>) => pickText(value, language);
  const acronym = acronymOf(event.slug);
  const ids = numericIds(programme.sessions);
  const speakers = new Map(programme.speakers.map((s) => [s.id, s]));
  const themes = new Map(programme.themes.map((t) => [t.id, text(t.title)]));
  const rooms = programme.rooms.map((r) => ({ guid: r.id, name: text(r.name), capacity: r.capacity }));
  const roomNames = new Map(rooms.map((r) => [r.guid, r.name]));

  const toEvent = (s: SessionView): FrabEvent => {
    const id = ids.get(s.id) ?? 1;
    const starts = clock(s.startsAt);
    const people = [
      ...s.speakerIds,
      ...(s.moderatorId && !s.speakerIds.includes(s.moderatorId) ? [s.moderatorId] : []),
    ];
    const description = text(s.description);
    const abstract = firstParagraph(description);
    return {
      guid: s.id,
      id,
      slug: `${acronym}-${id}-${titleSlug(s.title.en ?? '')}`,
      title: text(s.title),
      type: s.type,
      // The theme a plenary segment speaks to is its track; otherwise the kind of session, so apps can colour by it.
      track: (s.themeId && themes.get(s.themeId)) || words.types[s.type],
      language: watchable(s.streams).find((stream) => stream.language !== 'floor')?.language ?? null,
      abstract,
      // Not the same text twice: apps show the abstract, and the description only when it adds to it.
      description: description.trim() === abstract ? null : description,
      date: starts.iso,
      end: clock(s.endsAt).iso,
      start: starts.time,
      duration: duration(Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000)),
      room: roomNames.get(s.roomId) ?? '',
      url: sessionPageUrl(links.publicUrl, event.slug, s.id),
      persons: people.flatMap((personId) => {
        const speaker = speakers.get(personId);
        if (!speaker) return [];
        return [{ guid: speaker.id, name: speaker.name, biography: text(speaker.bio) || null }];
      }),
      links: watchable(s.streams).map((stream) => ({ url: stream.url, title: `${words.stream} (${stream.language})` })),
    };
  };

  const eventStart = Date.parse(event.startsAt);
  const eventEnd = Date.parse(event.endsAt);
  const dates = scheduleDates(programme, clock);
  const byDate = new Map<string, SessionView[]>();
  for (const s of programme.sessions) {
    const date = clock(s.startsAt).date;
    const list = byDate.get(date);
    if (list) list.push(s);
    else byDate.set(date, [s]);
  }
  const days = dates.map((date, i): FrabDay => {
    const sessions = byDate.get(date) ?? [];
    const midnight = zonedInstant(date, '00:00', zone);
    const nextMidnight = zonedInstant(
      new Date(Date.parse(`${date}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10),
      '00:00',
      zone,
    );
    // Like pretalx: a day runs from its first session to its last; a day with none, over the event's hours that day.
    const start = sessions.length
      ? Math.min(...sessions.map((s) => Date.parse(s.startsAt)))
      : Math.max(midnight, eventStart);
    const end = sessions.length
      ? Math.max(...sessions.map((s) => Date.parse(s.endsAt)))
      : Math.min(nextMidnight, eventEnd);
    return {
      index: i + 1,
      date,
      start: clock(start).iso,
      end: clock(Math.max(start, end)).iso,
      rooms: rooms.map((room) => ({ ...room, events: sessions.filter((s) => s.roomId === room.guid).map(toEvent) })),
    };
  });

  return {
    version: String(programme.version),
    title: text(event.name),
    description: text(event.theme),
    acronym,
    start: dates[0] ?? clock(eventStart).date,
    end: dates.at(-1) ?? clock(eventEnd).date,
    timeslotDuration: timeslot(programme.sessions, clock),
    timeZoneName: zone,
    baseUrl: `${links.publicUrl}/`,
    eventUrl: eventPageUrl(links.publicUrl, event.slug),
    changelogUrl: changelogUrl(links.publicUrl, event.slug),
    rooms,
    tracks: [...new Set(days.flatMap((d) => d.rooms.flatMap((r) => r.events.map((e) => e.track))))],
    days,
  };
}
