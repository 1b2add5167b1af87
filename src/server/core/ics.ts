/*
 * iCalendar (RFC 5545) written here rather than with ical-generator: its current major needs
 * Node 22 and we support 20.19, and what we need is small (escaping, folding, UTC times).
 * Times are UTC ("20211116T063000Z"): one unambiguous instant, that every calendar shows in
 * its owner's zone, with no VTIMEZONE table of ours to go stale. The programme's exports and
 * the registration's confirmation write their calendars with these.
 */

// Controls other than tab are not allowed in iCalendar text, escaped or not.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/** TEXT value: backslash, semicolon, comma and line breaks escaped; nothing can start a new property. */
export const escapeIcalText = (value: string) =>
  value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(CONTROLS, '');

const encoder = new TextEncoder();

/** Lines longer than 75 octets go on over lines starting with a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0) ?? 0;
    // The character's UTF-8 length, without encoding it (a long DESCRIPTION has thousands).
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    // The first line holds 75 octets; the next ones 74 after their leading space.
    if (octets + size > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/** 20211116T063000Z */
export const icalUtc = (instant: string | Date) =>
  `${new Date(instant).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** A whole calendar: its header lines, then its events' lines, folded and ended with CRLF. */
export function writeCalendar(options: { prodId: string; header?: string[]; events: string[][] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Pendopo//${options.prodId}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.header ?? []),
    ...options.events.flat(),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
