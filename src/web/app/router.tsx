import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PAGES, type PageId } from '../../shared/routes.js';
import { Loading, NotFound } from '../ui/States.js';
import { PAGE_COMPONENTS } from './pages.js';
import { Shell } from './Shell.js';

function Page({ id }: { id: PageId }) {
  const { Page: Component } = PAGE_COMPONENTS[id];
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}

/** The room's screen fills it: no header, no footer. */
const WITHOUT_SHELL: ReadonlySet<PageId> = new Set<PageId>(['presenter']);

/** The app's pages, built from the page table the server answers 404 by (src/shared/routes.ts). */
export function AppRoutes() {
  const ids = Object.keys(PAGES) as PageId[];
  return (
    <Routes>
      {ids
        .filter((id) => WITHOUT_SHELL.has(id))
        .map((id) => (
          <Route key={id} path={PAGES[id].slice(1)} element={<Page id={id} />} />
        ))}
      <Route element={<Shell />}>
        {ids
          .filter((id) => !WITHOUT_SHELL.has(id))
          .map((id) =>
            PAGES[id] === '/' ? (
              <Route key={id} index element={<Page id={id} />} />
            ) : (
              <Route key={id} path={PAGES[id].slice(1)} element={<Page id={id} />} />
            ),
          )}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
