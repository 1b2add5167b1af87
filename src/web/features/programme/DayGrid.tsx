import type { CSSProperties } from 'react';
import './timetable.css';
import { useTranslation } from 'react-i18next';
import type { PublishedProgramme, SessionView } from '../../../shared/programme.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { Localized } from '../../ui/text.js';
import type { ProgrammeLookup } from './lookup.js';
import { SessionCard } from './SessionCard.js';
import { layoutDay, rowTracks } from './timetable.js';

/** Grid lines as CSS custom properties: the stylesheet places items only where the screen is wide. */
const place = (vars: Record<string, number | string>) => vars as CSSProperties;

/**
 * One day's sessions. The list is in time order, as a phone shows it and a screen
 * reader reads it; on a wide screen the stylesheet lays the same list out as a grid
 * with the rooms as columns and time running down, each row as tall as its minutes
 * (the room names and the times on its edges are drawn for the eye only: each session
 * names its own room and times, its room line hidden from the eye under its room's column).
 */
export function DayGrid(props: {
  programme: PublishedProgramme;
  find: ProgrammeLookup;
  sessions: SessionView[];
  day: string;
  labelledBy: string;
}) {
  const { programme, find, sessions, day, labelledBy } = props;
  const { t } = useTranslation();
  const grid = layoutDay(sessions, programme.rooms);
  const columns = Math.max(grid.rooms.length, 1);
  const acrossRoom = programme.rooms.find((room) => room.id === grid.acrossRoomId);
  const isRoomSaid = (column: number | null, roomId: string | null) =>
    column !== null || (acrossRoom !== undefined && roomId === acrossRoom.id);
  const clock = new Intl.DateTimeFormat(INTL_LOCALES[currentLanguage()], {
    timeZone: programme.event.timeZone,
    timeStyle: 'short',
  });
  return (
    <>
      {acrossRoom && (
        <p className="day-grid-across-room" aria-hidden="true">
          {t('programme.acrossRoom')} <Localized text={acrossRoom.name} />
        </p>
      )}
      <div className="day-grid" style={place({ '--columns': columns, '--row-tracks': rowTracks(grid) })}>
        {grid.rooms.map((room, index) => (
          <div key={room.id} className="day-grid-room" aria-hidden="true" style={place({ '--column': index + 2 })}>
            <Localized text={room.name} />
          </div>
        ))}
        {grid.lines.slice(0, -1).map((line, index) => (
          <div
            key={line}
            className="day-grid-time"
            aria-hidden="true"
            style={place({ '--row': index + 2 })}
            suppressHydrationWarning
          >
            {clock.format(new Date(line))}
          </div>
        ))}
        <ol className="day-grid-sessions" aria-labelledby={labelledBy}>
          {grid.placements.map(({ session, rowStart, rowEnd, column }) => (
            <li
              key={session.id}
              className={`day-grid-session${column === null ? ' across' : ''}${isRoomSaid(column, session.roomId) ? ' in-room' : ''}`}
              style={place({ '--row-start': rowStart, '--row-end': rowEnd, '--column': column ?? 1 })}
            >
              <SessionCard programme={programme} find={find} session={session} day={day} />
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}
