import { useTranslation } from 'react-i18next';
import type { AdoptionBoard, OutcomeStage } from '../../../../shared/outcome.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { countAnswers } from './answers.js';

/** The figures of the answers, each said with its word. */
function Counts({ board }: { board: AdoptionBoard }) {
  const { t } = useTranslation();
  const counts = countAnswers(board.delegations);
  const figures =
    board.method === 'silence'
      ? [
          { key: 'silent', value: counts.waiting },
          { key: 'brokeSilence', value: counts.brokeSilence },
        ]
      : [
          { key: 'joined', value: counts.joined },
          { key: 'withReservation', value: counts.withReservation },
          { key: 'waiting', value: counts.waiting },
        ];
  return (
    <ul className="adoption-counts" aria-label={t('outcomeAdoption.counts.title', { count: counts.total })}>
      {figures.map((figure) => (
        <li key={figure.key}>
          <span className="adoption-count">{figure.value}</span> {t(`outcomeAdoption.counts.${figure.key}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Where the adoption stands: the document's stage, the method with what it means, the deadline in
 * the event's, the reader's and UTC time, and the answers counted.
 */
export function Standing({ stage, board, timeZone }: { stage: OutcomeStage; board: AdoptionBoard; timeZone: string }) {
  const { t } = useTranslation();
  const isBroken = board.method === 'silence' && board.delegations.some((d) => d.choice === 'break_silence');
  return (
    <section aria-labelledby="adoption-standing" className="adoption-standing">
      <h2 id="adoption-standing">
        {stage === 'adopted' ? t('outcomeAdoption.standing.titleAdopted') : t('outcomeAdoption.standing.title')}
      </h2>
      <p className="outcome-status">{t(`outcome.stage.now.${stage}`)}</p>
      {stage === 'negotiation' && isBroken && (
        <p className="alert alert-warning">{t('outcomeAdoption.standing.broken')}</p>
      )}
      {board.method === null ? (
        <p>{t('outcomeAdoption.standing.notOpened')}</p>
      ) : (
        <>
          <dl className="details adoption-facts">
            <div>
              <dt>{t('outcomeAdoption.standing.method')}</dt>
              <dd>
                <strong>{t(`outcomeAdoption.methods.${board.method}`)}</strong>
                <span className="adoption-method-explain">{t(`outcomeAdoption.explain.${board.method}`)}</span>
              </dd>
            </div>
            {board.deadline && (
              <div>
                <dt>{t('outcomeAdoption.standing.deadline')}</dt>
                <dd>
                  <InstantTimes at={board.deadline} eventTimeZone={timeZone} />
                </dd>
              </div>
            )}
          </dl>
          <Counts board={board} />
        </>
      )}
    </section>
  );
}
