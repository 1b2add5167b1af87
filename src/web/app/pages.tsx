/// <reference types="vite/client" />
import { type ComponentType, lazy } from 'react';
import type { PageId } from '../../shared/routes.js';

/** Each page's file under features/, which exports a component of the file's name. */
const PAGE_FILES: Record<PageId, string> = {
  home: 'events/EventListPage',
  signIn: 'auth/SignInPage',
  magicLink: 'auth/MagicLinkPage',
  adminOutbox: 'admin/AdminOutboxPage',
  newEvent: 'events/NewEventPage',
  event: 'events/EventPage',
  manage: 'events/manage/ManagePage',
  register: 'registration/RegisterPage',
  myRegistration: 'registration/MyRegistrationPage',
  checkIn: 'checkin/CheckInPage',
  programme: 'programme/ProgrammePage',
  programmeChanges: 'programme/ChangesPage',
  session: 'programme/SessionPage',
  live: 'live/LivePage',
  presenter: 'live/PresenterPage',
  speaker: 'programme/SpeakerPage',
  agenda: 'programme/AgendaPage',
  delegations: 'delegations/DelegationsPage',
  delegation: 'delegations/DelegationPage',
  focalPoint: 'delegations/FocalPointPage',
  outcome: 'outcome/OutcomePage',
  outcomeEditor: 'outcome/EditorPage',
  outcomeAmendments: 'outcome/AmendmentsPage',
  outcomeCompare: 'outcome/ComparePage',
  outcomeAdoption: 'outcome/AdoptionPage',
  delegationOutcome: 'outcome/DelegationOutcomePage',
  commitments: 'commitments/TrackerPage',
  commitment: 'commitments/CommitmentPage',
  delegationCommitments: 'commitments/DelegationCommitmentsPage',
};

// One chunk per page: a page loads its own code (and style sheet), not the others'.
const MODULES = import.meta.glob<Record<string, ComponentType>>([
  '../features/*/*Page.tsx',
  '../features/events/manage/ManagePage.tsx',
]);

/** A page's module as the build's manifest names it: src/web/features/programme/ProgrammePage.tsx. */
export const pageModule = (id: PageId) => `src/web/features/${PAGE_FILES[id]}.tsx`;

function loaderOf(id: PageId): () => Promise<ComponentType> {
  const file = PAGE_FILES[id];
  const load = MODULES[`../features/${file}.tsx`];
  const name = file.split('/').pop() ?? file;
  if (!load) throw new Error(`No page file features/${file}.tsx`);
  return async () => {
    const component = (await load())[name];
    if (!component) throw new Error(`features/${file}.tsx exports no ${name}`);
    return component;
  };
}

interface LazyPage {
  Page: ComponentType;
  /** Loads the page's code; once it has, the page renders without suspending. */
  preload: () => Promise<void>;
}

function lazyPage(id: PageId): LazyPage {
  const load = loaderOf(id);
  let loaded: ComponentType | null = null;
  const preload = async () => {
    loaded ??= await load();
  };
  // A module already loaded is handed over at once (a thenable that resolves as it is asked),
  // so React renders it without suspending: on the server, and as the browser hydrates the
  // page the server rendered; otherwise the page's Suspense shows Loading until it arrives.
  const Page = lazy(() => {
    const ready = loaded;
    if (!ready) return preload().then(() => ({ default: loaded as ComponentType }));
    // biome-ignore lint/suspicious/noThenProperty: the synchronous thenable React.lazy reads at once (above).
    const handOver = { then: (resolve: (module: { default: ComponentType }) => void) => resolve({ default: ready }) };
    return handOver as unknown as Promise<{ default: ComponentType }>;
  });
  return { Page, preload };
}

export const PAGE_COMPONENTS = Object.fromEntries(
  (Object.keys(PAGE_FILES) as PageId[]).map((id) => [id, lazyPage(id)]),
) as Record<PageId, LazyPage>;
