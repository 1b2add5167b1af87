// The tracker's world map as the server draws it (tracker.map.ts) and the page shows it
// (WorldMapFigure.tsx): GET /api/events/:slug/commitments/map. Import-free (no zod).

/** The world map: SVG path data in the viewBox's units. */
export interface WorldMap {
  viewBox: string;
  /** The map's edge (the Equal Earth outline between the latitudes drawn): the ocean. */
  outline: string;
  /** Each country Natural Earth draws, by ISO 3166-1 alpha-2; a small one (absent at 1:110m) as a dot. */
  countries: { code: string; d: string; isSmall: boolean }[];
  /** Land that no ISO code names (N. Cyprus, Somaliland, Kosovo), drawn as land of no country. */
  unassigned: string;
}

/**
 * The map's viewBox as the server draws it (a test checks the two agree): the page keeps this box
 * for the map before its shapes come, so that nothing moves when they do.
 */
export const WORLD_MAP_VIEW_BOX = '0 0 1000 439';
