/**
 * Times in three zones (the event's, the viewer's, UTC) and the conversions the
 * settings form needs between a wall-clock time in a zone and an instant.
 */

import { wallClock } from '../../shared/zonedTime.js';

export { fromZonedInput, toZonedInput } from '../../shared/zonedTime.js';

// Indonesians name their zones WIB, WITA and WIT; Intl only knows "GMT+8" for them.
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * A short name for the zone at that instant, the same in every language: WITA for Asia/Makassar,
 * otherwise the name English writes (CET, EET, GMT-5, UTC). Intl names zones per locale, and
 * Indonesian would say "GMT+1" where English says "CET": a reader switching languages sees one name.
 * (`_locale` stays for the callers: the numbers around the name still follow the reader's locale.)
 */
export function zoneAbbreviation(timeZone: string, at: Date, _locale?: string): string {
  const indonesian = INDONESIAN_ZONES[timeZone];
  if (indonesian) return indonesian;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD: sessions are grouped by the event's days. */
/** The calendar day (2021-11-16) of the instant in the zone, from the shared clock's cached formatters. */
export const dayKey = (date: Date, timeZone: string) => wallClock(date.getTime(), timeZone).date;

export interface SpanText {
  start: string;
  /** Only the time when the span ends on the day it starts. */
  end: string;
  zone: string;
}

/** A span of time as people read it in one zone: "Tuesday 16 November 2021 at 13:00", "17:40", "WITA". */
export function formatSpan(startsAt: string, endsAt: string, timeZone: string, locale: string): SpanText {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const full = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' });
  const isSameDay = dayKey(start, timeZone) === dayKey(end, timeZone);
  const endFormat = isSameDay ? new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }) : full;
  return { start: full.format(start), end: endFormat.format(end), zone: zoneAbbreviation(timeZone, start, locale) };
}

/**
 * A short span for a timetable: "14:00–15:30 WITA". The date comes first only where the span
 * starts on another day than `day` (YYYY-MM-DD in the event's zone, the day the reader is looking at):
 * "Mon 15 Nov, 22:00–23:30 PST".
 */
export function formatClockSpan(startsAt: string, endsAt: string, timeZone: string, locale: string, day: string) {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const clock = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  const startDay = dayKey(start, timeZone);
  const from = startDay === day ? clock.format(start) : `${date.format(start)}, ${clock.format(start)}`;
  const to = dayKey(end, timeZone) === startDay ? clock.format(end) : `${date.format(end)}, ${clock.format(end)}`;
  return `${from}–${to} ${zoneAbbreviation(timeZone, start, locale)}`;
}

/** One instant, compact, for tables: "16 Nov 2021, 13:00 WITA". */
export function formatInstant(at: string, timeZone: string, locale: string): string {
  const date = new Date(at);
  const text = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return `${text} ${zoneAbbreviation(timeZone, date, locale)}`;
}

/** Every IANA zone the browser knows, for the settings form. */
export function timeZones(): string[] {
  const supported = Intl.supportedValuesOf?.('timeZone') ?? [];
  return supported.includes('UTC') ? supported : ['UTC', ...supported];
}
