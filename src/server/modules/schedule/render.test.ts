import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderFrabJson } from './frab.json.js';
import { renderFrabXml } from './frab.xml.js';
import { renderCalendar } from './ical.js';
import { HOSTILE_TITLE, icddLikeProgramme, PANEL_TITLES } from './schedule.fixture.js';
import { buildFrabSchedule } from './schedule.model.js';
import { hasSchema, JSON_SCHEMA, jsonSchemaErrors, XML_SCHEMA, xmllintErrors } from './schedule.testing.js';

const links = { publicUrl: 'https://conference.example.org' };
const options = { url: 'https://conference.example.org/events/icdd-2021/schedule.xml', generatorVersion: '0.1.0' };

/** The events of a calendar as ical.js reads them. */
function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('the frab grid', () => {
  it('steps by the minutes of the event’s wall clock, also in a zone half an hour off UTC', () => {
    // One hour-long session at 14:00 in Kolkata (UTC+05:30), which is 08:30 UTC.
    const base = icddLikeProgramme();
    const session = {
      ...(base.sessions[0] as (typeof base.sessions)[number]),
      startsAt: '2021-11-16T08:30:00.000Z',
      endsAt: '2021-11-16T09:30:00.000Z',
    };
    const programme = { ...base, event: { ...base.event, timeZone: 'Asia/Kolkata' }, sessions: [session] };
    expect(buildFrabSchedule(programme, 'en', links).timeslotDuration).toBe('01:00');
  });
});

describe('the frab XML', () => {
  it.runIf(hasSchema(XML_SCHEMA))('validates against the c3voc XSD in both languages, hostile title and all', () => {
    const programme = icddLikeProgramme();
    for (const language of ['en', 'id'] as const) {
      const xml = renderFrabXml(buildFrabSchedule(programme, language, links), options);
      expect(xmllintErrors(xml)).toBe('');
    }
  });

  it.runIf(hasSchema(XML_SCHEMA))('validates with nothing published yet: the event days, no sessions', () => {
    const programme = { ...icddLikeProgramme(0), sessions: [], publishedAt: null };
    const xml = renderFrabXml(buildFrabSchedule(programme, 'en', links), options);
    expect(xmllintErrors(xml)).toBe('');
    expect(xml).toContain('<version>0</version>');
    expect(xml).toMatch(
      /<day index="1" date="2021-11-16" start="2021-11-16T13:00:00\+08:00" end="2021-11-16T17:40:00\+08:00">/,
    );
  });

  it('keeps a title as text: no element, script or CDATA end comes out of it', () => {
    const xml = renderFrabXml(buildFrabSchedule(icddLikeProgramme(), 'en', links), options);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain(']]>');
    expect(xml).toContain(
      '<title>Closing &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;',
    );
    expect(xml).not.toContain('\u0001');
  });

  it('gives the panels their WITA times, the four rooms and the day of the event', () => {
    const xml = renderFrabXml(buildFrabSchedule(icddLikeProgramme(), 'id', links), options);
    expect(
      xml.match(/<date>2021-11-16T14:30:00\+08:00<\/date>\n<start>14:30<\/start>\n<duration>01:30<\/duration>/g),
    ).toHaveLength(4);
    for (const title of PANEL_TITLES) expect(xml).toContain(`<title>${title.id}</title>`);
    expect(xml).toContain('<time_zone_name>Asia/Makassar</time_zone_name>');
    expect(xml).toContain('/events/icdd-2021/programme/changes');
  });
});

describe('days across a daylight-saving change', () => {
  it('gives each day and session the offset of its own date in the zone', () => {
    const base = icddLikeProgramme();
    const [first, second] = base.sessions;
    if (!first || !second) throw new Error('fixture');
    // Helsinki moves from +02:00 to +03:00 at 03:00 on 31 March 2030.
    const programme = {
      ...base,
      event: {
        ...base.event,
        timeZone: 'Europe/Helsinki',
        startsAt: '2030-03-30T09:00:00+02:00',
        endsAt: '2030-03-31T17:00:00+03:00',
      },
      sessions: [
        { ...first, startsAt: '2030-03-30T10:00:00+02:00', endsAt: '2030-03-30T11:00:00+02:00' },
        { ...second, startsAt: '2030-03-31T10:00:00+03:00', endsAt: '2030-03-31T11:30:00+03:00' },
      ],
    };
    const schedule = buildFrabSchedule(programme, 'en', links);
    expect(schedule.days.map((d) => [d.date, d.start, d.end])).toEqual([
      ['2030-03-30', '2030-03-30T10:00:00+02:00', '2030-03-30T11:00:00+02:00'],
      ['2030-03-31', '2030-03-31T10:00:00+03:00', '2030-03-31T11:30:00+03:00'],
    ]);
    const events = parseCalendar(renderCalendar(programme, { language: 'en', links, name: 'x' }));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2030-03-30T08:00:00.000Z',
      '2030-03-31T07:00:00.000Z',
    ]);
    if (hasSchema(XML_SCHEMA)) expect(xmllintErrors(renderFrabXml(schedule, options))).toBe('');
  });
});

