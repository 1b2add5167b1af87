import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkingDocument } from '../../../../shared/outcome.js';
import { pagePath } from '../../../../shared/routes.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { useDocumentTitle } from '../../../ui/text.js';
import { delegationNames } from './paragraphs.js';

/** A reader who does not speak for this delegation: told so, and sent to its public page or to their own. */
export function NotOurDelegation(props: { slug: string; delegationId: string; working: WorkingDocument }) {
  const { t } = useTranslation();
  const { slug, delegationId, working } = props;
  const nameOf = delegationNames(working, currentLanguage());
  const delegation = nameOf(delegationId);
  const title = t('outcomeDelegation.notOurs.title', { delegation });
  useDocumentTitle(title);
  return (
    <section className="page-message">
      <h1>{title}</h1>
      <p>{t('outcomeDelegation.notOurs.body', { delegation })}</p>
      <ul className="related-links-list">
        <li>
          <Link to={pagePath('delegation', { slug, id: delegationId })}>
            {t('outcomeDelegation.notOurs.publicPage', { delegation })}
          </Link>
        </li>
        {working.speaksFor.map((id) => (
          <li key={id}>
            <Link to={pagePath('delegationOutcome', { slug, id })}>
              {t('outcomeDelegation.notOurs.ownPage', { delegation: nameOf(id) })}
            </Link>
          </li>
        ))}
        <li>
          <Link to={pagePath('outcome', { slug })}>{t('outcomeDelegation.links.public')}</Link>
        </li>
      </ul>
    </section>
  );
}
