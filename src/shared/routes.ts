/**
 * The browser's pages, one table for both sides: the SPA's router builds its routes from it
 * (src/web/app/router.tsx) and the server answers 404 for any other path (isPagePath).
 * Patterns are in the router's syntax: `:name` a segment, `:name?` an optional one.
 */
export const PAGES = {
  home: '/',
  signIn: '/sign-in',
  magicLink: '/sign-in/link',
  adminOutbox: '/admin/outbox',
  newEvent: '/events/new',
  event: '/events/:slug',
  manage: '/events/:slug/manage/:section?',
  register: '/events/:slug/register',
  myRegistration: '/events/:slug/registration',
  checkIn: '/events/:slug/check-in',
  programme: '/events/:slug/programme',
  programmeChanges: '/events/:slug/programme/changes',
  session: '/events/:slug/programme/sessions/:id',
  live: '/events/:slug/programme/sessions/:id/live',
  presenter: '/events/:slug/programme/sessions/:id/presenter',
  speaker: '/events/:slug/speakers/:id',
  agenda: '/events/:slug/agenda',
  delegations: '/events/:slug/delegations',
  delegation: '/events/:slug/delegations/:id',
  delegationOutcome: '/events/:slug/delegations/:id/outcome',
  delegationCommitments: '/events/:slug/delegations/:id/commitments',
  focalPoint: '/events/:slug/delegation',
  outcome: '/events/:slug/outcome',
  outcomeEditor: '/events/:slug/outcome/editor',
  outcomeAmendments: '/events/:slug/outcome/amendments',
  outcomeCompare: '/events/:slug/outcome/compare',
  outcomeAdoption: '/events/:slug/outcome/adoption',
  commitments: '/events/:slug/commitments',
  commitment: '/events/:slug/commitments/:id',
} as const;

export type PageId = keyof typeof PAGES;

/** What each parameter may hold; the server answers 404 for a path whose parameter does not. */
const PARAMETER_PATTERNS: Record<string, string> = {
  slug: '[a-z0-9-]+',
  section: '[a-z-]+',
  id: '[0-9a-f-]{36}',
};

function patternOf(page: string): RegExp {
  const source = page
    .split('/')
    .slice(1)
    .map((segment) => {
      const parameter = /^:(\w+)(\?)?$/.exec(segment);
      if (!parameter) return `\\/${segment.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}`;
      const [, name = '', optional] = parameter;
      const pattern = PARAMETER_PATTERNS[name];
      if (!pattern) throw new Error(`No pattern for the page parameter ${name}`);
      return optional ? `(\\/${pattern})?` : `\\/${pattern}`;
    })
    .join('');
  return new RegExp(`^${source || '\\/'}$`);
}

/** The browser's pages as the server matches them. */
export const PAGE_PATTERNS: readonly RegExp[] = Object.values(PAGES).map(patternOf);

export const isPagePath = (path: string) => PAGE_PATTERNS.some((pattern) => pattern.test(path));

const PAGE_IDS = Object.keys(PAGES) as PageId[];

/** The page a path shows, or null. */
export function matchPage(path: string): PageId | null {
  const index = PAGE_PATTERNS.findIndex((pattern) => pattern.test(path));
  return index < 0 ? null : (PAGE_IDS[index] ?? null);
}

/**
 * The pages the server renders with their content, for the reader on a weak connection and
 * with JavaScript off; the others (the organizer area, check-in, one's own pages) the browser
 * renders alone.
 */
export const SERVER_RENDERED: ReadonlySet<PageId> = new Set<PageId>([
  'home',
  'signIn',
  'event',
  'register',
  'programme',
  'programmeChanges',
  'session',
  'live',
  'presenter',
  'speaker',
  'delegations',
  'delegation',
  'outcome',
  'commitments',
  'commitment',
]);

type ParameterNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParameterNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** A page's parameters: `:slug` required, `:section?` optional. */
export type PageParams<P extends string> = {
  [K in ParameterNames<P> as K extends `${string}?` ? never : K]: string;
} & { [K in ParameterNames<P> as K extends `${infer Base}?` ? Base : never]?: string };

/** A page's path, for links: pagePath('session', { slug, id }). */
export function pagePath<Id extends PageId>(
  id: Id,
  ...[params]: PageParams<(typeof PAGES)[Id]> extends Record<string, never> ? [] : [PageParams<(typeof PAGES)[Id]>]
): string {
  const values: Record<string, string | undefined> = params ?? {};
  return PAGES[id].replace(/\/:(\w+)(\?)?/g, (_match, name: string) => {
    const value = values[name];
    return value === undefined ? '' : `/${encodeURIComponent(value)}`;
  });
}
