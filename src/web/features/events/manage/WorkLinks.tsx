import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Access } from '../../../../shared/access.js';
import type { EventView } from '../../../../shared/events.js';
import {
  CHECKIN_POLICY,
  COMMITMENT_POLICY,
  LIVE_POLICY,
  OUTCOME_POLICY,
  PROGRAMME_POLICY,
} from '../../../../shared/policies.js';
import { pagePath } from '../../../../shared/routes.js';
import { may, useAccount } from '../../../lib/session.js';

/** The staff's entry points of the other areas: check-in, the live sessions, the outcome, the commitments. */
function entries(slug: string): { key: string; to: string; access: Access }[] {
  const manage = (section: string) => pagePath('manage', { slug, section });
  return [
    { key: 'checkIn', to: pagePath('checkIn', { slug }), access: CHECKIN_POLICY.checkIn },
    { key: 'programme', to: manage('programme'), access: PROGRAMME_POLICY.readDraft },
    { key: 'attendance', to: manage('attendance'), access: LIVE_POLICY.readAttendance },
    { key: 'outcomeEditor', to: pagePath('outcomeEditor', { slug }), access: OUTCOME_POLICY.editText },
    { key: 'outcomeAmendments', to: pagePath('outcomeAmendments', { slug }), access: OUTCOME_POLICY.decide },
    { key: 'outcomeAdoption', to: pagePath('outcomeAdoption', { slug }), access: OUTCOME_POLICY.adopt },
    { key: 'commitments', to: manage('commitments'), access: COMMITMENT_POLICY.readDashboard },
  ];
}

export function WorkLinks({ event }: { event: Pick<EventView, 'slug'> }) {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <ul className="dashboard-list">
      {entries(event.slug)
        .filter((entry) => may(account, entry.access, event))
        .map((entry) => (
          <li key={entry.key}>
            <Link to={entry.to}>{t(`dashboard.work.${entry.key}`)}</Link>
          </li>
        ))}
    </ul>
  );
}
