import { useTranslation } from 'react-i18next';
import type { CommitmentDetail, ReportView } from '../../../../shared/commitmentViews.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { Localized, LocalizedParagraphs } from '../../../ui/text.js';
import { ProgressBar, StatusName } from './parts.js';

function Report(props: { report: ReportView; deliverables: CommitmentDetail['deliverables']; timeZone: string }) {
  const { report, deliverables, timeZone } = props;
  const { t } = useTranslation();
  const headingId = `report-${report.id}`;
  return (
    <li className="report">
      <h3 id={headingId}>
        <InstantTimes at={report.submittedAt} eventTimeZone={timeZone} />
      </h3>
      <p className="report-meta">
        {t('tracker.report.period', { period: report.period })} · <StatusName status={report.status} />
        {report.isOnBehalf && ` · ${t('tracker.report.onBehalf')}`}
      </p>
      <div className="report-overall">
        <span className="label">{t('tracker.report.overall')}:</span> <ProgressBar value={report.overall} />
      </div>
      <table className="report-deliverables">
        <caption className="visually-hidden">{t('tracker.report.byDeliverable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tracker.deliverables.name')}</th>
            <th scope="col">{t('tracker.item.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {deliverables.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <Localized text={d.title} />
              </th>
              <td>
                <ProgressBar value={report.progress[d.id] ?? 0} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <LocalizedParagraphs text={report.narrative} />
      {report.evidence.length > 0 && (
        <>
          <h4>{t('tracker.report.evidence')}</h4>
          <ul className="evidence">
            {report.evidence.map((url) => (
              <li key={url}>
                <a href={url} rel="external nofollow noopener">
                  {url}
                  <span className="visually-hidden"> ({t('tracker.report.external')})</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** The commitment's reports, newest first: each one's date in three zones, status, progress overall and per deliverable, narrative, evidence. */
export function ReportTimeline({ commitment, timeZone }: { commitment: CommitmentDetail; timeZone: string }) {
  const { t } = useTranslation();
  const reports = [...commitment.reports].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return (
    <section aria-labelledby="commitment-reports" className="tracker-section">
      <h2 id="commitment-reports">{t('tracker.report.title', { count: reports.length })}</h2>
      {reports.length === 0 ? (
        <p>{t('tracker.report.none')}</p>
      ) : (
        <>
          <p className="hint">{t('tracker.report.order')}</p>
          <ol className="report-timeline">
            {reports.map((report) => (
              <Report key={report.id} report={report} deliverables={commitment.deliverables} timeZone={timeZone} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
