import './manage.css';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Access } from '../../../../shared/access.js';
import type { EventView } from '../../../../shared/events.js';
import {
  CHECKIN_POLICY,
  COMMITMENT_POLICY,
  DASHBOARD_POLICY,
  DELEGATION_POLICY,
  EVENT_POLICY,
  LIST_POLICY,
  LIVE_POLICY,
  PROGRAMME_POLICY,
  REGISTRATION_POLICY,
} from '../../../../shared/policies.js';
import { pagePath } from '../../../../shared/routes.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { may, useSession } from '../../../lib/session.js';
import { LoadError, Loading, NotAllowed, NotFound, SignInRequired } from '../../../ui/States.js';
import { Localized, useDocumentTitle } from '../../../ui/text.js';
import { useEvent } from '../api.js';
import { AuditSection } from './AuditSection.js';
import { DashboardSection } from './DashboardSection.js';
import { OutboxSection } from './OutboxSection.js';
import { RolesSection } from './RolesSection.js';
import { SettingsSection } from './SettingsSection.js';

// The other features' sections load with their feature's manage entry, when first opened.
const registration = () => import('../../registration/manage/index.js');
const RegistrationFormSection = lazy(() => registration().then((m) => ({ default: m.RegistrationFormSection })));
const RegistrationsSection = lazy(() => registration().then((m) => ({ default: m.RegistrationsSection })));
const FiguresSection = lazy(() => registration().then((m) => ({ default: m.FiguresSection })));
const ProgrammeSection = lazy(() =>
  import('../../programme/manage/index.js').then((m) => ({ default: m.ProgrammeSection })),
);
const AttendanceSection = lazy(() =>
  import('../../live/manage/index.js').then((m) => ({ default: m.AttendanceSection })),
);
const DelegationsSection = lazy(() =>
  import('../../delegations/manage/index.js').then((m) => ({ default: m.DelegationsSection })),
);

const CommitmentsSection = lazy(() =>
  import('../../commitments/manage/index.js').then((m) => ({ default: m.CommitmentsSection })),
);

/** The organizer area's sections, each shown to whoever may call the route it opens with (the server decides). */
const SECTIONS: { id: string; access: Access }[] = [
  { id: 'dashboard', access: DASHBOARD_POLICY.read },
  { id: 'settings', access: EVENT_POLICY.update },
  { id: 'roles', access: EVENT_POLICY.manageRoles },
  { id: 'audit', access: EVENT_POLICY.readAudit },
  { id: 'outbox', access: EVENT_POLICY.readOutbox },
  { id: 'registration-form', access: REGISTRATION_POLICY.configureForm },
  { id: 'registrations', access: LIST_POLICY.readList },
  { id: 'figures', access: LIST_POLICY.readFigures },
  { id: 'programme', access: PROGRAMME_POLICY.readDraft },
  { id: 'delegations', access: DELEGATION_POLICY.readOverview },
  { id: 'attendance', access: LIVE_POLICY.readAttendance },
  { id: 'commitments', access: COMMITMENT_POLICY.readDashboard },
];

function Section({ id, event }: { id: string; event: EventView }) {
  switch (id) {
    case 'dashboard':
      return <DashboardSection event={event} />;
    case 'settings':
      return <SettingsSection event={event} />;
    case 'roles':
      return <RolesSection slug={event.slug} />;
    case 'audit':
      return <AuditSection event={event} />;
    case 'outbox':
      return <OutboxSection event={event} />;
    default:
      return (
        <Suspense fallback={<Loading />}>
          <FeatureSection id={id} event={event} />
        </Suspense>
      );
  }
}

/** A section another feature owns, from its lazily loaded manage entry. */
function FeatureSection({ id, event }: { id: string; event: EventView }) {
  switch (id) {
    case 'registration-form':
      return <RegistrationFormSection event={event} />;
    case 'registrations':
      return <RegistrationsSection event={event} />;
    case 'figures':
      return <FiguresSection event={event} />;
    case 'programme':
      return <ProgrammeSection event={event} />;
    case 'attendance':
      return <AttendanceSection event={event} />;
    case 'commitments':
      return <CommitmentsSection event={event} />;
    default:
      return <DelegationsSection event={event} />;
  }
}

function ManageEvent({ event, sectionId }: { event: EventView; sectionId: string }) {
  const { t } = useTranslation();
  const account = useSession().data?.account ?? null;
  const allowed = SECTIONS.filter((section) => may(account, section.access, event));
  const isAllowed = allowed.some((section) => section.id === sectionId);
  const sectionName = t(`manage.sections.${sectionId}`);
  useDocumentTitle(isAllowed ? `${sectionName}: ${pickText(event.name, currentLanguage())}` : null);
  if (!isAllowed) return <NotAllowed />;

  return (
    <div className="manage">
      <h1>
        {t('manage.title')}
        <span className="subtitle">
          <Localized text={event.name} />
        </span>
      </h1>
      <p>
        <Link to={pagePath('event', { slug: event.slug })}>{t('manage.publicPage')}</Link>
        {may(account, CHECKIN_POLICY.checkIn, event) && (
          <>
            {' · '}
            <Link to={pagePath('checkIn', { slug: event.slug })}>{t('checkIn.open')}</Link>
          </>
        )}
      </p>
      <nav aria-label={t('manage.nav')} className="manage-nav">
        <ul>
          {allowed.map((section) => (
            <li key={section.id}>
              <Link
                to={pagePath('manage', { slug: event.slug, section: section.id })}
                aria-current={section.id === sectionId ? 'page' : undefined}
              >
                {t(`manage.sections.${section.id}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Section id={sectionId} event={event} />
    </div>
  );
}

export function ManagePage() {
  const { slug = '', section = 'dashboard' } = useParams();
  const session = useSession();
  const account = session.data?.account ?? null;
  const event = useEvent(slug);

  if (!SECTIONS.some((s) => s.id === section)) return <NotFound />;
  if (session.isPending) return <Loading />;
  if (!account) return <SignInRequired />;
  if (event.isPending) return <Loading />;
  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (!SECTIONS.some((s) => may(account, s.access, { slug }))) return <NotAllowed />;
  return <ManageEvent event={event.data} sectionId={section} />;
}
