import './outcome.css';
import './adoption/adoption.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EventView } from '../../../shared/events.js';
import type { AdoptionBoard, WorkingDocument } from '../../../shared/outcome.js';
import { OUTCOME_POLICY } from '../../../shared/policies.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { may, useAccount, useSession } from '../../lib/session.js';
import { StatusMessage } from '../../ui/ProblemAlert.js';
import { LoadError, Loading, SignInRequired } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { AnswersTable } from './adoption/AnswersTable.js';
import { canDeclare, canOpen } from './adoption/answers.js';
import { DeclareAdopted } from './adoption/DeclareAdopted.js';
import { OpenAdoptionForm } from './adoption/OpenAdoptionForm.js';
import { OwnDelegations } from './adoption/OwnDelegations.js';
import { AdoptedRecord } from './adoption/Record.js';
import { Standing } from './adoption/Standing.js';
import { numberParagraphs } from './notes.js';
import { useAdoptionBoard, useWorking } from './work/api.js';

interface BoardProps {
  slug: string;
  event: EventView;
  working: WorkingDocument;
  board: AdoptionBoard;
}

/** The chair's part: open the adoption when the text is in negotiation; declare it adopted by consensus. */
function ChairControls({ slug, event, working, board, onDone }: BoardProps & { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  if (canOpen(working.stage)) return <OpenAdoptionForm slug={slug} timeZone={event.timeZone} onDone={onDone} />;
  if (canDeclare(working.stage, board))
    return <DeclareAdopted slug={slug} version={working.version} delegations={board.delegations} onDone={onDone} />;
  if (working.stage === 'adoption') return <p className="adoption-hint">{t('outcomeAdoption.silenceRuns')}</p>;
  if (working.stage !== 'adopted') return <p className="adoption-hint">{t('outcomeAdoption.notYet')}</p>;
  return null;
}

function Board({ slug, event, working, board }: BoardProps) {
  const { t } = useTranslation();
  const account = useAccount();
  const [status, setStatus] = useState<string | null>(null);
  const isChair = may(account, OUTCOME_POLICY.adopt, { slug });
  const isAdopted = working.stage === 'adopted';
  return (
    <article className="outcome-adoption" aria-labelledby="adoption-title">
      <h1 id="adoption-title">
        {t('outcomeAdoption.title')}
        <span className="subtitle">
          <Link to={pagePath('event', { slug })}>
            <Localized text={event.name} />
          </Link>
        </span>
      </h1>
      <p>{isAdopted ? t('outcomeAdoption.introAdopted') : t('outcomeAdoption.intro')}</p>
      <StatusMessage>{status}</StatusMessage>
      {isAdopted && <AdoptedRecord slug={slug} timeZone={event.timeZone} />}
      <Standing stage={working.stage} board={board} timeZone={event.timeZone} />
      {board.method !== null && (
        <section aria-labelledby="adoption-answers" className="adoption-table">
          <h2 id="adoption-answers">{t('outcomeAdoption.table.title')}</h2>
          <AnswersTable board={board} numbers={numberParagraphs(working.content)} />
        </section>
      )}
      {isChair ? (
        <ChairControls slug={slug} event={event} working={working} board={board} onDone={setStatus} />
      ) : (
        <OwnDelegations slug={slug} working={working} stage={working.stage} />
      )}
      <p>
        <Link to={pagePath('outcomeCompare', { slug })}>{t('outcomeAdoption.compareLink')}</Link>
      </p>
    </article>
  );
}

/** The adoption board: how the text is adopted, by when, and each taking-part delegation's answer. */
export function AdoptionPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession();
  const account = useAccount();
  const event = useEvent(slug);
  const working = useWorking(slug);
  const board = useAdoptionBoard(slug);
  const failed = event.error ?? working.error ?? board.error;
  const eventName = event.data ? pickText(event.data.name, currentLanguage()) : '';
  useDocumentTitle(failed || !account ? null : `${t('outcomeAdoption.title')}: ${eventName}`);

  if (session.isPending) return <Loading />;
  if (!account) return <SignInRequired />;
  if (failed) {
    const retry = () => void Promise.all([event.refetch(), working.refetch(), board.refetch()]);
    return <LoadError error={failed} onRetry={retry} />;
  }
  if (!event.data || !working.data || !board.data) return <Loading />;
  return <Board slug={slug} event={event.data} working={working.data} board={board.data} />;
}
