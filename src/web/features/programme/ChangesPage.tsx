import './programme.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { InstantTimes } from '../../ui/InstantTimes.js';
import { LoadError, Loading } from '../../ui/States.js';
import { useDocumentTitle } from '../../ui/text.js';
import { pagePaths, useChangelog, useProgramme } from './api.js';
import { ChangeList } from './ChangeList.js';
import { ProgrammeHeading } from './ProgrammeParts.js';

/** Every published version of the programme, newest first, with what each changed. */
export function ChangesPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const programme = useProgramme(slug);
  const changelog = useChangelog(slug);
  useDocumentTitle(programme.isError || changelog.isError ? null : t('programme.changes.title'));
  if (programme.isPending || changelog.isPending) return <Loading />;
  if (programme.isError) return <LoadError error={programme.error} onRetry={() => void programme.refetch()} />;
  if (changelog.isError) return <LoadError error={changelog.error} onRetry={() => void changelog.refetch()} />;
  const versions = [...changelog.data].sort((a, b) => b.version - a.version);
  return (
    <div className="programme">
      <ProgrammeHeading programme={programme.data} title={t('programme.changes.title')} />
      <p>
        <Link to={pagePaths.programme(slug)}>{t('programme.backToProgramme')}</Link>
      </p>
      {versions.length === 0 && <p>{t('programme.notPublished')}</p>}
      {versions.map((version) => (
        <section key={version.version} aria-labelledby={`version-${version.version}`}>
          <h2 id={`version-${version.version}`}>{t('programme.version', { version: version.version })}</h2>
          <p>
            {t('programme.publishedAt')}{' '}
            <InstantTimes at={version.publishedAt} eventTimeZone={programme.data.event.timeZone} />
          </p>
          <ChangeList slug={slug} changes={version.changes} isLinked />
        </section>
      ))}
    </div>
  );
}
