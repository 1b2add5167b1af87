import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import type { SessionView } from '../shared/auth.js';
import { matchPage } from '../shared/routes.js';
import { type PageState, STATE_ELEMENT_ID, TIME_ZONE_COOKIE } from '../shared/ssr.js';
import { App, createQueryClient } from './app/App.js';
import { PAGE_COMPONENTS } from './app/pages.js';
import { currentLanguage, initBrowserI18n, loadLanguage, storedLanguage, storeLanguage } from './i18n/i18n.js';
import { ApiError, rememberCsrfToken } from './lib/api.js';
import { rememberForServer } from './lib/cookies.js';
import { SESSION_KEY } from './lib/session.js';
import { viewerTimeZone } from './ui/time.js';
import { setRenderedTimeZone } from './ui/viewerZone.js';
import './ui/global.css';

/** The page's data and settings as the server rendered it, or null for a page the browser renders alone. */
function renderedState(): PageState | null {
  const element = document.getElementById(STATE_ELEMENT_ID);
  if (!element?.textContent) return null;
  return JSON.parse(element.textContent) as PageState;
}

interface DehydratedError {
  status: number;
  code: string;
}

/** A failed answer crosses as plain JSON: it becomes the app's ApiError again. */
function reviveErrors(queries: unknown) {
  const state = queries as { queries?: { state: { error: unknown } }[] };
  for (const query of state.queries ?? []) {
    const error = query.state.error as DehydratedError | null;
    if (error) query.state.error = new ApiError({ status: error.status, code: error.code, detail: '' });
  }
  return queries;
}

const state = renderedState();
initBrowserI18n(state?.language ?? null);
setRenderedTimeZone(state?.timeZone ?? null);
const queryClient = createQueryClient();
if (state) hydrate(queryClient, reviveErrors(state.queries) as Parameters<typeof hydrate>[1]);
rememberCsrfToken(queryClient.getQueryData<SessionView>(SESSION_KEY)?.csrfToken ?? null);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const app = (
  <StrictMode>
    <App queryClient={queryClient} Router={BrowserRouter} />
  </StrictMode>
);

// The page's own code and its language's messages first, so that the page renders (or hydrates)
// at once, in the server's words, instead of showing Loading.
const page = matchPage(window.location.pathname);
void Promise.all([page ? PAGE_COMPONENTS[page].preload() : undefined, loadLanguage(currentLanguage())])
  .catch(() => undefined)
  .then(() => {
    if (state) hydrateRoot(root, app);
    else createRoot(root).render(app);
    afterStart();
  });

/** Tells the server the reader's zone and choice of language (kept from before it asked), for the next page it renders. */
function afterStart() {
  rememberForServer(TIME_ZONE_COOKIE, viewerTimeZone());
  const stored = storedLanguage();
  if (stored) storeLanguage(stored);
}
