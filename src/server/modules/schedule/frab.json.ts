import type { FrabEvent, FrabSchedule } from './schedule.model.js';

// The schema's own pattern for time_zone_name (it knows Area/City zones and UTC); a zone it
// would refuse (Etc/GMT+8) is left out, as the field is optional and the offsets say the rest.
const C3VOC_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

const eventJson = (e: FrabEvent) => ({
  guid: e.guid,
  id: e.id,
  date: e.date,
  start: e.start,
  end: e.end,
  duration: e.duration,
  room: e.room,
  slug: e.slug,
  url: e.url,
  title: e.title,
  subtitle: null,
  track: e.track,
  type: e.type,
  language: e.language,
  abstract: e.abstract,
  description: e.description,
  // Name (and no numeric id): the schema's "pretalx person"; the guid is the speaker's.
  persons: e.persons.map((p) => ({ guid: p.guid, name: p.name, biography: p.biography })),
  links: e.links.map((l) => ({ url: l.url, title: l.title, type: 'media' })),
  attachments: [],
});

/**
 * A day's events keyed by room name; two rooms of one name (the schema cannot tell them
 * apart) share a list. Built from entries so a room named "__proto__" stays a room.
 */
function roomsByName(rooms: FrabSchedule['days'][number]['rooms']) {
  const byName = new Map<string, ReturnType<typeof eventJson>[]>();
  for (const room of rooms) byName.set(room.name, [...(byName.get(room.name) ?? []), ...room.events.map(eventJson)]);
  return Object.fromEntries(byName);
}

/** The frab-compatible schedule JSON (c3voc's schema.json). */
export function renderFrabJson(schedule: FrabSchedule, options: { url: string; generatorVersion: string }): string {
  const document = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'Pendopo', version: options.generatorVersion },
    schedule: {
      url: options.url,
      version: schedule.version,
      base_url: schedule.baseUrl,
      // The schedule object allows more fields: where to read what changed from version to version.
      changelog_url: schedule.changelogUrl,
      conference: {
        acronym: schedule.acronym,
        title: schedule.title,
        description: schedule.description,
        start: schedule.start,
        end: schedule.end,
        daysCount: schedule.days.length,
        timeslot_duration: schedule.timeslotDuration,
        ...(C3VOC_ZONE.test(schedule.timeZoneName) ? { time_zone_name: schedule.timeZoneName } : {}),
        url: schedule.eventUrl,
        tracks: schedule.tracks.map((name) => ({ name })),
        rooms: schedule.rooms.map((r) => ({ name: r.name, guid: r.guid, capacity: r.capacity })),
        days: schedule.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: roomsByName(day.rooms),
        })),
      },
    },
  };
  return JSON.stringify(document);
}
