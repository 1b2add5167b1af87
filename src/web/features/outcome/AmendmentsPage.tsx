import './amendments/amendments.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EventView } from '../../../shared/events.js';
import type { WorkingDocument } from '../../../shared/outcome.js';
import { OUTCOME_POLICY } from '../../../shared/policies.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { may, useAccount, useSession } from '../../lib/session.js';
import { SelectField } from '../../ui/Field.js';
import { LoadError, Loading, SignInRequired } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { Filters } from './amendments/Filters.js';
import {
  AUTHORITATIVE_LANGUAGE,
  groupByParagraph,
  matchesFilters,
  NO_FILTERS,
  paragraphsOf,
} from './amendments/model.js';
import { Overview } from './amendments/Overview.js';
import { ParagraphGroup } from './amendments/ParagraphGroup.js';
import { type Queue, useQueueNames } from './amendments/queue.js';
import { useAddressFilters } from './amendments/useAddressFilters.js';
import { useWorking } from './work/api.js';

const Q = 'outcomeAmendments';

/** For whom the reader acts: said when it is one delegation, chosen when they speak for several. */
function ActingFor({ queue, onChange }: { queue: Queue; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const names = useQueueNames(queue);
  const { speaksFor } = queue.doc;
  if (!queue.actingFor) return null;
  if (speaksFor.length === 1) return <p>{t(`${Q}.actingForOne`, { delegation: names.delegation(queue.actingFor) })}</p>;
  return (
    <SelectField
      id="acting-for"
      label={t(`${Q}.actingFor`)}
      value={queue.actingFor}
      onChange={(e) => onChange(e.target.value)}
      options={speaksFor.map((id) => ({ value: id, label: names.delegation(id) }))}
    />
  );
}

/** The queue itself: the overview, the filters, and the amendments by paragraph. */
function AmendmentQueue({ queue }: { queue: Queue }) {
  const { t } = useTranslation();
  const { amendments } = queue.doc;
  const groups = useMemo(
    () => groupByParagraph([...queue.paragraphs.values()], amendments),
    [queue.paragraphs, amendments],
  );
  const known = useMemo(
    () => ({
      paragraphs: new Set(groups.map((g) => g.paragraph.id)),
      delegations: new Set(amendments.map((a) => a.delegationId)),
    }),
    [groups, amendments],
  );
  const [filters, setFilters] = useAddressFilters(known);
  const shown = groups
    .map((g) => ({ ...g, amendments: g.amendments.filter((a) => matchesFilters(a, filters)) }))
    .filter((g) => g.amendments.length > 0);
  const shownCount = shown.reduce((sum, g) => sum + g.amendments.length, 0);
  if (amendments.length === 0) return <p className="amendment-none">{t(`${Q}.none`)}</p>;
  return (
    <>
      <Filters
        queue={queue}
        paragraphs={groups.map((g) => g.paragraph)}
        filters={filters}
        onChange={setFilters}
        shown={shownCount}
      />
      {shown.length === 0 ? (
        <div className="amendment-none">
          <p>{t(`${Q}.filters.nothing`)}</p>
          <button type="button" className="secondary" onClick={() => setFilters(NO_FILTERS)}>
            {t(`${Q}.filters.clear`)}
          </button>
        </div>
      ) : (
        shown.map((group) => <ParagraphGroup key={group.paragraph.id} group={group} queue={queue} />)
      )}
    </>
  );
}

function Loaded({ slug, event, doc }: { slug: string; event: EventView; doc: WorkingDocument }) {
  const { t } = useTranslation();
  const account = useAccount();
  const [chosen, setChosen] = useState<string | null>(null);
  const actingFor = chosen && doc.speaksFor.includes(chosen) ? chosen : (doc.speaksFor[0] ?? null);
  const paragraphs = useMemo(() => new Map(paragraphsOf(doc, AUTHORITATIVE_LANGUAGE).map((p) => [p.id, p])), [doc]);
  const queue: Queue = {
    slug,
    doc,
    paragraphs,
    eventTimeZone: event.timeZone,
    isChair: may(account, OUTCOME_POLICY.decide, { slug }),
    actingFor,
  };
  return (
    <div className="amendments-page">
      <h1>
        {t(`${Q}.title`)}
        <span className="subtitle">
          <Link to={pagePath('event', { slug })}>
            <Localized text={event.name} />
          </Link>
        </span>
      </h1>
      <p className="lead">{t(queue.isChair ? `${Q}.introChair` : `${Q}.introDelegation`)}</p>
      <Overview queue={queue} />
      <ActingFor queue={queue} onChange={setChosen} />
      <AmendmentQueue queue={queue} />
    </div>
  );
}

function Working({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const event = useEvent(slug);
  const working = useWorking(slug);
  const failed = event.isError || working.isError;
  useDocumentTitle(failed ? null : `${t(`${Q}.title`)}: ${event.data ? pickText(event.data.name, language) : ''}`);
  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (working.isError) return <LoadError error={working.error} onRetry={() => void working.refetch()} />;
  if (event.isPending || working.isPending) return <Loading />;
  return <Loaded slug={slug} event={event.data} doc={working.data} />;
}

/**
 * The amendment queue: the chair decides on the delegations' amendments; the delegations
 * support or object to each other's, and withdraw their own.
 */
export function AmendmentsPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession();
  const account = useAccount();
  useDocumentTitle(account ? null : t(`${Q}.title`));
  if (session.isPending) return <Loading />;
  if (!account) return <SignInRequired />;
  return <Working slug={slug} />;
}
