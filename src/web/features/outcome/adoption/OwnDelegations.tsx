import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OutcomeStage, WorkingDocument } from '../../../../shared/outcome.js';
import { pagePath } from '../../../../shared/routes.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';

/** For those who speak for a delegation: the board is read-only here; the answer is given on the delegation's own page. */
export function OwnDelegations(props: { slug: string; working: WorkingDocument; stage: OutcomeStage }) {
  const { slug, working, stage } = props;
  const { t } = useTranslation();
  const language = currentLanguage();
  const own = working.delegations.filter((d) => working.speaksFor.includes(d.id));
  if (own.length === 0) return null;
  return (
    <section aria-labelledby="adoption-own" className="card adoption-own">
      <h2 id="adoption-own">{t('outcomeAdoption.own.title', { count: own.length })}</h2>
      <p>{stage === 'adoption' ? t('outcomeAdoption.own.answer') : t('outcomeAdoption.own.readOnly')}</p>
      <ul>
        {own.map((delegation) => (
          <li key={delegation.id}>
            <Link to={pagePath('delegationOutcome', { slug, id: delegation.id })}>
              {t('outcomeAdoption.own.link', { delegation: pickText(delegation.name, language) })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
