import type { EVENT_MODES } from '../../../shared/constants.js';
import { countryName } from '../../../shared/countries.js';
import type { Attendance, RegistrationStatus as Status } from '../../../shared/registration.js';
import type { Language } from '../../../shared/text.js';
import { escapeIcalText, icalUtc, writeCalendar } from '../../core/ics.js';
import type { Attachment, Fact } from '../../core/mail/templates.js';

/** The event as a registration's mails state it, its name already in the mail's language. */
export interface EventAbout {
  slug: string;
  name: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venue: { name: string; city: string; country: string };
  mode: (typeof EVENT_MODES)[number];
  /** The event's public page: where an online attendee follows it. */
  url: string;
}

/** What every registration mail knows; `link` is the personal link, a credential. */
export interface RegistrationParams {
  name: string;
  event: string;
  status: Status;
  link: string;
  registrationId: string;
  attendance: Attendance;
  /** 1 for the first in line; null unless waitlisted. */
  waitlistPosition: number | null;
  /** The zone the registrant's browser gave, when it gave one. */
  readerTimeZone: string | null;
  about: EventAbout;
}

const LOCALES: Record<Language, string> = { en: 'en-GB', id: 'id-ID' };

// Intl's formatters are slow to make and a mail needs several (an import queues thousands): one per language and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The event's span in a zone, 24-hour time, in the mail's language. */
function span(language: Language, about: EventAbout, timeZone: string): string {
  const key = `${language} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      dateStyle: 'long',
      timeStyle: 'short',
      hourCycle: 'h23',
      timeZone,
    });
    formatters.set(key, format);
  }
  return format.formatRange(new Date(about.startsAt), new Date(about.endsAt));
}

export const venueText = (language: Language, venue: EventAbout['venue']) =>
  [venue.name, venue.city, countryName(venue.country, LOCALES[language])].filter(Boolean).join(', ');

const WORDS = {
  en: {
    event: 'Event',
    eventTime: (zone: string) => `When (event time, ${zone})`,
    yourTime: (zone: string) => `Your time (${zone})`,
    where: 'Where',
    online: (url: string) => `Online: ${url}`,
    attendanceLabel: 'Attendance',
    attendance: { in_person: 'In person', virtual: 'Online' } satisfies Record<Attendance, string>,
    statusLabel: 'Status',
    status: (status: Status, position: number | null) =>
      ({
        confirmed: 'Confirmed',
        waitlisted: position ? `On the waiting list, number ${position}` : 'On the waiting list',
        pending: 'Awaiting accreditation',
        declined: 'Declined',
        cancelled: 'Cancelled',
      })[status],
  },
  id: {
    event: 'Acara',
    eventTime: (zone: string) => `Waktu (waktu acara, ${zone})`,
    yourTime: (zone: string) => `Waktu Anda (${zone})`,
    where: 'Tempat',
    online: (url: string) => `Daring: ${url}`,
    attendanceLabel: 'Kehadiran',
    attendance: { in_person: 'Langsung di tempat', virtual: 'Daring' } satisfies Record<Attendance, string>,
    statusLabel: 'Status',
    status: (status: Status, position: number | null) =>
      ({
        confirmed: 'Dikonfirmasi',
        waitlisted: position ? `Dalam daftar tunggu, nomor ${position}` : 'Dalam daftar tunggu',
        pending: 'Menunggu akreditasi',
        declined: 'Ditolak',
        cancelled: 'Dibatalkan',
      })[status],
  },
} as const;

/**
 * The facts of a registration: the event, its time in the event's zone and the reader's
 * (or UTC when the reader's is not known), where, how the person attends, the status.
 */
export function registrationFacts(language: Language, p: RegistrationParams): Fact[] {
  const words = WORDS[language];
  const { about } = p;
  const reader = p.readerTimeZone && p.readerTimeZone !== about.timeZone ? p.readerTimeZone : null;
  return [
    { label: words.event, value: about.name },
    { label: words.eventTime(about.timeZone), value: span(language, about, about.timeZone) },
    reader
      ? { label: words.yourTime(reader), value: span(language, about, reader) }
      : { label: 'UTC', value: span(language, about, 'UTC') },
    {
      label: words.where,
      value: p.attendance === 'in_person' ? venueText(language, about.venue) : words.online(about.url),
    },
    { label: words.attendanceLabel, value: words.attendance[p.attendance] },
    { label: words.statusLabel, value: words.status(p.status, p.waitlistPosition) },
  ];
}

/**
 * The event in the registrant's calendar: one VEVENT whose UID is the registration's, so a
 * later confirmation replaces the first; the venue for in-person attendance, the event's
 * page for online. Never the personal link: a calendar is shared and synced.
 */
export function registrationCalendar(language: Language, p: RegistrationParams, facts: Fact[]): Attachment {
  const { about } = p;
  const event = [
    'BEGIN:VEVENT',
    `UID:registration-${p.registrationId}@pendopo`,
    `DTSTAMP:${icalUtc(new Date())}`,
    `DTSTART:${icalUtc(about.startsAt)}`,
    `DTEND:${icalUtc(about.endsAt)}`,
    `SUMMARY:${escapeIcalText(about.name)}`,
    ...(p.attendance === 'in_person' ? [`LOCATION:${escapeIcalText(venueText(language, about.venue))}`] : []),
    `URL:${about.url}`,
    `DESCRIPTION:${escapeIcalText(facts.map((f) => `${f.label}: ${f.value}`).join('\n'))}`,
    `STATUS:${p.status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
  return {
    filename: `${about.slug}.ics`,
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: writeCalendar({
      prodId: 'Registration',
      header: [`X-WR-TIMEZONE:${about.timeZone}`],
      events: [event],
    }),
  };
}
