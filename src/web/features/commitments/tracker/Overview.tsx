import { useTranslation } from 'react-i18next';
import type { TrackerSummary } from '../../../../shared/commitmentViews.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { overallNow } from './figures.js';
import { formatPercent } from './words.js';

/** The tracker's key figures, and where reporting stands: the period now running and when its reports are due. */
export function Overview({ summary, timeZone }: { summary: TrackerSummary; timeZone: string }) {
  const { t } = useTranslation();
  const overall = overallNow(summary.areas);
  const { settings } = summary;
  return (
    <div className="tracker-overview">
      <dl className="key-figures">
        <div>
          <dt>{t('tracker.overview.commitments')}</dt>
          <dd>{summary.totals.commitments}</dd>
        </div>
        <div>
          <dt>{t('tracker.overview.countries')}</dt>
          <dd>{summary.totals.countries}</dd>
        </div>
        <div>
          <dt>{t('tracker.overview.progress')}</dt>
          <dd>{overall === null ? '–' : formatPercent(overall)}</dd>
        </div>
      </dl>
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
