/** The browser's pages; the server answers 404 for any other path, with the SPA's 404 page. */
export const PAGE_PATTERNS = [
  /^\/$/,
  /^\/sign-in$/,
  /^\/sign-in\/link$/,
  /^\/admin\/outbox$/,
  /^\/events\/new$/,
  /^\/events\/[a-z0-9-]+$/,
  /^\/events\/[a-z0-9-]+\/manage(\/[a-z-]+)?$/,
  /^\/events\/[a-z0-9-]+\/register$/,
  /^\/events\/[a-z0-9-]+\/registration$/,
  /^\/events\/[a-z0-9-]+\/check-in$/,
  /^\/events\/[a-z0-9-]+\/programme(\/changes)?$/,
  /^\/events\/[a-z0-9-]+\/programme\/sessions\/[0-9a-f-]{36}$/,
  /^\/events\/[a-z0-9-]+\/speakers\/[0-9a-f-]{36}$/,
  /^\/events\/[a-z0-9-]+\/agenda$/,
  /^\/events\/[a-z0-9-]+\/delegations$/,
  /^\/events\/[a-z0-9-]+\/delegations\/[0-9a-f-]{36}$/,
  /^\/events\/[a-z0-9-]+\/delegation$/,
];

export const isPagePath = (path: string) => PAGE_PATTERNS.some((pattern) => pattern.test(path));
