// Calendar days and lists as the reader's language writes them.

/** A calendar day ("2026-03-01"), which has no time zone: "1 Mar 2026", "1 Mar 2026" in Indonesian. */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** "Finland, Japan and UNDP" / "Finlandia, Jepang, dan UNDP". */
export const listOf = (items: string[], locale: string) =>
  new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);

/** A percent as the reader's language writes it: "42.5%", "42,5%". */
export const formatPercent = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
