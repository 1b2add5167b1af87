import { useTranslation } from 'react-i18next';
import type { CommitmentDetail, ReportView } from '../../../../shared/commitmentViews.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { Localized, LocalizedParagraphs } from '../../../ui/text.js';
import { formatPercent } from './format.js';

function Report({
  report,
  commitment,
  timeZone,
}: {
  report: ReportView;
  commitment: CommitmentDetail;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  return (
    <li className="report">
      <h5 className="report-title">
        {report.period > 0
          ? t('commitmentsOwn.history.reportFor', { period: report.period })
          : t('commitmentsOwn.history.reportBefore')}
      </h5>
      <dl className="commitment-facts">
        <dt>{t('commitmentsOwn.history.sent')}</dt>
        <dd>
          <InstantTimes at={report.submittedAt} eventTimeZone={timeZone} />
          {report.isOnBehalf && <> · {t('commitmentsOwn.history.onBehalf')}</>}
        </dd>
        <dt>{t('commitmentsOwn.history.status')}</dt>
        <dd>
          <strong>{t(`commitmentsOwn.statuses.${report.status}`)}</strong>
        </dd>
        <dt>{t('commitmentsOwn.history.overall')}</dt>
        <dd>{formatPercent(report.overall, locale)}</dd>
        <dt>{t('commitmentsOwn.history.byDeliverable')}</dt>
        <dd>
          <ul className="report-progress">
            {commitment.deliverables.map((d) => (
              <li key={d.id}>
                <Localized text={d.title} />:{' '}
                {report.progress[d.id] === undefined
                  ? t('commitmentsOwn.history.notReported')
                  : formatPercent(report.progress[d.id] ?? 0, locale)}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('commitmentsOwn.history.narrative')}</dt>
        <dd>
          <LocalizedParagraphs text={report.narrative} />
        </dd>
        <dt>{t('commitmentsOwn.history.evidence')}</dt>
        <dd>
          {report.evidence.length === 0 ? (
            t('commitmentsOwn.history.noEvidence')
          ) : (
            <ul className="evidence-links">
              {report.evidence.map((url) => (
                <li key={url}>
                  <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                    {url}
                    <span className="visually-hidden"> {t('commitmentsOwn.history.newTab')}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </li>
  );
}

/** The commitment's progress reports, newest first. */
export function ReportHistory({ commitment, timeZone }: { commitment: CommitmentDetail; timeZone: string }) {
  const { t } = useTranslation();
  if (commitment.reviewState !== 'published') return null;
  const id = `history-${commitment.id}`;
  const reports = [...commitment.reports].reverse();
  return (
    <section className="report-history" aria-labelledby={id}>
      <h4 id={id}>{t('commitmentsOwn.history.title', { count: reports.length })}</h4>
      {reports.length === 0 ? (
        <p>{t('commitmentsOwn.history.none')}</p>
      ) : (
        <ol className="report-list">
          {reports.map((report) => (
            <Report key={report.id} report={report} commitment={commitment} timeZone={timeZone} />
          ))}
        </ol>
      )}
    </section>
  );
}
