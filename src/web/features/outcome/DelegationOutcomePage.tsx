import './delegation/delegation.css';
import './outcome.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EventView } from '../../../shared/events.js';
import type { AdoptionBoard, WorkingDocument } from '../../../shared/outcome.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { useAccount, useSession } from '../../lib/session.js';
import { LoadError, Loading, NotFound, SignInRequired } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { AdoptionAnswer } from './delegation/AdoptionAnswer.js';
import { DocumentWithProposals } from './delegation/DocumentWithProposals.js';
import { NotOurDelegation } from './delegation/NotOurDelegation.js';
import { OurAmendments } from './delegation/OurAmendments.js';
import { isProposing } from './delegation/paragraphs.js';
import { StageFacts } from './delegation/StageFacts.js';
import { numberParagraphs } from './notes.js';
import { useAdoptionBoard, useWorking } from './work/api.js';

interface ViewProps {
  slug: string;
  delegationId: string;
  name: string;
  event: EventView;
  working: WorkingDocument;
  board: AdoptionBoard;
}

function RelatedLinks({ slug, delegationId }: { slug: string; delegationId: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('outcomeDelegation.links.title')} className="related-links">
      <ul>
        <li>
          <Link to={pagePath('outcomeAmendments', { slug })}>{t('outcomeDelegation.links.queue')}</Link>
        </li>
        <li>
          <Link to={pagePath('outcomeCompare', { slug })}>{t('outcomeDelegation.links.compare')}</Link>
        </li>
        <li>
          <Link to={pagePath('outcome', { slug })}>{t('outcomeDelegation.links.public')}</Link>
        </li>
        <li>
          <Link to={pagePath('delegation', { slug, id: delegationId })}>{t('outcomeDelegation.links.delegation')}</Link>
        </li>
      </ul>
    </nav>
  );
}

/** The delegation's view: where the text stands, the text to amend, its amendments, its adoption answer. */
function DelegationView(props: ViewProps) {
  const { t } = useTranslation();
  const { slug, delegationId, name, event, working, board } = props;
  const numbers = numberParagraphs(working.content);
  const parts = { slug, delegationId, working, numbers, timeZone: event.timeZone };
  // At the adoption the answer is the delegation's business: it comes first.
  const isAnswering = working.stage === 'adoption' || working.stage === 'adopted';
  const answer = <AdoptionAnswer {...parts} board={board} />;
  return (
    <article className="delegation-outcome" aria-labelledby="delegation-outcome-title">
      <h1 id="delegation-outcome-title">
        {t('outcomeDelegation.heading', { delegation: name })}
        <span className="subtitle">
          <Link to={pagePath('event', { slug })}>
            <Localized text={event.name} />
          </Link>
        </span>
      </h1>
      <p>{t('outcomeDelegation.intro')}</p>
      <StageFacts working={working} board={board} timeZone={event.timeZone} />
      {working.stage === 'adopted' && (
        <p className="alert alert-info">
          {t('outcomeDelegation.adopted.notice')}{' '}
          <Link to={pagePath('outcome', { slug })}>{t('outcomeDelegation.adopted.link')}</Link>
        </p>
      )}
      {working.stage === 'adopted' && (
        <p>
          <Link to={pagePath('delegationCommitments', { slug, id: delegationId })}>
            {t('commitmentsOwn.fromOutcome')}
          </Link>
        </p>
      )}
      <RelatedLinks slug={slug} delegationId={delegationId} />
      {isAnswering && answer}
      <DocumentWithProposals {...parts} isProposing={isProposing(working)} />
      <OurAmendments {...parts} />
      {!isAnswering && answer}
    </article>
  );
}

function ForDelegation({ slug, delegationId }: { slug: string; delegationId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const event = useEvent(slug);
  const working = useWorking(slug);
  const board = useAdoptionBoard(slug);
  const delegation = working.data?.delegations.find((d) => d.id === delegationId);
  const isOurs = Boolean(delegation && working.data?.speaksFor.includes(delegationId));
  const name = delegation ? pickText(delegation.name, language) : '';
  const isPending = event.isPending || working.isPending || board.isPending;
  const isFailed = event.isError || working.isError || board.isError;
  // The pages for a failure, a stranger and an unknown delegation name themselves.
  const heading = t('outcomeDelegation.heading', { delegation: name });
  useDocumentTitle(isFailed ? null : isPending ? t('common.loading') : isOurs ? heading : null);
  const retry = () => void Promise.all([event.refetch(), working.refetch(), board.refetch()]);
  if (event.isError) return <LoadError error={event.error} onRetry={retry} />;
  if (working.isError) return <LoadError error={working.error} onRetry={retry} />;
  if (board.isError) return <LoadError error={board.error} onRetry={retry} />;
  if (event.isPending || working.isPending || board.isPending) return <Loading />;
  if (!delegation) return <NotFound />;
  if (!isOurs) return <NotOurDelegation slug={slug} delegationId={delegationId} working={working.data} />;
  const view = { slug, delegationId, name, event: event.data, working: working.data, board: board.data };
  return <DelegationView {...view} />;
}

/** A delegation's view of the outcome document, for its focal point or its head of delegation. */
export function DelegationOutcomePage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession();
  const account = useAccount();
  useDocumentTitle(account ? null : t('outcomeDelegation.title'));
  if (session.isPending) return <Loading />;
  if (!account) return <SignInRequired />;
  return <ForDelegation slug={slug} delegationId={id} />;
}
