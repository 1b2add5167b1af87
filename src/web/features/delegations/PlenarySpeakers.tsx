import './delegations.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicDelegation } from '../../../shared/delegations.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { delegationName } from '../../ui/countries.js';
import { usePublicDelegations } from './api.js';
import { HeadOfDelegation } from './Head.js';

/** One confirmed delegation in the plenary's list: its place in its theme's segment, name, head and statement. */
export function DelegationItem({ slug, delegation }: { slug: string; delegation: PublicDelegation }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = delegationName(delegation, language, INTL_LOCALES[language]);
  return (
    <li className="delegation-item" value={delegation.speakingOrder}>
      <Link to={pagePath('delegation', { slug, id: delegation.id })}>{name}</Link>
      <span className="delegation-facts">
        <HeadOfDelegation head={delegation.head} />
        {' · '}
        {delegation.hasStatement ? t('delegations.statementIn') : t('delegations.statementPending')}
      </span>
    </li>
  );
}

/**
 * The speakers of a plenary segment of country statements (a session of the theme they chose),
 * in speaking order: the confirmed delegations of that theme, as the delegations page numbers them.
 */
export function PlenarySpeakers({ slug, themeId }: { slug: string; themeId: string }) {
  const { t } = useTranslation();
  const list = usePublicDelegations(slug);
  if (!list.data) return null;
  const speakers = list.data.delegations.filter((d) => d.theme?.id === themeId);
  return (
    <section aria-labelledby="plenary-speakers">
      <h2 id="plenary-speakers">{t('delegations.plenarySpeakers')}</h2>
      {speakers.length === 0 ? (
        <p>{t('delegations.plenarySpeakersNone')}</p>
      ) : (
        <ol className="delegation-list">
          {speakers.map((delegation) => (
            <DelegationItem key={delegation.id} slug={slug} delegation={delegation} />
          ))}
        </ol>
      )}
      <p>
        <Link to={pagePath('delegations', { slug })}>{t('delegations.plenarySpeakersAll')}</Link>
      </p>
    </section>
  );
}
