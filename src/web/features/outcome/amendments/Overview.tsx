import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pagePath } from '../../../../shared/routes.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { countByStatus, STATUSES } from './model.js';
import type { Queue } from './queue.js';

const O = 'outcomeAmendments.overview';

/** Whether a delegation may propose now: the document open for amendments, before its deadline. */
export const isProposing = (doc: Queue['doc']) =>
  doc.stage === 'amendments' && (!doc.amendmentDeadline || Date.parse(doc.amendmentDeadline) > Date.now());

/** Where the document stands (the stage, and the deadline in three zones) in a sentence. */
function StageLine({ queue }: { queue: Queue }) {
  const { t } = useTranslation();
  const { stage, amendmentDeadline: deadline } = queue.doc;
  if (stage === 'amendments' && deadline) {
    const isPast = !isProposing(queue.doc);
    return (
      <p className="outcome-status">
        {t(isPast ? `${O}.deadlinePassed` : `${O}.openUntil`)}{' '}
        <InstantTimes at={deadline} eventTimeZone={queue.eventTimeZone} />.
      </p>
    );
  }
  if (stage === 'adopted')
    return (
      <div className="alert alert-info">
        <p className="outcome-status">{t(`${O}.frozen`)}</p>
        <p>
          <Link to={pagePath('outcome', { slug: queue.slug })}>{t(`${O}.readAdopted`)}</Link>
        </p>
      </div>
    );
  return <p className="outcome-status">{t(`${O}.stages.${stage}`)}</p>;
}

/** The links out: the chair's editor and the versions compared; the delegation's own view. */
function Links({ queue }: { queue: Queue }) {
  const { t } = useTranslation();
  const { slug, doc, isChair, actingFor } = queue;
  if (doc.stage === 'adopted') return null;
  return (
    <ul className="amendment-links">
      {actingFor && (
        <li>
          <Link to={pagePath('delegationOutcome', { slug, id: actingFor })}>
            {t(isProposing(doc) ? `${O}.propose` : `${O}.ownView`)}
          </Link>
        </li>
      )}
      {isChair && (
        <li>
          <Link to={pagePath('outcomeEditor', { slug })}>{t(`${O}.editor`)}</Link>
        </li>
      )}
      {doc.version > 1 && (
        <li>
          <Link to={`${pagePath('outcomeCompare', { slug })}?from=${doc.version - 1}&to=${doc.version}`}>
            {t(`${O}.compare`, { from: doc.version - 1, to: doc.version })}
          </Link>
        </li>
      )}
    </ul>
  );
}

/** The top of the queue: the stage, the deadline, the text's version and the amendments by status. */
export function Overview({ queue }: { queue: Queue }) {
  const { t } = useTranslation();
  const counts = countByStatus(queue.doc.amendments);
  return (
    <section aria-labelledby="queue-overview" className="amendment-overview">
      <h2 id="queue-overview" className="visually-hidden">
        {t(`${O}.title`)}
      </h2>
      <p>
        <span className="label">{t(`${O}.stage`)}:</span> {t(`outcome.stage.names.${queue.doc.stage}`)} ·{' '}
        {t(`${O}.version`, { version: queue.doc.version })}
      </p>
      <StageLine queue={queue} />
      <p>{t(`${O}.total`, { count: queue.doc.amendments.length })}</p>
      {queue.doc.amendments.length > 0 && (
        <ul className="status-counts">
          {STATUSES.map((status) => (
            <li key={status}>
              <span className={`status-badge status-${status}`}>{t(`outcomeAmendments.statuses.${status}`)}</span>{' '}
              <span className="status-count">{counts[status]}</span>
            </li>
          ))}
        </ul>
      )}
      <Links queue={queue} />
    </section>
  );
}
