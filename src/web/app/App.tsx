import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../lib/api.js';
import { AppRoutes } from './router.js';

/** The browser's cache of API answers; the server makes one per page it renders. */
export function createQueryClient({ isServer = false } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will answer the same the second time; only the network and the server's own failures are worth a retry.
        retry: isServer
          ? false
          : (failures, error) => failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
        // A failed answer stays on its page (which offers Retry) rather than turning back into Loading:
        // so the browser takes over a page the server rendered as "not found" as it is.
        retryOnMount: false,
      },
    },
  });
}

/**
 * The app in a router: the browser's (BrowserRouter) or the server's (StaticRouter). The
 * declarative router: the data router would add some 15 KB (gzipped) to every first page.
 */
export function App({
  queryClient,
  Router,
}: {
  queryClient: QueryClient;
  Router: (props: { children: ReactNode }) => ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <Router>
        <AppRoutes />
      </Router>
    </QueryClientProvider>
  );
}
