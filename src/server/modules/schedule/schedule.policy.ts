/**
 * Who may read the exports. The published programme is public, so are its exports; a
 * person's agenda feed is read by whoever holds its secret address (calendar apps poll it
 * without a session), and nobody else can find it.
 */
export const SCHEDULE_POLICY = {
  readSchedule: 'anyone',
  readSessionCalendar: 'anyone (a published session)',
  readAgendaFeed: 'whoever holds the feed address',
} as const satisfies Record<string, string>;
