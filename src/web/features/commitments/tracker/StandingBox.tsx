import { useTranslation } from 'react-i18next';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { ProgressBar, StatusName } from './parts.js';

/** Where the commitment stands: its status in words, its progress, whether a report is late, when the next is due. */
export function StandingBox({ commitment, timeZone }: { commitment: CommitmentDetail; timeZone: string }) {
  const { t } = useTranslation();
  const { standing } = commitment;
  return (
    <section aria-labelledby="commitment-standing" className="standing">
      <h2 id="commitment-standing">{t('tracker.commitment.standing')}</h2>
      <dl className="standing-facts">
        <div>
          <dt>{t('tracker.item.status')}</dt>
          <dd className="standing-status">
            <StatusName status={standing.status} />
          </dd>
        </div>
        <div>
          <dt>{t('tracker.item.progress')}</dt>
          <dd>
            <ProgressBar value={commitment.progress} />
          </dd>
        </div>
        {standing.nextDue && standing.nextPeriod !== null && (
          <div>
            <dt>{t('tracker.commitment.nextDue', { period: standing.nextPeriod })}</dt>
            <dd>
              <InstantTimes at={standing.nextDue} eventTimeZone={timeZone} />
            </dd>
          </div>
        )}
        {commitment.completionConfirmedAt && (
          <div>
            <dt>{t('tracker.commitment.confirmed')}</dt>
            <dd>
              <InstantTimes at={commitment.completionConfirmedAt} eventTimeZone={timeZone} />
            </dd>
          </div>
        )}
      </dl>
      {standing.isLate && (
        <p className="alert alert-warning">
          <strong>{t('tracker.late')}:</strong> {t('tracker.commitment.missed', { count: standing.missedPeriods })}
          {standing.status === 'inactive' && ` ${t('tracker.commitment.inactive')}`}
        </p>
      )}
      {standing.status === 'completion_pending' && <p className="hint">{t('tracker.commitment.pending')}</p>}
    </section>
  );
}
