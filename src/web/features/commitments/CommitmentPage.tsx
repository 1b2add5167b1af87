import './tracker/tracker.css';
import './tracker/commitment.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { LoadError, Loading } from '../../ui/States.js';
import { Localized, LocalizedParagraphs, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { usePublicCommitment } from './api.js';
import { useAdoptedText } from './tracker/adoptedText.js';
import { BaselineTarget, CommitmentFacts, Deliverables } from './tracker/CommitmentFacts.js';
import { ReportTimeline } from './tracker/ReportTimeline.js';
import { StandingBox } from './tracker/StandingBox.js';

/** One published commitment: what it is, where it stands, its deliverables and its reports as a timeline. */
export function CommitmentPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const language = currentLanguage();
  const event = useEvent(slug);
  const commitment = usePublicCommitment(slug, id);
  const text = useAdoptedText(slug, (commitment.data?.paragraphIds.length ?? 0) > 0);
  const failed = event.isError || commitment.isError;
  useDocumentTitle(failed ? null : commitment.data ? pickText(commitment.data.title, language) : t('common.loading'));

  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (commitment.isError) return <LoadError error={commitment.error} onRetry={() => void commitment.refetch()} />;
  if (event.isPending || commitment.isPending) return <Loading />;
  const c = commitment.data;
  const timeZone = event.data.timeZone;
  const area = event.data.focusAreas.find((a) => a.id === c.focusAreaId);
  return (
    <article className="tracker commitment" aria-labelledby="commitment-title">
      <h1 id="commitment-title">
        <Localized text={c.title} />
        <span className="subtitle">
          <Link to={pagePath('commitments', { slug })}>{t('tracker.title')}</Link>
          {' · '}
          <Link to={pagePath('event', { slug })}>
            <Localized text={event.data.name} />
          </Link>
        </span>
      </h1>
      {c.beganBefore && <p className="tag tag-before">{t('tracker.beganBefore')}</p>}
      <div className="commitment-top">
        <StandingBox commitment={c} timeZone={timeZone} />
        <CommitmentFacts slug={slug} commitment={c} areaTitle={area?.title ?? {}} published={text.data} />
      </div>
      <section aria-labelledby="commitment-description" className="tracker-section">
        <h2 id="commitment-description">{t('tracker.commitment.description')}</h2>
        <LocalizedParagraphs text={c.description} />
      </section>
      <BaselineTarget commitment={c} />
      <Deliverables commitment={c} />
      <ReportTimeline commitment={c} timeZone={timeZone} />
    </article>
  );
}
