import './delegations.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicDelegationList } from '../../../shared/delegations.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { LoadError, Loading } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { usePublicDelegations } from './api.js';
import { DelegationItem } from './PlenarySpeakers.js';

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
