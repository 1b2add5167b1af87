import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OUTCOME_POLICY } from '../../../shared/policies.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { may, useAccount } from '../../lib/session.js';
import { useWorking } from './work/api.js';

/** Where the chair and the delegations work on the text: shown to those who may, under the public page. */
export function WorkLinks({ slug }: { slug: string }) {
  const account = useAccount();
  if (!may(account, OUTCOME_POLICY.readWorking, { slug })) return null;
  return <Links slug={slug} isChair={may(account, OUTCOME_POLICY.editText, { slug })} />;
}

function Links({ slug, isChair }: { slug: string; isChair: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const working = useWorking(slug);
  const own = (working.data?.delegations ?? []).filter((d) => working.data?.speaksFor.includes(d.id));
  return (
    <nav className="outcome-work-links" aria-labelledby="outcome-work-title">
      <h2 id="outcome-work-title">{t('outcome.work.title')}</h2>
      <ul>
        {isChair && (
          <li>
            <Link to={pagePath('outcomeEditor', { slug })}>{t('outcome.work.editor')}</Link>
          </li>
        )}
        {own.map((delegation) => (
          <li key={delegation.id}>
            <Link to={pagePath('delegationOutcome', { slug, id: delegation.id })}>
              {t('outcome.work.delegation', {
                delegation: pickText(delegation.name, language),
              })}
            </Link>
          </li>
        ))}
        <li>
          <Link to={pagePath('outcomeAmendments', { slug })}>{t('outcome.work.amendments')}</Link>
        </li>
        <li>
          <Link to={pagePath('outcomeCompare', { slug })}>{t('outcome.work.compare')}</Link>
        </li>
        <li>
          <Link to={pagePath('outcomeAdoption', { slug })}>{t('outcome.work.adoption')}</Link>
        </li>
      </ul>
    </nav>
  );
}
