import { useTranslation } from 'react-i18next';
import type { TrackerSummary } from '../../../../shared/commitmentViews.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { RollUpMethod } from './parts.js';
import { formatPercent } from './words.js';

/** The tracker's key figures, and where reporting stands: the period now running and when its reports are due. */
export function Overview({ summary, timeZone }: { summary: TrackerSummary; timeZone: string }) {
  const { t } = useTranslation();
  const { settings, totals } = summary;
  return (
    <div className="tracker-overview">
      <div className="overview-figures">
        <dl className="key-figures">
          <div>
            <dt>{t('tracker.overview.commitments')}</dt>
            <dd>{totals.commitments}</dd>
          </div>
          <div>
            <dt>{t('tracker.overview.countries')}</dt>
            <dd>{totals.countries}</dd>
          </div>
          <div>
            <dt>{t('tracker.overview.progress')}</dt>
            <dd>{totals.progress === null ? '–' : formatPercent(totals.progress)}</dd>
          </div>
        </dl>
        {totals.commitments > 0 && <RollUpMethod figure={totals} weighting={settings.weighting} isOverall />}
      </div>
      <section aria-labelledby="tracker-reporting" className="reporting">
        <h2 id="tracker-reporting">{t('tracker.period.title')}</h2>
        {summary.currentDue && (
          <p>
            <span className="label">
              {summary.currentPeriod > 0
                ? t('tracker.period.current', { period: summary.currentPeriod })
                : t('tracker.period.first')}
            </span>{' '}
            {t('tracker.period.dueBy')} <InstantTimes at={summary.currentDue} eventTimeZone={timeZone} />.
          </p>
        )}
        {settings.reportingFrom && (
          <p>
            {t('tracker.period.every', { count: settings.periodMonths })}{' '}
            {settings.isReportingFromAdoption ? t('tracker.period.fromAdoption') : t('tracker.period.from')}{' '}
            <InstantTimes at={settings.reportingFrom} eventTimeZone={timeZone} />. {t('tracker.period.inactive')}
          </p>
        )}
      </section>
    </div>
  );
}
