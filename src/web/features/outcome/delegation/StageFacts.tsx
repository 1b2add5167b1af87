import { useTranslation } from 'react-i18next';
import type { AdoptionBoard, WorkingDocument } from '../../../../shared/outcome.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { isProposing } from './paragraphs.js';

/** Where the document stands, in words, and the deadline that matters now in three zones. */
export function StageFacts(props: { working: WorkingDocument; board: AdoptionBoard | undefined; timeZone: string }) {
  const { t } = useTranslation();
  const { working, board, timeZone } = props;
  const { stage, amendmentDeadline } = working;
  const isAmending = stage === 'amendments';
  const adoptionDeadline = stage === 'adoption' ? board?.deadline : null;
  return (
    <div className="stage-facts">
      <dl className="amendment-facts">
        <dt>{t('outcomeDelegation.stage.label')}</dt>
        <dd>
          <strong>{t(`outcomeDelegation.stage.names.${stage}`)}</strong>
          {' — '}
          {t(`outcomeDelegation.stage.explain.${stage}`)}
        </dd>
        {isAmending && amendmentDeadline && (
          <>
            <dt>{t('outcomeDelegation.stage.amendmentDeadline')}</dt>
            <dd>
              <InstantTimes at={amendmentDeadline} eventTimeZone={timeZone} />
            </dd>
          </>
        )}
        {adoptionDeadline && (
          <>
            <dt>{t('outcomeDelegation.stage.adoptionDeadline')}</dt>
            <dd>
              <InstantTimes at={adoptionDeadline} eventTimeZone={timeZone} />
            </dd>
          </>
        )}
      </dl>
      {isAmending && !isProposing(working) && (
        <p className="alert alert-info">{t('outcomeDelegation.stage.amendmentsClosed')}</p>
      )}
    </div>
  );
}
