import { describe, expect, it } from 'vitest';
import { formatClockSpan, formatInstant, formatSpan, fromZonedInput, toZonedInput, zoneAbbreviation } from './time.js';

const START = '2021-11-16T05:00:00.000Z';
const END = '2021-11-16T09:40:00.000Z';

describe('zoneAbbreviation', () => {
  it('names Indonesia’s zones as Indonesians do', () => {
    const at = new Date(START);
    expect(zoneAbbreviation('Asia/Jakarta', at, 'en-GB')).toBe('WIB');
    expect(zoneAbbreviation('Asia/Makassar', at, 'id-ID')).toBe('WITA');
    expect(zoneAbbreviation('Asia/Jayapura', at, 'en-GB')).toBe('WIT');
  });

  it('takes Intl’s short name for other zones, which changes with daylight saving', () => {
    expect(zoneAbbreviation('Europe/Amsterdam', new Date(START), 'en-GB')).toBe('CET');
    expect(zoneAbbreviation('Europe/Amsterdam', new Date('2021-07-01T00:00:00Z'), 'en-GB')).toBe('CEST');
    expect(zoneAbbreviation('UTC', new Date(START), 'en-GB')).toBe('UTC');
  });

  it('gives a zone the same name in English and Indonesian', () => {
    const at = new Date(START);
    for (const zone of ['Europe/Amsterdam', 'Europe/Helsinki', 'Asia/Makassar', 'UTC']) {
      expect(zoneAbbreviation(zone, at, 'id-ID')).toBe(zoneAbbreviation(zone, at, 'en-GB'));
    }
    expect(zoneAbbreviation('Europe/Amsterdam', at, 'id-ID')).toBe('CET');
  });
});

describe('24-hour clocks', () => {
  it('writes English times with a colon and Indonesian ones with a dot, never with am or pm', () => {
    expect(formatClockSpan(START, END, 'Asia/Makassar', 'en-GB', '2021-11-16')).toBe('13:00–17:40 WITA');
    expect(formatClockSpan(START, END, 'Asia/Makassar', 'id-ID', '2021-11-16')).toBe('13.00–17.40 WITA');
    expect(formatInstant(END, 'Europe/Amsterdam', 'id-ID')).toMatch(/10\.40 CET$/);
  });
});

describe('formatSpan', () => {
  it('gives the times of one day in the event’s zone, with the end as a time only', () => {
    const span = formatSpan(START, END, 'Asia/Makassar', 'en-GB');
    expect(span.start).toMatch(/16 November 2021.*13:00/);
    expect(span.end).toBe('17:40');
    expect(span.zone).toBe('WITA');
  });

  it('gives the end’s date too when the span crosses midnight in that zone', () => {
    const span = formatSpan(START, END, 'America/Los_Angeles', 'en-GB');
    expect(span.start).toMatch(/15 November 2021.*21:00/);
    expect(span.end).toMatch(/16 November 2021.*01:40/);
  });
});

describe('formatInstant', () => {
  it('names the zone after the time', () => {
    expect(formatInstant(START, 'UTC', 'en-GB')).toMatch(/16 Nov 2021.*05:00 UTC$/);
  });
});

describe('toZonedInput and fromZonedInput', () => {
  it('turn an instant into the zone’s wall clock and back, with the zone’s offset', () => {
    expect(toZonedInput(START, 'Asia/Makassar')).toBe('2021-11-16T13:00');
    expect(fromZonedInput('2021-11-16T13:00', 'Asia/Makassar')).toBe('2021-11-16T13:00:00+08:00');
    expect(fromZonedInput('2021-07-01T12:00', 'Asia/Kolkata')).toBe('2021-07-01T12:00:00+05:30');
  });

  it('use the offset in force on that day, on both sides of a daylight-saving change', () => {
    expect(fromZonedInput('2021-03-27T12:00', 'Europe/Amsterdam')).toBe('2021-03-27T12:00:00+01:00');
    expect(fromZonedInput('2021-03-28T12:00', 'Europe/Amsterdam')).toBe('2021-03-28T12:00:00+02:00');
    expect(toZonedInput('2021-03-28T10:00:00Z', 'Europe/Amsterdam')).toBe('2021-03-28T12:00');
  });

  it('answer null for a blank or partial value', () => {
    expect(fromZonedInput('', 'UTC')).toBeNull();
    expect(fromZonedInput('2021-11-16', 'UTC')).toBeNull();
  });
});

describe('formatClockSpan', () => {
  const PANEL_START = '2021-11-16T06:00:00.000Z';
  const PANEL_END = '2021-11-16T07:30:00.000Z';

  it('gives only the clock times and the zone on the day the reader looks at', () => {
    expect(formatClockSpan(PANEL_START, PANEL_END, 'Asia/Makassar', 'en-GB', '2021-11-16')).toBe('14:00–15:30 WITA');
    expect(formatClockSpan(PANEL_START, PANEL_END, 'Europe/Helsinki', 'en-GB', '2021-11-16')).toBe('08:00–09:30 EET');
    expect(formatClockSpan(PANEL_START, PANEL_END, 'UTC', 'id-ID', '2021-11-16')).toBe('06.00–07.30 UTC');
  });

  it('names the day where the span falls on another day in that zone', () => {
    const text = formatClockSpan(PANEL_START, PANEL_END, 'America/Los_Angeles', 'en-GB', '2021-11-16');
    expect(text).toBe('Mon 15 Nov, 22:00–23:30 GMT-8');
  });
});