describe('the frab JSON', () => {
  it.runIf(hasSchema(JSON_SCHEMA))('validates against the c3voc schema with ajv', () => {
    const errors = jsonSchemaErrors();
    for (const programme of [icddLikeProgramme(3), { ...icddLikeProgramme(0), sessions: [] }]) {
      for (const language of ['en', 'id'] as const) {
        const json = JSON.parse(renderFrabJson(buildFrabSchedule(programme, language, links), options));
        expect(errors(json)).toBe('');
      }
    }
  });

  it('says the version, the zone, the rooms and the panels in Indonesian with stable guids', () => {
    const programme = icddLikeProgramme(3);
    const json = JSON.parse(renderFrabJson(buildFrabSchedule(programme, 'id', links), options));
    const { schedule } = json;
    expect(schedule.version).toBe('3');
    expect(schedule.conference.time_zone_name).toBe('Asia/Makassar');
    expect(schedule.conference.rooms.map((r: { name: string }) => r.name)).toEqual([
      'Ruang pleno',
      'Ruang panel A',
      'Ruang panel B',
      'Ruang panel C',
      'Ruang panel D',
    ]);
    const day = schedule.conference.days[0];
    expect(day.rooms['Ruang panel C'][0]).toMatchObject({
      guid: programme.sessions[4]?.id,
      title: 'Peran data dalam diplomasi digital',
      date: '2021-11-16T14:30:00+08:00',
      end: '2021-11-16T16:00:00+08:00',
      start: '14:30',
      duration: '01:30',
      type: 'panel',
      track: 'Panel',
    });
    expect(day.rooms['Ruang pleno'][1].track).toBe('Diplomasi digital untuk manajemen krisis');
  });
});

describe('the iCalendar', () => {
  it('parses with ical.js, and the four panels overlap at the same UTC instants as in WITA', () => {
    const programme = icddLikeProgramme(2);
    const events = parseCalendar(renderCalendar(programme, { language: 'en', links, name: 'ICDD 2021' }));
    expect(events).toHaveLength(programme.sessions.length);
    const panels = events.filter((e) => PANEL_TITLES.some((t) => t.en === e.summary));
    expect(panels).toHaveLength(4);
    for (const panel of panels) {
      expect(panel.startDate.toJSDate().toISOString()).toBe('2021-11-16T06:30:00.000Z');
      expect(panel.endDate.toJSDate().toISOString()).toBe('2021-11-16T08:00:00.000Z');
      expect(panel.sequence).toBe(2);
      expect(panel.location).toMatch(/^Panel room [A-D], Conrad Bali, Nusa Dua$/);
    }
    expect(new Set(panels.map((p) => p.uid)).size).toBe(4);
  });

  it('keeps a hostile title one summary of one event, and writes Indonesian when asked', () => {
    const programme = icddLikeProgramme();
    const english = parseCalendar(renderCalendar(programme, { language: 'en', links, name: 'x' }));
    expect(english).toHaveLength(programme.sessions.length);
    expect(english.at(-1)?.summary).toBe(HOSTILE_TITLE.replace('\u0001', ''));
    const indonesian = parseCalendar(renderCalendar(programme, { language: 'id', links, name: 'x' }));
    expect(indonesian[0]?.summary).toBe('Pembukaan');
    expect(indonesian[0]?.description).toContain('Sambutan.');
    expect(indonesian[0]?.description).toContain('Pembicara: Minister for Foreign Affairs, Speaker, Kemlu');
  });

  it('folds long lines at 75 octets without cutting a character in two', () => {
    const programme = icddLikeProgramme();
    const first = programme.sessions[0];
    if (first) first.title = { en: 'Diplomasi 🌏 digital — '.repeat(12) };
    const ics = renderCalendar(programme, { language: 'en', links, name: 'x' });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(parseCalendar(ics)[0]?.summary).toBe('Diplomasi 🌏 digital — '.repeat(12));
  });
});
