/**
 * Wall-clock times in a time zone and the instants they name, without a library: the browser's
 * forms, the server's demo and the exports all enter or write times as people say them
 * ("13:00 in Bali"), from the runtime's own zone data.
 */

// Building a formatter costs far more than using one; the exports format thousands of instants.
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes the zone is ahead of UTC at the instant. */
export function offsetMinutes(timeZone: string, at: number): number {
  const parts = partsFormatter(timeZone).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "+08:00", "-03:30", "+00:00". */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export interface WallClock {
  /** 2021-11-16 */
  date: string;
  /** 14:30 */
  time: string;
  /** 2021-11-16T14:30:00+08:00: the instant in the zone's wall clock, with its offset. */
  iso: string;
}

/** The instant as a clock on the wall in the zone shows it. */
export function wallClock(at: number, timeZone: string): WallClock {
  const offset = offsetMinutes(timeZone, at);
  const local = new Date(at + offset * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  return { date, time, iso: `${date}T${time}:${pad(local.getUTCSeconds())}${formatOffset(offset)}` };
}

/** The instant at which the given wall-clock time (2021-11-16, 14:30) happens in the zone. */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the guess can differ from the offset at the answer across a daylight-saving change.
  let offset = offsetMinutes(timeZone, wall);
  offset = offsetMinutes(timeZone, wall - offset * 60_000);
  return wall - offset * 60_000;
}

/** An instant as the value of an <input type="datetime-local"> showing the zone's wall clock. */
export function toZonedInput(iso: string, timeZone: string): string {
  const local = wallClock(Date.parse(iso), timeZone);
  return `${local.date}T${local.time}`;
}

/** The wall-clock value of a datetime-local input, in the zone, as ISO 8601 with the zone's offset; null if blank. */
export function fromZonedInput(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const time = `${pad(h)}:${pad(mi)}`;
  const offset = offsetMinutes(timeZone, zonedInstant(date, time, timeZone));
  return `${date}T${time}:00${formatOffset(offset)}`;
}
