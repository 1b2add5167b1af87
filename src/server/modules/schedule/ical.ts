import { type Language, pickText } from '../../../shared/constants.js';
import { type PublishedProgramme, type SessionView, watchable } from '../../../shared/programme.js';
import { escapeIcalText, icalUtc as utc, writeCalendar } from '../../core/ics.js';
import { changelogUrl, type ScheduleLinks, sessionPageUrl } from './schedule.model.js';
import { wordsFor } from './schedule.words.js';

// The event's zone named in X-WR-TIMEZONE for the apps that offer to show it; times stay UTC (core/ics).

export interface CalendarOptions {
  language: Language;
  links: ScheduleLinks;
  /** The calendar's name as apps list it. */
  name: string;
  /** Only these sessions (a session's own file, a person's agenda); all when absent. */
  sessionIds?: ReadonlySet<string>;
}

interface Lookup {
  rooms: Map<string, PublishedProgramme['rooms'][number]>;
  speakers: Map<string, PublishedProgramme['speakers'][number]>;
}

function sessionLines(programme: PublishedProgramme, s: SessionView, options: CalendarOptions, lookup: Lookup) {
  const { language, links } = options;
  const words = wordsFor(language);
  const text = (value: Record<string, string>) => pickText(value, language);
  const { event } = programme;
  const room = lookup.rooms.get(s.roomId);
  const person = (id: string) => {
    const speaker = lookup.speakers.get(id);
    if (!speaker) return null;
    return [speaker.name, speaker.title, speaker.organization].filter(Boolean).join(', ');
  };
  const speakers = s.speakerIds.map(person).filter((p): p is string => p !== null);
  const moderator = s.moderatorId ? person(s.moderatorId) : null;
  const url = sessionPageUrl(links.publicUrl, event.slug, s.id);
  const description = [
    text(s.description),
    speakers.length ? `${words.speakers}: ${speakers.join('; ')}` : '',
    moderator ? `${words.moderator}: ${moderator}` : '',
    ...watchable(s.streams).map((stream) => `${words.stream} (${stream.language}): ${stream.url}`),
    `${words.details}: ${url}`,
    `${words.programmeVersion} ${programme.version}: ${changelogUrl(links.publicUrl, event.slug)}`,
  ].filter(Boolean);
  return [
    'BEGIN:VEVENT',
    // The session's id: a calendar that imported it before recognises it again and updates it.
    `UID:${s.id}@pendopo`,
    `DTSTAMP:${utc(programme.publishedAt ?? event.startsAt)}`,
    `DTSTART:${utc(s.startsAt)}`,
    `DTEND:${utc(s.endsAt)}`,
    // Every publication raises the version, so a calendar takes the newer copy over the one it has.
    `SEQUENCE:${programme.version}`,
    `SUMMARY:${escapeIcalText(text(s.title))}`,
    `DESCRIPTION:${escapeIcalText(description.join('\n\n'))}`,
    `LOCATION:${escapeIcalText([room ? text(room.name) : '', event.venue.name, event.venue.city].filter(Boolean).join(', '))}`,
    `CATEGORIES:${escapeIcalText(words.types[s.type])}`,
    `URL:${url}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** A calendar of the published programme's sessions, in one language. */
export function renderCalendar(programme: PublishedProgramme, options: CalendarOptions): string {
  const sessions = options.sessionIds
    ? programme.sessions.filter((s) => options.sessionIds?.has(s.id))
    : programme.sessions;
  const lookup: Lookup = {
    rooms: new Map(programme.rooms.map((r) => [r.id, r])),
    speakers: new Map(programme.speakers.map((p) => [p.id, p])),
  };
  return writeCalendar({
    prodId: 'Programme export',
    header: [
      `NAME:${escapeIcalText(options.name)}`,
      `X-WR-CALNAME:${escapeIcalText(options.name)}`,
      `X-WR-TIMEZONE:${programme.event.timeZone}`,
      // Subscribed calendars poll; an hour is often enough for a programme and spares the server.
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-PUBLISHED-TTL:PT1H',
    ],
    events: sessions.map((s) => sessionLines(programme, s, options, lookup)),
  });
}
