import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pagePath } from '../../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { delegationName } from '../../../ui/countries.js';
import { useDocumentTitle } from '../../../ui/text.js';
import { useDelegation } from './reads.js';

function OwnPageLink({ slug, delegationId }: { slug: string; delegationId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const delegation = useDelegation(slug, delegationId);
  if (!delegation.data) return null;
  const name = delegationName(delegation.data, language, INTL_LOCALES[language]);
  return (
    <li>
      <Link to={pagePath('delegationCommitments', { slug, id: delegationId })}>
        {t('commitmentsOwn.notOurs.ownPage', { delegation: name })}
      </Link>
    </li>
  );
}

/** A reader who does not act for this country: told so, and sent to its public page, the tracker, or their own. */
export function NotOurCommitments(props: { slug: string; delegationId: string; name: string; mine: string | null }) {
  const { t } = useTranslation();
  const { slug, delegationId, name, mine } = props;
  const title = t('commitmentsOwn.notOurs.title', { delegation: name });
  useDocumentTitle(title);
  return (
    <section className="page-message">
      <h1>{title}</h1>
      <p>{t('commitmentsOwn.notOurs.body', { delegation: name })}</p>
      <ul className="related-links-list">
        {mine && mine !== delegationId && <OwnPageLink slug={slug} delegationId={mine} />}
        <li>
          <Link to={pagePath('commitments', { slug })}>{t('commitmentsOwn.links.tracker')}</Link>
        </li>
        <li>
          <Link to={pagePath('delegation', { slug, id: delegationId })}>
            {t('commitmentsOwn.notOurs.publicPage', { delegation: name })}
          </Link>
        </li>
      </ul>
    </section>
  );
}
