/**
 * The server's rendering of a page (built by `vite build --ssr` into dist/ssr/render.js and
 * called by src/server/core/http/pages.ts): the same app, routes and queries as the browser's,
 * its requests answered by the server's own routes with the reader's cookies.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { dehydrate, type Query, type QueryClient, skipToken } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter } from 'react-router';
import type { SessionView } from '../../shared/auth.js';
import { matchPage, SERVER_RENDERED } from '../../shared/routes.js';
import type { PageFetch, PageRequest, RenderedPage } from '../../shared/ssr.js';
import { App, createQueryClient } from '../app/App.js';
import { PAGE_COMPONENTS, pageModule } from '../app/pages.js';
import { initI18n, loadLanguage, renderInLanguage } from '../i18n/i18n.js';
import { refreshSession, setTransport } from '../lib/api.js';
import { LANGUAGES } from '../lib/contract.js';
import { type ServerPage, ServerPageContext } from '../lib/serverPage.js';
import { SESSION_KEY } from '../lib/session.js';
import { setRenderedTimeZone } from '../ui/viewerZone.js';

/** Renders until no query waits: the page's own, then those its data reveals (at most this often). */
const MAX_PASSES = 4;

const i18n = initI18n('en');
const pageFetches = new AsyncLocalStorage<PageFetch>();
setTransport((path, init) => {
  const pageFetch = pageFetches.getStore();
  if (!pageFetch || (init.method ?? 'GET') !== 'GET') {
    return Promise.reject(new Error('A server rendering only reads, within a page request.'));
  }
  return pageFetch(path);
});

/** The code of every page the server renders and every language's messages, loaded once, so that no render suspends. */
const loaded = Promise.all([
  ...[...SERVER_RENDERED].map((id) => PAGE_COMPONENTS[id].preload()),
  ...LANGUAGES.map(loadLanguage),
]);

function isWaiting(query: Query): boolean {
  if (query.state.status !== 'pending' || query.state.fetchStatus !== 'idle') return false;
  const { enabled, queryFn } = query.options as { enabled?: boolean | ((query: Query) => boolean); queryFn?: unknown };
  if (!queryFn || queryFn === skipToken) return false;
  return typeof enabled === 'function' ? enabled(query) : enabled !== false;
}

const waitingQueries = (client: QueryClient) => client.getQueryCache().getAll().filter(isWaiting);

export async function render(request: PageRequest): Promise<RenderedPage> {
  await loaded;
  return pageFetches.run(request.fetch, async () => {
    const queryClient = createQueryClient({ isServer: true });
    // The session first: a signed-in reader who never chose a language gets their account's.
    const session = await queryClient
      .fetchQuery<SessionView>({ queryKey: SESSION_KEY, queryFn: refreshSession })
      .catch(() => null);
    const language = request.chosenLanguage ?? session?.account?.language ?? request.acceptedLanguage;
    const translations = i18n.cloneInstance({ lng: language });
    const Router = ({ children }: { children: ReactNode }) => (
      <StaticRouter location={request.url}>{children}</StaticRouter>
    );

    let page: ServerPage = { title: null, status: 200, feeds: [] };
    let html = '';
    for (let pass = 1; ; pass++) {
      page = { title: null, status: 200, feeds: [] };
      const tree = (
        <ServerPageContext.Provider value={page}>
          <I18nextProvider i18n={translations}>
            <App queryClient={queryClient} Router={Router} />
          </I18nextProvider>
        </ServerPageContext.Provider>
      );
      html = renderInLanguage(language, () => {
        setRenderedTimeZone(request.timeZone);
        return renderToString(tree);
      });
      const waiting = waitingQueries(queryClient);
      if (waiting.length === 0 || pass === MAX_PASSES) break;
      await Promise.all(waiting.map((query) => query.fetch().catch(() => undefined)));
    }

    const id = matchPage(request.url.split('?')[0] ?? '/');
    const queries = dehydrate(queryClient, {
      shouldDehydrateQuery: (query) => query.state.status !== 'pending',
      shouldRedactErrors: () => false,
    });
    return {
      status: page.status,
      language,
      title: page.title ?? translations.t('site.name'),
      feeds: page.feeds,
      html,
      module: id ? pageModule(id) : null,
      state: { language, timeZone: request.timeZone, queries },
    };
  });
}
