import './own/own.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AccountView } from '../../../shared/auth.js';
import type { EventView } from '../../../shared/events.js';
import { COMMITMENT_POLICY } from '../../../shared/policies.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { focalDelegationOf, may, useAccount, useSession } from '../../lib/session.js';
import { delegationName } from '../../ui/countries.js';
import { LoadError, Loading, NotFound, SignInRequired } from '../../ui/States.js';
import { useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { useOwnCommitments } from './api.js';
import { focusAreasOf } from './own/adoptedText.js';
import { NotOurCommitments } from './own/NotOurCommitments.js';
import { OwnCommitments } from './own/OwnCommitments.js';
import { useAdoptedText, useDelegation, useOutcomeStage } from './own/reads.js';

interface ViewProps {
  slug: string;
  delegationId: string;
  name: string;
  country: string | null;
  event: EventView;
}

/** The country's commitments, and the adopted text they are registered under (once there is one). */
function OurCommitments(props: ViewProps) {
  const { t } = useTranslation();
  const { slug, delegationId } = props;
  const outcome = useOutcomeStage(slug);
  const isAdopted = outcome.data?.stage === 'adopted';
  const published = useAdoptedText(slug, isAdopted);
  const own = useOwnCommitments(slug, delegationId);
  const isFailed = outcome.isError || published.isError || own.isError;
  const isPending = outcome.isPending || (isAdopted && published.isPending) || own.isPending;
  useDocumentTitle(
    isFailed ? null : isPending ? t('common.loading') : t('commitmentsOwn.heading', { delegation: props.name }),
  );
  const retry = () => void Promise.all([outcome.refetch(), published.refetch(), own.refetch()]);
  if (outcome.isError) return <LoadError error={outcome.error} onRetry={retry} />;
  if (published.isError) return <LoadError error={published.error} onRetry={retry} />;
  if (own.isError) return <LoadError error={own.error} onRetry={retry} />;
  if (isPending) return <Loading />;
  const areas = published.data ? focusAreasOf(published.data) : null;
  return <OwnCommitments {...props} areas={areas} commitments={own.data} />;
}

function ForDelegation({ slug, delegationId, account }: { slug: string; delegationId: string; account: AccountView }) {
  const language = currentLanguage();
  // Staff act for every delegation, a focal point for the one their role in the session names.
  const mayAct = may(account, COMMITMENT_POLICY.register, { slug, id: delegationId });
  const event = useEvent(slug);
  const delegation = useDelegation(slug, delegationId);
  const { t } = useTranslation();
  const retry = () => void Promise.all([event.refetch(), delegation.refetch()]);
  const isPending = event.isPending || delegation.isPending;
  // Once loaded, the page shown names itself (null here: a parent's effect runs after its child's).
  useDocumentTitle(isPending && !event.isError && !delegation.isError ? t('common.loading') : null);
  if (event.isError) return <LoadError error={event.error} onRetry={retry} />;
  if (delegation.isError) return <LoadError error={delegation.error} onRetry={retry} />;
  if (isPending) return <Loading />;
  if (!delegation.data) return <NotFound />;
  const name = delegationName(delegation.data, language, INTL_LOCALES[language]);
  if (!mayAct)
    return (
      <NotOurCommitments slug={slug} delegationId={delegationId} name={name} mine={focalDelegationOf(account, slug)} />
    );
  return (
    <OurCommitments
      slug={slug}
      delegationId={delegationId}
      name={name}
      country={delegation.data.country}
      event={event.data}
    />
  );
}

/** A country's commitments under the adopted outcome document, for its focal point or the secretariat. */
export function DelegationCommitmentsPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession();
  const account = useAccount();
  useDocumentTitle(account ? null : t('commitmentsOwn.title'));
  if (session.isPending) return <Loading />;
  if (!account) return <SignInRequired />;
  return <ForDelegation slug={slug} delegationId={id} account={account} />;
}
