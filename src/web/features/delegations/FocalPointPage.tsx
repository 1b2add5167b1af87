import './delegations.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DelegationWorkspace } from '../../../shared/delegations.js';
import type { EventView } from '../../../shared/events.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { useAccount, useSession } from '../../lib/session.js';
import { delegationName } from '../../ui/countries.js';
import { InstantTimes } from '../../ui/InstantTimes.js';
import { LoadError, Loading, SignInRequired } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { useMyDelegation, useWorkspace } from './api.js';
import { DelegationTasks } from './DelegationTasks.js';
import { HeadOfDelegation } from './Head.js';
import { Members } from './Members.js';
import { StatementForm, ThemeForm } from './ThemeAndStatement.js';

function Deadline({ workspace, event }: { workspace: DelegationWorkspace; event: EventView }) {
  const { t } = useTranslation();
  const deadline = workspace.settings.statementDeadline;
  return (
    <div className={workspace.isLocked ? 'alert alert-info' : 'deadline'}>
      <p>
        {t('delegations.deadline')}:{' '}
        {deadline ? <InstantTimes at={deadline} eventTimeZone={event.timeZone} /> : t('delegations.noDeadline')}
      </p>
      {workspace.isLocked && <p>{t('delegations.mine.locked')}</p>}
    </div>
  );
}

function Workspace({ slug, delegationId, event }: { slug: string; delegationId: string; event: EventView }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const workspace = useWorkspace(slug, delegationId);
  const name = workspace.data ? delegationName(workspace.data.delegation, language, INTL_LOCALES[language]) : null;
  useDocumentTitle(workspace.isError ? null : name ? `${t('delegations.mine.title')}: ${name}` : t('common.loading'));
  if (workspace.isPending) return <Loading />;
  if (workspace.isError) return <LoadError error={workspace.error} onRetry={() => void workspace.refetch()} />;
  const { delegation } = workspace.data;
  return (
    <div className="focal-point-page">
      <h1>
        {t('delegations.mine.title')}: {name}
        <span className="subtitle">
          <Localized text={event.name} />
        </span>
      </h1>
      <DelegationTasks slug={slug} delegationId={delegation.id} />
      <p>
        <Link to={pagePath('delegation', { slug: slug, id: delegation.id })}>{t('delegations.mine.publicPage')}</Link>
      </p>
      <p>
        <Link to={pagePath('delegationOutcome', { slug, id: delegation.id })}>
          {t('outcomeDelegation.fromFocalPoint')}
        </Link>
      </p>
      <p>
        <Link to={pagePath('delegationCommitments', { slug, id: delegation.id })}>
          {t('commitmentsOwn.fromFocalPoint')}
        </Link>
      </p>
      <dl className="facts">
        <dt>{t('delegations.head')}</dt>
        <dd>
          <HeadOfDelegation head={delegation.head} />
        </dd>
        <dt>{t('delegations.speakingOrder')}</dt>
        <dd>{delegation.speakingOrder}</dd>
      </dl>
      <Deadline workspace={workspace.data} event={event} />
      <ThemeForm slug={slug} workspace={workspace.data} />
      <StatementForm slug={slug} workspace={workspace.data} />
      <Members slug={slug} workspace={workspace.data} />
    </div>
  );
}

/** The focal point's page: their delegation's theme, statement and members. */
export function FocalPointPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession();
  const account = useAccount();
  const event = useEvent(slug);
  const mine = useMyDelegation(slug, Boolean(account));
  useDocumentTitle(account ? null : t('delegations.mine.title'));

  if (session.isPending) return <Loading />;
  if (!account) return <SignInRequired />;
  if (event.isPending || mine.isPending) return <Loading />;
  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (mine.isError) return <NotFocalPoint />;
  return <Workspace slug={slug} delegationId={mine.data.delegationId} event={event.data} />;
}

function NotFocalPoint() {
  const { t } = useTranslation();
  useDocumentTitle(t('delegations.mine.notFocalTitle'));
  return (
    <section className="page-message">
      <h1>{t('delegations.mine.notFocalTitle')}</h1>
      <p>{t('delegations.mine.notFocalBody')}</p>
    </section>
  );
}
