import { escapeXml } from '../../core/xml.js';
import type { FrabEvent, FrabSchedule } from './schedule.model.js';

const element = (name: string, value: string | number) => `<${name}>${escapeXml(String(value))}</${name}>`;
const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

// The XSD's slug is stricter than ours (four of [a-z0-9_] before the first hyphen); it is optional there.
const VOC_SLUG = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;

function eventXml(e: FrabEvent): string {
  const lines = [
    `<event${attributes({ guid: e.guid, id: e.id })}>`,
    element('date', e.date),
    element('start', e.start),
    element('duration', e.duration),
    element('room', e.room),
    VOC_SLUG.test(e.slug) ? element('slug', e.slug) : '',
    element('url', e.url),
    element('title', e.title),
    element('track', e.track),
    element('type', e.type),
    e.language ? element('language', e.language) : '',
    element('abstract', e.abstract),
    e.description === null ? '' : element('description', e.description),
    '<persons>',
    ...e.persons.map((p) => `<person${attributes({ guid: p.guid })}>${escapeXml(p.name)}</person>`),
    '</persons>',
    '<links>',
    ...e.links.map((l) => `<link${attributes({ href: l.url, type: 'media' })}>${escapeXml(l.title)}</link>`),
    '</links>',
    '<attachments></attachments>',
    '</event>',
  ];
  return lines.filter(Boolean).join('\n');
}

/** The frab schedule XML (c3voc's schedule.xml.xsd), as Giggity, EventFahrplan and ConfClerk read it. */
export function renderFrabXml(schedule: FrabSchedule, options: { url: string; generatorVersion: string }): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // The XSD has no place for the changelog; a comment tells the people who read the file
    // (a comment may not hold "--", and the address is ours, so one that would is left out).
    schedule.changelogUrl.includes('--') ? '' : `<!-- What changed in each version: ${schedule.changelogUrl} -->`,
    '<schedule>',
    `<generator${attributes({ name: 'Pendopo', version: options.generatorVersion })}/>`,
    element('url', options.url),
    element('version', schedule.version),
    '<conference>',
    element('title', schedule.title),
    element('acronym', schedule.acronym),
    element('start', schedule.start),
    element('end', schedule.end),
    element('days', schedule.days.length),
    element('timeslot_duration', schedule.timeslotDuration),
    element('base_url', schedule.baseUrl),
    element('url', schedule.eventUrl),
    element('time_zone_name', schedule.timeZoneName),
    ...schedule.tracks.map((track) => `<track${attributes({ name: track })}/>`),
    '</conference>',
  ];
  for (const day of schedule.days) {
    parts.push(`<day${attributes({ index: day.index, date: day.date, start: day.start, end: day.end })}>`);
    for (const room of day.rooms) {
      parts.push(`<room${attributes({ name: room.name, guid: room.guid })}>`, ...room.events.map(eventXml), '</room>');
    }
    parts.push('</day>');
  }
  parts.push('</schedule>', '');
  return parts.filter((part, i) => part !== '' || i === parts.length - 1).join('\n');
}
