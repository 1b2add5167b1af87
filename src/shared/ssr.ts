/**
 * The contract between the server and the app's server rendering (src/web/render/): what a
 * page is rendered for, and what comes back. The browser reads the same state back to hydrate.
 */
import type { Language } from './constants.js';

/** Cookies the browser writes so the server renders the next page as the reader left it. */
export const LANGUAGE_COOKIE = 'pendopo.language';
export const TIME_ZONE_COOKIE = 'pendopo.tz';

/** The element that carries the rendered page's data and settings to the browser. */
export const STATE_ELEMENT_ID = 'pendopo-state';

/** An API answer as the renderer receives it: the same route, rules and JSON as a browser's request. */
export type PageFetch = (path: string) => Promise<Response>;

export interface PageRequest {
  /** Path and query, as the browser asked. */
  url: string;
  /** The reader's own choice (the language cookie), if any. */
  chosenLanguage: Language | null;
  /** The best match of Accept-Language, for a reader who never chose. */
  acceptedLanguage: Language;
  /** The reader's zone as their browser last told (a cookie), or null on a first visit. */
  timeZone: string | null;
  fetch: PageFetch;
}

/** What the browser needs to take the page over as it was rendered. */
export interface PageState {
  language: Language;
  timeZone: string | null;
  /** React Query's dehydrated cache: the answers the page was rendered from. */
  queries: unknown;
}

export interface RenderedPage {
  status: number;
  language: Language;
  title: string;
  /** The page's Atom feeds, titled in its language: `<link rel="alternate">` in the head. */
  feeds: { title: string; href: string }[];
  /** The markup inside #root. */
  html: string;
  /** The page's module as the build's manifest names it (src/web/features/...), to preload it and its styles. */
  module: string | null;
  state: PageState;
}

export type RenderPage = (request: PageRequest) => Promise<RenderedPage>;
