import { lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PAGES, type PageId } from '../../shared/routes.js';
import { MagicLinkPage } from '../features/auth/MagicLinkPage.js';
import { SignInPage } from '../features/auth/SignInPage.js';
import { EventListPage } from '../features/events/EventListPage.js';
import { EventPage } from '../features/events/EventPage.js';
import { Loading, NotFound } from '../ui/States.js';
import { Shell } from './Shell.js';

// Public pages are in the first bundle; the staff's pages load when first opened.
const NewEventPage = lazy(() =>
  import('../features/events/NewEventPage.js').then((m) => ({ default: m.NewEventPage })),
);
const ManagePage = lazy(() =>
  import('../features/events/manage/ManagePage.js').then((m) => ({ default: m.ManagePage })),
);
// Registration is one visit per person: its pages load when opened, not with every public page.
const RegisterPage = lazy(() =>
  import('../features/registration/RegisterPage.js').then((m) => ({ default: m.RegisterPage })),
);
const MyRegistrationPage = lazy(() =>
  import('../features/registration/MyRegistrationPage.js').then((m) => ({ default: m.MyRegistrationPage })),
);
// The programme's pages and their stylesheet load together, when one of them is first opened.
const ProgrammePage = lazy(() =>
  import('../features/programme/ProgrammePage.js').then((m) => ({ default: m.ProgrammePage })),
);
const SessionPage = lazy(() =>
  import('../features/programme/SessionPage.js').then((m) => ({ default: m.SessionPage })),
);
const SpeakerPage = lazy(() =>
  import('../features/programme/SpeakerPage.js').then((m) => ({ default: m.SpeakerPage })),
);
const AgendaPage = lazy(() => import('../features/programme/AgendaPage.js').then((m) => ({ default: m.AgendaPage })));
const ChangesPage = lazy(() =>
  import('../features/programme/ChangesPage.js').then((m) => ({ default: m.ChangesPage })),
);
const CheckInPage = lazy(() => import('../features/checkin/CheckInPage.js').then((m) => ({ default: m.CheckInPage })));
const DelegationsPage = lazy(() =>
  import('../features/delegations/DelegationsPage.js').then((m) => ({ default: m.DelegationsPage })),
);
const DelegationPage = lazy(() =>
  import('../features/delegations/DelegationPage.js').then((m) => ({ default: m.DelegationPage })),
);
const FocalPointPage = lazy(() =>
  import('../features/delegations/FocalPointPage.js').then((m) => ({ default: m.FocalPointPage })),
);
const AdminOutboxPage = lazy(() =>
  import('../features/admin/AdminOutboxPage.js').then((m) => ({ default: m.AdminOutboxPage })),
);

/** What each page of the shared table (src/shared/routes.ts) shows; the server knows the same paths. */
const PAGE_ELEMENTS: Record<PageId, ReactNode> = {
  home: <EventListPage />,
  signIn: <SignInPage />,
  magicLink: <MagicLinkPage />,
  adminOutbox: <Lazy page={<AdminOutboxPage />} />,
  newEvent: <Lazy page={<NewEventPage />} />,
  event: <EventPage />,
  manage: <Lazy page={<ManagePage />} />,
  register: <Lazy page={<RegisterPage />} />,
  myRegistration: <Lazy page={<MyRegistrationPage />} />,
  checkIn: <Lazy page={<CheckInPage />} />,
  programme: <Lazy page={<ProgrammePage />} />,
  programmeChanges: <Lazy page={<ChangesPage />} />,
  session: <Lazy page={<SessionPage />} />,
  speaker: <Lazy page={<SpeakerPage />} />,
  agenda: <Lazy page={<AgendaPage />} />,
  delegations: <Lazy page={<DelegationsPage />} />,
  delegation: <Lazy page={<DelegationPage />} />,
  focalPoint: <Lazy page={<FocalPointPage />} />,
};

/** The app's pages, built from the page table the server answers 404 by. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        {(Object.keys(PAGES) as PageId[]).map((id) =>
          PAGES[id] === '/' ? (
            <Route key={id} index element={PAGE_ELEMENTS[id]} />
          ) : (
            <Route key={id} path={PAGES[id].slice(1)} element={PAGE_ELEMENTS[id]} />
          ),
        )}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Lazy({ page }: { page: ReactNode }) {
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
}
