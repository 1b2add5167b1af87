import { currentLanguage, INTL_LOCALES } from '../i18n/i18n.js';
import { formatInstant } from './time.js';
import { useViewerTimeZone } from './viewerZone.js';

/**
 * One instant in the event's time, the reader's time and UTC (each once when two are the
 * same zone): "16 Nov 2021, 13:00 WITA · 06:00 CET · 05:00 UTC" as the reader's locale writes it.
 */
export function InstantTimes({ at, eventTimeZone }: { at: string; eventTimeZone: string }) {
  const locale = INTL_LOCALES[currentLanguage()];
  const viewerZone = useViewerTimeZone();
  const zones = [...new Set([eventTimeZone, viewerZone ?? 'UTC', 'UTC'])];
  return (
    <time dateTime={at} suppressHydrationWarning>
      {zones.map((zone) => formatInstant(at, zone, locale)).join(' · ')}
    </time>
  );
}
