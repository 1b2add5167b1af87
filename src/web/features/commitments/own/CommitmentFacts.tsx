import { useTranslation } from 'react-i18next';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { countryName } from '../../../ui/countries.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { Localized } from '../../../ui/text.js';
import type { FocusArea } from './adoptedText.js';
import { formatDay, formatPercent, listOf } from './format.js';

/** Where the commitment stands in the secretariat's review, in words. */
export function ReviewState({ commitment }: { commitment: CommitmentDetail }) {
  const { t } = useTranslation();
  const state = commitment.reviewState;
  return (
    <p className={`review-state review-state-${state}`}>
      <span className="label">{t('commitmentsOwn.state.label')}:</span>{' '}
      <strong>{t(`commitmentsOwn.state.names.${state}`)}</strong>
      {' — '}
      {t(`commitmentsOwn.state.explain.${state}`)}
    </p>
  );
}

/** The tracker's standing of a published commitment: its status, whether a report is late, when the next is due. */
function Standing({ commitment, timeZone }: { commitment: CommitmentDetail; timeZone: string }) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const { standing } = commitment;
  if (commitment.reviewState !== 'published') return null;
  return (
    <>
      <dt>{t('commitmentsOwn.standing.status')}</dt>
      <dd>
        <strong>{t(`commitmentsOwn.standing.statuses.${standing.status}`)}</strong>
        {standing.isLate && (
          <span className="late-flag"> {t('commitmentsOwn.standing.late', { count: standing.missedPeriods })}</span>
        )}
      </dd>
      <dt>{t('commitmentsOwn.standing.nextDue')}</dt>
      <dd>
        {standing.nextDue ? (
          <InstantTimes at={standing.nextDue} eventTimeZone={timeZone} />
        ) : (
          t('commitmentsOwn.standing.noMoreReports')
        )}
      </dd>
      <dt>{t('commitmentsOwn.standing.progress')}</dt>
      <dd>
        <span className="progress-figure">{formatPercent(commitment.progress, locale)}</span>
        <progress className="progress-bar" max={100} value={commitment.progress} aria-hidden="true" />
      </dd>
    </>
  );
}

/** What the commitment is: under which focus area, when, led by whom, with whom, measured how. */
export function CommitmentFacts(props: { commitment: CommitmentDetail; areas: FocusArea[]; timeZone: string }) {
  const { t } = useTranslation();
  const { commitment, areas, timeZone } = props;
  const language = currentLanguage();
  const locale = INTL_LOCALES[language];
  const areaIndex = areas.findIndex((a) => a.id === commitment.focusAreaId);
  const area = areas[areaIndex];
  const cited = area?.paragraphs.filter((p) => commitment.paragraphIds.includes(p.id)).map((p) => p.number) ?? [];
  const partners = [
    ...commitment.partnerCountries.map((code) => countryName(code, locale)),
    ...commitment.partnerOrganisations,
  ];
  const runs = commitment.endsOn
    ? t('commitmentsOwn.facts.runsFromTo', {
        from: formatDay(commitment.startsOn, locale),
        to: formatDay(commitment.endsOn, locale),
      })
    : t('commitmentsOwn.facts.runsFrom', { from: formatDay(commitment.startsOn, locale) });
  return (
    <dl className="commitment-facts">
      <dt>{t('commitmentsOwn.facts.focusArea')}</dt>
      <dd>
        {area ? `${areaIndex + 1}. ${pickText(area.heading, language)}` : '—'}
        {cited.length > 0 && (
          <> · {t('commitmentsOwn.facts.paragraphs', { count: cited.length, numbers: listOf(cited, locale) })}</>
        )}
      </dd>
      <dt>{t('commitmentsOwn.facts.kind')}</dt>
      <dd>
        {t(`commitmentsOwn.types.${commitment.type}`)} ·{' '}
        {t('commitmentsOwn.facts.priority', { priority: t(`commitmentsOwn.priorities.${commitment.priority}`) })}
      </dd>
      <dt>{t('commitmentsOwn.facts.runs')}</dt>
      <dd>
        {runs}
        {' · '}
        {commitment.beganBefore ? t('commitmentsOwn.facts.beganBefore') : t('commitmentsOwn.facts.new')}
      </dd>
      <dt>{t('commitmentsOwn.facts.lead')}</dt>
      <dd>{commitment.lead}</dd>
      <dt>{t('commitmentsOwn.facts.partners')}</dt>
      <dd>{partners.length ? listOf(partners, locale) : t('commitmentsOwn.facts.noPartners')}</dd>
      <dt>{t('commitmentsOwn.facts.baseline')}</dt>
      <dd>{commitment.baseline ?? <span className="missing">{t('commitmentsOwn.facts.noBaseline')}</span>}</dd>
      <dt>{t('commitmentsOwn.facts.target')}</dt>
      <dd>{commitment.target ?? <span className="missing">{t('commitmentsOwn.facts.noTarget')}</span>}</dd>
      <dt>{t('commitmentsOwn.facts.deliverables', { count: commitment.deliverables.length })}</dt>
      <dd>
        <ol className="deliverable-facts">
          {commitment.deliverables.map((d) => (
            <li key={d.id}>
              <Localized text={d.title} />{' '}
              <span className="muted">
                ({t('commitmentsOwn.facts.deliverable', { due: formatDay(d.dueOn, locale), weight: d.weight })})
              </span>
            </li>
          ))}
        </ol>
      </dd>
      <Standing commitment={commitment} timeZone={timeZone} />
      {commitment.isOnBehalf && (
        <>
          <dt>{t('commitmentsOwn.facts.registeredBy')}</dt>
          <dd>{t('commitmentsOwn.facts.onBehalf')}</dd>
        </>
      )}
    </dl>
  );
}
