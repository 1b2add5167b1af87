import './outcome.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EventView } from '../../../shared/events.js';
import type { OutcomeStage, PublicOutcome } from '../../../shared/outcome.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { InstantTimes } from '../../ui/InstantTimes.js';
import { LoadError, Loading } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { AdoptedOutcome } from './AdoptedOutcome.js';
import { usePublicOutcome, usePublishedOutcome } from './api.js';
import { numberParagraphs } from './notes.js';
import { OutcomeText } from './OutcomeText.js';
import { WorkLinks } from './WorkLinks.js';

// Every stage once, in its order: a record, so that the compiler says when one is missing. Not taken
// from src/shared/outcome.ts, which would bring zod into the page's bundle.
const STAGE_ORDER: Record<OutcomeStage, number> = {
  drafting: 1,
  amendments: 2,
  negotiation: 3,
  adoption: 4,
  adopted: 5,
};
const STAGES = Object.keys(STAGE_ORDER) as OutcomeStage[];

/** The stages in their order, the current one said in words (not by its look alone). */
function Stages({ outcome, event }: { outcome: PublicOutcome; event: EventView }) {
  const { t } = useTranslation();
  const deadline = outcome.amendmentDeadline;
  return (
    <section aria-labelledby="outcome-stage">
      <h2 id="outcome-stage">{t('outcome.stage.title')}</h2>
      <p className="outcome-status">
        {outcome.stage === 'amendments' && deadline ? (
          <>
            {t('outcome.stage.amendmentsUntil')} <InstantTimes at={deadline} eventTimeZone={event.timeZone} />.
          </>
        ) : (
          t(`outcome.stage.now.${outcome.stage}`)
        )}
      </p>
      <ol className="outcome-stages">
        {STAGES.map((stage) => (
          <li key={stage} aria-current={stage === outcome.stage ? 'step' : undefined}>
            {t(`outcome.stage.names.${stage}`)}
            {stage === outcome.stage && <span className="outcome-stage-now"> ({t('outcome.stage.current')})</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The chair's current draft, when the chair shows it: marked as a draft in words, before and around it. */
function Draft({ outcome }: { outcome: PublicOutcome }) {
  const { t } = useTranslation();
  if (!outcome.content) return <p>{t('outcome.noText')}</p>;
  return (
    <section className="outcome-draft" aria-labelledby="outcome-draft-title">
      <div className="alert alert-warning outcome-draft-notice" role="note">
        <p>
          <strong>{t('outcome.draft.notice')}</strong>
        </p>
        <p>{t('outcome.draft.explain', { version: outcome.version })}</p>
      </div>
      <h2 id="outcome-draft-title">
        <span className="outcome-draft-label">{t('outcome.draft.label')}: </span>
        <Localized text={outcome.content.title} />
      </h2>
      <OutcomeText content={outcome.content} numbers={numberParagraphs(outcome.content)} headingLevel={3} />
    </section>
  );
}

function Pending({ outcome, event, eventLink }: { outcome: PublicOutcome; event: EventView; eventLink: ReactNode }) {
  const { t } = useTranslation();
  return (
    <article className="outcome" aria-labelledby="outcome-title">
      <h1 id="outcome-title">
        {t('outcome.title')}
        <span className="subtitle">{eventLink}</span>
      </h1>
      <p>{t('outcome.intro')}</p>
      <Stages outcome={outcome} event={event} />
      <Draft outcome={outcome} />
    </article>
  );
}

/** The event's outcome document: where it stands, the draft if the chair shows it, and once adopted the text. */
export function OutcomePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const language = currentLanguage();
  const event = useEvent(slug);
  const outcome = usePublicOutcome(slug);
  const isAdopted = outcome.data?.stage === 'adopted';
  const published = usePublishedOutcome(slug, isAdopted);
  const failed = event.isError || outcome.isError || published.isError;
  const title = published.data
    ? pickText(published.data.content.title, language)
    : `${t('outcome.title')}: ${event.data ? pickText(event.data.name, language) : ''}`;
  useDocumentTitle(failed ? null : title);

  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (outcome.isError) return <LoadError error={outcome.error} onRetry={() => void outcome.refetch()} />;
  if (published.isError) return <LoadError error={published.error} onRetry={() => void published.refetch()} />;
  if (event.isPending || outcome.isPending || (isAdopted && published.isPending)) return <Loading />;
  const eventLink = (
    <Link to={pagePath('event', { slug })}>
      <Localized text={event.data.name} />
    </Link>
  );
  return (
    <>
      {published.data ? (
        <AdoptedOutcome published={published.data} eventLink={eventLink} />
      ) : (
        <Pending outcome={outcome.data} event={event.data} eventLink={eventLink} />
      )}
      <WorkLinks slug={slug} />
    </>
  );
}
