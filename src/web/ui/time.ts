/**
 * Times in three zones (the event's, the viewer's, UTC) and the conversions the
 * settings form needs between a wall-clock time in a zone and an instant.
 */

// Indonesians name their zones WIB, WITA and WIT; Intl only knows "GMT+8" for them.
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** A short name for the zone at that instant: WITA for Asia/Makassar, otherwise Intl's (CET, GMT+8, UTC). */
export function zoneAbbreviation(timeZone: string, at: Date, locale: string): string {
  const indonesian = INDONESIAN_ZONES[timeZone];
  if (indonesian) return indonesian;
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const dayKey = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

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

/** One instant, compact, for tables: "16 Nov 2021, 13:00 WITA". */
export function formatInstant(at: string, timeZone: string, locale: string): string {
  const date = new Date(at);
  const text = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return `${text} ${zoneAbbreviation(timeZone, date, locale)}`;
}

/** Minutes the zone is ahead of UTC at the instant. */
function offsetMinutes(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of an <input type="datetime-local"> showing the zone's wall clock. */
export function toZonedInput(iso: string, timeZone: string): string {
  const at = Date.parse(iso);
  const local = new Date(at + offsetMinutes(timeZone, at) * 60_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** The wall-clock value of a datetime-local input, in the zone, as ISO 8601 with the zone's offset; null if blank. */
export function fromZonedInput(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the guess can differ from the offset at the answer across a daylight-saving change.
  let offset = offsetMinutes(timeZone, wall);
  offset = offsetMinutes(timeZone, wall - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Every IANA zone the browser knows, for the settings form. */
export function timeZones(): string[] {
  const supported = Intl.supportedValuesOf?.('timeZone') ?? [];
  return supported.includes('UTC') ? supported : ['UTC', ...supported];
}
