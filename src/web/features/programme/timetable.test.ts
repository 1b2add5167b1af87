import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../../shared/programme.js';
import { groupByDay, layoutDay, matchesFilters, readFilters, rowTracks, writeFilters } from './timetable.js';

const HALL = '00000000-0000-4000-8000-000000000001';
const ROOM_B = '00000000-0000-4000-8000-000000000002';
const ROOM_C = '00000000-0000-4000-8000-000000000003';
const THEME = '00000000-0000-4000-8000-0000000000aa';
const rooms = [HALL, ROOM_B, ROOM_C].map((id, i) => ({ id, name: { en: `Room ${i}` }, capacity: 100 }));

let next = 0;
function session(roomId: string, startsAt: string, endsAt: string, extra: Partial<SessionView> = {}): SessionView {
  next += 1;
  return {
    id: `10000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    type: 'panel',
    title: { en: `Session ${next}` },
    description: {},
    roomId,
    startsAt,
    endsAt,
    capacity: 100,
    themeId: null,
    speakerIds: [],
    moderatorId: null,
    streams: [],
    ...extra,
  };
}

// 13:00–14:00 WITA opening in the hall, then two panels side by side, then a closing.
const opening = session(HALL, '2021-11-16T05:00:00Z', '2021-11-16T06:00:00Z', { type: 'opening' });
const panelA = session(HALL, '2021-11-16T06:00:00Z', '2021-11-16T07:30:00Z', { themeId: THEME });
const panelB = session(ROOM_C, '2021-11-16T06:00:00Z', '2021-11-16T07:00:00Z');
const closing = session(HALL, '2021-11-16T08:00:00Z', '2021-11-16T09:40:00Z', { type: 'closing' });
const day = [opening, panelA, panelB, closing];

describe('layoutDay', () => {
  const grid = layoutDay(day, rooms);

  it('makes columns of the rooms that run at the same time only', () => {
    expect(grid.rooms.map((room) => room.id)).toEqual([HALL, ROOM_C]);
  });

  it('spans a session nothing runs beside across every room, and puts parallel ones in their room', () => {
    const columnOf = (s: SessionView) => grid.placements.find((p) => p.session === s)?.column;
    expect(columnOf(opening)).toBeNull();
    expect(columnOf(closing)).toBeNull();
    expect(columnOf(panelA)).toBe(1);
    expect(columnOf(panelB)).toBe(2);
  });

  it('names the room of the sessions across the columns once, when they share one', () => {
    expect(grid.acrossRoomId).toBe(HALL);
    const elsewhere = session(ROOM_B, '2021-11-16T10:00:00Z', '2021-11-16T11:00:00Z');
    expect(layoutDay([...day, elsewhere], rooms).acrossRoomId).toBeNull();
    // With no columns, every card says its own room.
    expect(layoutDay([opening, closing], rooms).acrossRoomId).toBeNull();
  });

  it('runs a session from the line of its start to the line of its end', () => {
    expect(grid.lines).toEqual([
      '2021-11-16T05:00:00.000Z',
      '2021-11-16T06:00:00.000Z',
      '2021-11-16T07:00:00.000Z',
      '2021-11-16T07:30:00.000Z',
      '2021-11-16T08:00:00.000Z',
      '2021-11-16T09:40:00.000Z',
    ]);
    const rows = (s: SessionView) => grid.placements.find((p) => p.session === s);
    expect(rows(panelA)).toMatchObject({ rowStart: 2, rowEnd: 4 });
    expect(rows(panelB)).toMatchObject({ rowStart: 2, rowEnd: 3 });
    expect(rows(closing)).toMatchObject({ rowStart: 5, rowEnd: 6 });
  });
});

describe('the grid by duration', () => {
  // A 90-minute panel beside a 45-minute one, then a 15-minute break across both rooms.
  const long = session(HALL, '2021-11-16T06:00:00Z', '2021-11-16T07:30:00Z');
  const short = session(ROOM_C, '2021-11-16T06:00:00Z', '2021-11-16T06:45:00Z');
  const pause = session(HALL, '2021-11-16T07:30:00Z', '2021-11-16T07:45:00Z', { type: 'break' });
  const grid = layoutDay([long, short, pause], rooms);
  const minutesOf = (s: SessionView) => {
    const placed = grid.placements.find((p) => p.session === s);
    return grid.rowMinutes.slice((placed?.rowStart ?? 0) - 1, (placed?.rowEnd ?? 0) - 1).reduce((a, b) => a + b, 0);
  };

  it('gives each row the minutes to the next line, so a session spans its own minutes', () => {
    expect(grid.rowMinutes).toEqual([45, 45, 15]);
    expect(minutesOf(long)).toBe(90);
    expect(minutesOf(short)).toBe(45);
    expect(minutesOf(long)).toBe(2 * minutesOf(short));
    expect(minutesOf(pause)).toBe(15);
  });

  it('writes the rows as tracks at least as tall as their minutes, growing only for their words', () => {
    expect(rowTracks(grid)).toBe(
      'minmax(calc(45 * var(--minute)), auto) minmax(calc(45 * var(--minute)), auto) minmax(calc(15 * var(--minute)), auto)',
    );
    expect(rowTracks(layoutDay([], rooms))).toBe('auto');
  });
});

describe('groupByDay', () => {
  it('puts sessions on the day they start in the event’s zone, not in UTC', () => {
    // 07:30 WITA on the 17th is 23:30 UTC on the 16th.
    const early = session(HALL, '2021-11-16T23:30:00Z', '2021-11-17T00:30:00Z');
    const days = groupByDay([...day, early], 'Asia/Makassar');
    expect(days.map((d) => [d.key, d.sessions.length])).toEqual([
      ['2021-11-16', 4],
      ['2021-11-17', 1],
    ]);
  });
});

describe('filters', () => {
  it('reads what the address holds and ignores a type that does not exist', () => {
    expect(readFilters(new URLSearchParams(`theme=${THEME}&type=keynote`))).toEqual({
      theme: THEME,
      room: '',
      type: '',
    });
  });

  it('writes only the filters chosen, keeping the other parameters', () => {
    const params = writeFilters({ theme: '', room: ROOM_C, type: 'panel' }, new URLSearchParams('theme=x&lang=id'));
    expect(params.toString()).toBe(`lang=id&room=${ROOM_C}&type=panel`);
  });

  it('keeps the sessions that match every filter chosen', () => {
    const shown = day.filter((s) => matchesFilters(s, { theme: '', room: HALL, type: 'panel' }));
    expect(shown).toEqual([panelA]);
    expect(day.filter((s) => matchesFilters(s, { theme: THEME, room: '', type: '' }))).toEqual([panelA]);
  });
});
