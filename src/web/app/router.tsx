import { lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
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

/**
 * The app's pages. Keep the paths in step with PAGE_PATTERNS in
 * src/shared/routes.ts: the server answers 404 for any other path.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<EventListPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-in/link" element={<MagicLinkPage />} />
        <Route path="events/new" element={<Lazy page={<NewEventPage />} />} />
        <Route path="events/:slug" element={<EventPage />} />
        <Route path="events/:slug/register" element={<Lazy page={<RegisterPage />} />} />
        <Route path="events/:slug/registration" element={<Lazy page={<MyRegistrationPage />} />} />
        <Route path="events/:slug/manage/:section?" element={<Lazy page={<ManagePage />} />} />
        <Route path="events/:slug/check-in" element={<Lazy page={<CheckInPage />} />} />
        <Route path="events/:slug/programme" element={<Lazy page={<ProgrammePage />} />} />
        <Route path="events/:slug/programme/changes" element={<Lazy page={<ChangesPage />} />} />
        <Route path="events/:slug/programme/sessions/:id" element={<Lazy page={<SessionPage />} />} />
        <Route path="events/:slug/speakers/:id" element={<Lazy page={<SpeakerPage />} />} />
        <Route path="events/:slug/agenda" element={<Lazy page={<AgendaPage />} />} />
        <Route path="events/:slug/delegations" element={<Lazy page={<DelegationsPage />} />} />
        <Route path="events/:slug/delegations/:id" element={<Lazy page={<DelegationPage />} />} />
        <Route path="events/:slug/delegation" element={<Lazy page={<FocalPointPage />} />} />
        <Route path="admin/outbox" element={<Lazy page={<AdminOutboxPage />} />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Lazy({ page }: { page: ReactNode }) {
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
}
