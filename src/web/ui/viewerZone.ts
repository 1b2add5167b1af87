import { useSyncExternalStore } from 'react';
import { viewerTimeZone } from './time.js';

let renderedZone: string | null = null;

/**
 * The reader's zone as the server knew it for the page it rendered (the browser's cookie), or
 * null on a first visit: the server renders with it, and the browser takes the page over with it.
 */
export function setRenderedTimeZone(zone: string | null) {
  renderedZone = zone;
}

const unchanging = () => () => {};

/**
 * The reader's zone. While the browser takes over a page the server rendered, the zone the
 * server used (null when it did not know it); React then renders again with the browser's own.
 */
export function useViewerTimeZone(): string | null {
  return useSyncExternalStore(unchanging, viewerTimeZone, () => renderedZone);
}
