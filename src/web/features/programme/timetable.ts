import type { PublishedProgramme, SessionType, SessionView } from '../../../shared/programme.js';
import { SESSION_TYPES } from '../../lib/contract.js';
import { dayKey } from '../../ui/time.js';

/**
 * The programme as a timetable: its filters (kept in the address, so that a
 * reload or a shared link shows the same choice), its days in event time, and
 * where each session sits in a day's grid of rooms by time.
 */

export interface ProgrammeFilters {
  theme: string;
  room: string;
  type: SessionType | '';
}

const isSessionType = (value: string | null): value is SessionType =>
  (SESSION_TYPES as readonly string[]).includes(value ?? '');

export function readFilters(params: URLSearchParams): ProgrammeFilters {
  const type = params.get('type');
  return { theme: params.get('theme') ?? '', room: params.get('room') ?? '', type: isSessionType(type) ? type : '' };
}

/** The filters over the address's other parameters; a filter left at "all" is left out. */
export function writeFilters(filters: ProgrammeFilters, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['theme', 'room', 'type'] as const) {
    if (filters[key]) next.set(key, filters[key]);
    else next.delete(key);
  }
  return next;
}

export function matchesFilters(session: SessionView, filters: ProgrammeFilters): boolean {
  return (
    (!filters.theme || session.themeId === filters.theme) &&
    (!filters.room || session.roomId === filters.room) &&
    (!filters.type || session.type === filters.type)
  );
}

export interface ProgrammeDay {
  /** YYYY-MM-DD in the event's zone. */
  key: string;
  sessions: SessionView[];
}

/** The sessions by the event's days, in time order (a session belongs to the day it starts). */
export function groupByDay(sessions: SessionView[], timeZone: string): ProgrammeDay[] {
  const days = new Map<string, SessionView[]>();
  for (const session of sessions) {
    const key = dayKey(new Date(session.startsAt), timeZone);
    days.set(key, [...(days.get(key) ?? []), session]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => ({ key, sessions: list }));
}

type Room = PublishedProgramme['rooms'][number];

export interface Placement {
  session: SessionView;
  /** Lines of the grid's rows, 1-based under the row of room names. */
  rowStart: number;
  rowEnd: number;
  /** The room's column (1-based among the rooms), or null: across every room. */
  column: number | null;
}

export interface DayGrid {
  /** The rooms that have sessions running at the same time as another room's: the grid's columns. */
  rooms: Room[];
  /** Every instant a session starts or ends, in order: the grid's row lines. */
  lines: string[];
  /** The minutes between each line and the next: each row's share of the day's height. */
  rowMinutes: number[];
  /** The room of every session across the columns, when they share one (the plenary hall): said once, above. */
  acrossRoomId: string | null;
  placements: Placement[];
}

const overlaps = (a: SessionView, b: SessionView) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

/**
 * One day as a grid: time runs down, parallel rooms stand side by side, and a
 * session nothing else runs beside (the opening, a break, the plenary) spans every room.
 */
export function layoutDay(sessions: SessionView[], rooms: Room[]): DayGrid {
  const isParallel = (session: SessionView) =>
    sessions.some((other) => other.roomId !== session.roomId && overlaps(session, other));
  const parallelRooms = new Set(sessions.filter(isParallel).map((session) => session.roomId));
  const columns = rooms.filter((room) => parallelRooms.has(room.id));
  const instants = [...new Set(sessions.flatMap((s) => [Date.parse(s.startsAt), Date.parse(s.endsAt)]))].sort(
    (a, b) => a - b,
  );
  const line = (iso: string) => instants.indexOf(Date.parse(iso)) + 1;
  const acrossRooms = new Set(sessions.filter((session) => !isParallel(session)).map((session) => session.roomId));
  return {
    rooms: columns,
    lines: instants.map((instant) => new Date(instant).toISOString()),
    rowMinutes: instants.slice(1).map((instant, index) => (instant - (instants[index] ?? instant)) / 60_000),
    acrossRoomId: acrossRooms.size === 1 && columns.length > 0 ? ([...acrossRooms][0] ?? null) : null,
    placements: sessions.map((session) => {
      const index = columns.findIndex((room) => room.id === session.roomId);
      return {
        session,
        rowStart: line(session.startsAt),
        rowEnd: line(session.endsAt),
        column: isParallel(session) && index >= 0 ? index + 1 : null,
      };
    }),
  };
}

/**
 * The grid's rows as CSS tracks: each at least as tall as its minutes (`--minute` each, so a
 * 90-minute panel stands twice as tall as a 45-minute one), and taller only where a card's
 * words need it, so nothing is ever cut off.
 */
export function rowTracks(grid: Pick<DayGrid, 'rowMinutes'>): string {
  return grid.rowMinutes.map((minutes) => `minmax(calc(${minutes} * var(--minute)), auto)`).join(' ') || 'auto';
}

/** An event day ("2021-11-16") as the reader writes it: "Tuesday 16 November 2021". */
export function dayTitle(key: string, locale: string): string {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  // Noon UTC of that date is that date in UTC, which is all that is printed.
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'full' }).format(
    new Date(Date.UTC(year, month - 1, day, 12)),
  );
}
