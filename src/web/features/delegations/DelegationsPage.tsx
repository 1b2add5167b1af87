import './delegations.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicDelegation, PublicDelegationList } from '../../../shared/delegations.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { delegationName } from '../../ui/countries.js';
import { LoadError, Loading } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { usePublicDelegations } from './api.js';
import { HeadOfDelegation } from './Head.js';

/** The delegations in speaking order, one group per theme and a last group for those with none yet. */
function groupsOf(list: PublicDelegationList) {
  const groups = list.themes.map((theme) => ({
    key: theme.id,
    title: theme.title as Record<string, string> | null,
    delegations: list.delegations.filter((d) => d.theme?.id === theme.id),
  }));
  const unthemed = list.delegations.filter((d) => !d.theme);
  return [...groups, { key: 'none', title: null, delegations: unthemed }].filter((g) => g.delegations.length > 0);
}

function DelegationItem({ slug, delegation }: { slug: string; delegation: PublicDelegation }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = delegationName(delegation, language, INTL_LOCALES[language]);
  return (
    // The number is the place in the whole plenary, not in the theme's group.
    <li className="delegation-item" value={delegation.speakingOrder}>
      <Link to={pagePath('delegation', { slug: slug, id: delegation.id })}>{name}</Link>
      <span className="delegation-facts">
        <HeadOfDelegation head={delegation.head} />
        {' · '}
        {delegation.hasStatement ? t('delegations.statementIn') : t('delegations.statementPending')}
        {!delegation.isConfirmed && ` · ${t('delegations.notConfirmed')}`}
      </span>
    </li>
  );
}

export function DelegationsPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(slug);
  const list = usePublicDelegations(slug);
  const eventName = event.data ? pickText(event.data.name, currentLanguage()) : '';
  useDocumentTitle(list.isError ? null : `${t('delegations.title')}: ${eventName}`);

  if (list.isPending || event.isPending) return <Loading />;
  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const groups = groupsOf(list.data);
  return (
    <section className="delegations-page" aria-labelledby="delegations-title">
      <h1 id="delegations-title">
        {t('delegations.title')}
        <span className="subtitle">
          <Link to={pagePath('event', { slug })}>
            <Localized text={event.data.name} />
          </Link>
        </span>
      </h1>
      <p>{t('delegations.publicIntro')}</p>
      {groups.length === 0 && <p>{t('delegations.none')}</p>}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`theme-${group.key}`}>
          <h2 id={`theme-${group.key}`}>{group.title ? <Localized text={group.title} /> : t('delegations.noTheme')}</h2>
          <ol className="delegation-list">
            {group.delegations.map((delegation) => (
              <DelegationItem key={delegation.id} slug={slug} delegation={delegation} />
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
