import './outcome.css';
import './compare/compare.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EventView } from '../../../shared/events.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { useAccount, useSession } from '../../lib/session.js';
import { LoadError, Loading, SignInRequired } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { ChoicesForm } from './compare/ChoicesForm.js';
import { ComparisonResult } from './compare/ComparisonResult.js';
import { useCompareChoices } from './compare/choices.js';
import { Legend } from './compare/Legend.js';
import { useVersions, useWorking, type VersionSummary } from './work/api.js';

function Comparison({ slug, event, versions }: { slug: string; event: EventView; versions: VersionSummary[] }) {
  const { t } = useTranslation();
  const working = useWorking(slug);
  const [choices, setChoices] = useCompareChoices(versions.map((version) => version.number));
  if (versions.length < 2) {
    return (
      <p className="alert alert-info">
        {versions.length === 0 ? t('outcomeCompare.noVersions') : t('outcomeCompare.oneVersion')}
      </p>
    );
  }
  return (
    <>
      <ChoicesForm versions={versions} timeZone={event.timeZone} choices={choices} onChange={setChoices} />
      <Legend />
      <ComparisonResult slug={slug} choices={choices} content={working.data?.content} />
    </>
  );
}

/** Two versions of the chair's text compared word by word, for the chair and the delegations. */
export function ComparePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession();
  const account = useAccount();
  const event = useEvent(slug);
  const versions = useVersions(slug);
  const failed = event.error ?? versions.error;
  const eventName = event.data ? pickText(event.data.name, currentLanguage()) : '';
  useDocumentTitle(failed || !account ? null : `${t('outcomeCompare.title')}: ${eventName}`);

  if (session.isPending) return <Loading />;
  if (!account) return <SignInRequired />;
  if (failed)
    return <LoadError error={failed} onRetry={() => void Promise.all([event.refetch(), versions.refetch()])} />;
  if (!event.data || !versions.data) return <Loading />;
  return (
    <article className="outcome-compare" aria-labelledby="compare-title">
      <h1 id="compare-title">
        {t('outcomeCompare.title')}
        <span className="subtitle">
          <Link to={pagePath('event', { slug })}>
            <Localized text={event.data.name} />
          </Link>
        </span>
      </h1>
      <p>{t('outcomeCompare.intro')}</p>
      <p className="compare-links">
        <Link to={pagePath('outcomeAdoption', { slug })}>{t('outcomeCompare.adoptionLink')}</Link>
      </p>
      <Comparison slug={slug} event={event.data} versions={versions.data} />
    </article>
  );
}
