import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventView } from '../../../../shared/events.js';
import { pagePath } from '../../../../shared/routes.js';
import { useAccount } from '../../../lib/session.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { Loading } from '../../../ui/States.js';
import { useVersions, type VersionSummary } from '../work/api.js';

/** Who saved a version: the API gives an account's id only, so the reader is "you" and the others staff. */
function useMaker() {
  const { t } = useTranslation();
  const account = useAccount();
  return (madeBy: string | null) => {
    if (madeBy === null) return t('outcomeEditor.versions.nobody');
    return madeBy === account?.id ? t('outcomeEditor.versions.you') : t('outcomeEditor.versions.staff');
  };
}

function Version({ slug, version, event }: { slug: string; version: VersionSummary; event: EventView }) {
  const { t } = useTranslation();
  const maker = useMaker();
  const { number } = version;
  return (
    <li className="version" data-testid="version">
      <p className="version-title">
        <strong>{t('outcomeEditor.versions.version', { number })}</strong>: {version.message}
      </p>
      <dl className="version-facts">
        <dt>{t('outcomeEditor.versions.by')}</dt>
        <dd>{maker(version.madeBy)}</dd>
        <dt>{t('outcomeEditor.versions.at')}</dt>
        <dd>
          <InstantTimes at={version.madeAt} eventTimeZone={event.timeZone} />
        </dd>
      </dl>
      <p>{t('outcomeEditor.versions.amendments', { count: version.amendmentIds.length })}</p>
      {number > 1 && (
        <p>
          <Link to={`${pagePath('outcomeCompare', { slug })}?from=${number - 1}&to=${number}`}>
            {t('outcomeEditor.versions.compare')}
            <span className="visually-hidden">
              {' '}
              {t('outcomeEditor.versions.compareHidden', { from: number - 1, to: number })}
            </span>
          </Link>
        </p>
      )}
    </li>
  );
}

/** Every version of the text, newest first: what changed, who saved it, when, and what it took in. */
export function VersionHistory({ slug, event }: { slug: string; event: EventView }) {
  const { t } = useTranslation();
  const versions = useVersions(slug);
  return (
    <section className="version-history" aria-labelledby="editor-versions-title">
      <h2 id="editor-versions-title">{t('outcomeEditor.versions.title')}</h2>
      {versions.isPending ? (
        <Loading />
      ) : versions.isError ? (
        <div role="alert" className="alert alert-error">
          <p>{t('problem.unknown')}</p>
          <button type="button" className="secondary" onClick={() => void versions.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : versions.data.length === 0 ? (
        <p>{t('outcomeEditor.versions.none')}</p>
      ) : (
        <ul className="versions">
          {versions.data.map((version) => (
            <Version key={version.number} slug={slug} version={version} event={event} />
          ))}
        </ul>
      )}
    </section>
  );
}
