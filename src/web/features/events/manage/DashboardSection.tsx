import './dashboard.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeadlineKind, EventDashboard } from '../../../../shared/dashboard.js';
import type { EventView } from '../../../../shared/events.js';
import { pagePath } from '../../../../shared/routes.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { Localized } from '../../../ui/text.js';
import { useDashboard } from './manageApi.js';
import { WorkLinks } from './WorkLinks.js';

const manage = (slug: string, section: string, query = '') => `${pagePath('manage', { slug, section })}${query}`;

/** Where the organizer acts on each deadline. */
function deadlinePath(slug: string, kind: DeadlineKind): string {
  if (kind === 'registration_opens' || kind === 'registration_closes') return manage(slug, 'registration-form');
  if (kind === 'statements') return manage(slug, 'delegations');
  if (kind === 'amendments') return pagePath('outcomeAmendments', { slug });
  if (kind === 'adoption') return pagePath('outcomeAdoption', { slug });
  return manage(slug, 'commitments');
}

function Figure({
  to,
  main,
  detail,
  isAlert = false,
}: {
  to: string;
  main: string;
  detail?: string;
  isAlert?: boolean;
}) {
  return (
    <li className={isAlert ? 'dashboard-figure is-alert' : 'dashboard-figure'}>
      <Link to={to}>
        <span className="dashboard-main">{main}</span>
        {detail && <span className="dashboard-detail">{detail}</span>}
      </Link>
    </li>
  );
}

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card dashboard-panel">
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function Figures({ data, slug }: { data: EventDashboard; slug: string }) {
  const { t } = useTranslation();
  const { places, checkIns } = data;
  return (
    <ul className="dashboard-figures" aria-labelledby="dashboard-today">
      <Figure
        to={manage(slug, 'registrations', '?status=pending')}
        main={t('dashboard.pending', { count: data.pendingAccreditations })}
        isAlert={data.pendingAccreditations > 0}
      />
      <Figure
        to={manage(slug, 'registrations')}
        main={t('dashboard.registeredToday', { count: data.registrationsToday })}
        detail={t('dashboard.todayZone', { zone: data.timeZone })}
      />
      <Figure
        to={manage(slug, 'registrations', '?status=confirmed&attendance=in_person')}
        main={t('dashboard.placesLeft', { count: places.left })}
        detail={t('dashboard.placesOf', { taken: places.taken, total: places.total })}
      />
      <Figure
        to={pagePath('checkIn', { slug })}
        main={t('dashboard.checkIns', { checkedIn: checkIns.checkedIn, expected: checkIns.expected })}
        detail={t('dashboard.checkInsHint')}
      />
      <Figure
        to={manage(slug, 'outbox')}
        main={
          data.mailsFailing > 0 ? t('dashboard.mailsFailing', { count: data.mailsFailing }) : t('dashboard.mailsOk')
        }
        isAlert={data.mailsFailing > 0}
      />
    </ul>
  );
}

function Deadlines({ data, event }: { data: EventDashboard; event: EventView }) {
  const { t } = useTranslation();
  if (data.deadlines.length === 0) return <p>{t('dashboard.noDeadlines')}</p>;
  return (
    <ul className="dashboard-list">
      {data.deadlines.map((deadline) => (
        <li key={deadline.kind}>
          <Link to={deadlinePath(event.slug, deadline.kind)}>{t(`dashboard.deadline.${deadline.kind}`)}</Link>
          <br />
          <InstantTimes at={deadline.at} eventTimeZone={event.timeZone} />
        </li>
      ))}
    </ul>
  );
}

function LiveNow({ data, slug }: { data: EventDashboard; slug: string }) {
  const { t } = useTranslation();
  if (data.liveNow.length === 0) {
    return (
      <p>
        {t('dashboard.noLive')} <Link to={pagePath('programme', { slug })}>{t('dashboard.openProgramme')}</Link>
      </p>
    );
  }
  return (
    <ul className="dashboard-list">
      {data.liveNow.map((session) => (
        <li key={session.id}>
          <Link to={pagePath('live', { slug, id: session.id })}>
            <Localized text={session.title} />
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The organizer area's landing page: what waits today, each figure a link to where it is acted on. */
export function DashboardSection({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const dashboard = useDashboard(event.slug);
  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h2 id="dashboard-title">{t('manage.sections.dashboard')}</h2>
      <p>{t('dashboard.intro')}</p>
      {dashboard.isPending && <Loading />}
      {dashboard.isError && <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {dashboard.data && (
        <>
          <h3 id="dashboard-today">{t('dashboard.todayTitle')}</h3>
          <Figures data={dashboard.data} slug={event.slug} />
          <div className="dashboard-panels">
            <Panel id="dashboard-deadlines" title={t('dashboard.deadlinesTitle')}>
              <Deadlines data={dashboard.data} event={event} />
            </Panel>
            <Panel id="dashboard-live" title={t('dashboard.liveTitle')}>
              <LiveNow data={dashboard.data} slug={event.slug} />
            </Panel>
            <Panel id="dashboard-work" title={t('dashboard.workTitle')}>
              <WorkLinks event={event} />
            </Panel>
          </div>
        </>
      )}
    </section>
  );
}
