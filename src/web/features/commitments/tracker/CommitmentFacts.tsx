import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import type { PublishedOutcome } from '../../../../shared/outcome.js';
import { pagePath } from '../../../../shared/routes.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { countryName, delegationName } from '../../../ui/countries.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { Localized } from '../../../ui/text.js';
import { citedParagraphs } from './adoptedText.js';
import { formatDay, formatPercent, readerLocale } from './words.js';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The adopted paragraphs it cites, each a link to its place in the outcome page. */
function Cited({ slug, ids, published }: { slug: string; ids: string[]; published: PublishedOutcome | undefined }) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  if (!published) return null;
  const cited = citedParagraphs(published, ids);
  return (
    <Fact term={t('tracker.commitment.paragraphs')}>
      <ul className="cited">
        {cited.map(({ paragraph, number }) => (
          <li key={paragraph.id}>
            <Link to={`${pagePath('outcome', { slug })}#paragraph-${paragraph.id}`}>
              {t('tracker.commitment.paragraph', { number })}
            </Link>
            : <Localized text={paragraph.text} />
          </li>
        ))}
      </ul>
    </Fact>
  );
}

/** What the commitment is: who, under which focus area, what kind, when, led by which office, with whom. */
export function CommitmentFacts(props: {
  slug: string;
  commitment: CommitmentDetail;
  areaTitle: Record<string, string>;
  published: PublishedOutcome | undefined;
}) {
  const { slug, commitment: c, areaTitle, published } = props;
  const { t } = useTranslation();
  const language = currentLanguage();
  const locale = readerLocale();
  const partners = [...c.partnerCountries.map((code) => countryName(code, locale)), ...c.partnerOrganisations];
  return (
    <dl className="details commitment-facts">
      <Fact term={t('tracker.item.country')}>
        {delegationName({ country: c.country, name: c.delegationName }, language, locale)}
        {c.isOnBehalf && <span className="muted"> ({t('tracker.commitment.onBehalf')})</span>}
      </Fact>
      <Fact term={t('tracker.item.area')}>
        <Localized text={areaTitle} />
      </Fact>
      <Cited slug={slug} ids={c.paragraphIds} published={published} />
      <Fact term={t('tracker.item.type')}>{t(`tracker.type.${c.type}`)}</Fact>
      <Fact term={t('tracker.commitment.priority')}>{t(`tracker.priority.${c.priority}`)}</Fact>
      <Fact term={t('tracker.commitment.when')}>
        <span suppressHydrationWarning>
          {c.endsOn
            ? t('tracker.commitment.span', { from: formatDay(c.startsOn), to: formatDay(c.endsOn) })
            : t('tracker.commitment.openEnded', { from: formatDay(c.startsOn) })}
        </span>
      </Fact>
      <Fact term={t('tracker.commitment.lead')}>{c.lead}</Fact>
      <Fact term={t('tracker.commitment.partners')}>
        {partners.length > 0 ? (
          partners.join(', ')
        ) : (
          <span className="muted">{t('tracker.commitment.noPartners')}</span>
        )}
      </Fact>
      <Fact term={t('tracker.beganBefore')}>
        {c.beganBefore ? t('tracker.commitment.beganBeforeYes') : t('tracker.commitment.beganBeforeNo')}
      </Fact>
    </dl>
  );
}

/** The baseline and the target, said plainly when missing (the registries' most cited weakness). */
export function BaselineTarget({ commitment }: { commitment: CommitmentDetail }) {
  const { t } = useTranslation();
  const missing = (text: string) => <span className="missing">{text}</span>;
  return (
    <section aria-labelledby="commitment-measure" className="tracker-section">
      <h2 id="commitment-measure">{t('tracker.commitment.measure')}</h2>
      <dl className="details">
        <Fact term={t('tracker.commitment.baseline')}>
          {commitment.baseline ?? missing(t('tracker.commitment.noBaseline'))}
        </Fact>
        <Fact term={t('tracker.commitment.target')}>
          {commitment.target ?? missing(t('tracker.commitment.noTarget'))}
        </Fact>
      </dl>
    </section>
  );
}

/** The deliverables with their due dates and weights, and each one's share of the commitment's progress. */
export function Deliverables({ commitment }: { commitment: CommitmentDetail }) {
  const { t } = useTranslation();
  const total = commitment.deliverables.reduce((sum, d) => sum + d.weight, 0);
  const latest = commitment.reports.reduce<CommitmentDetail['reports'][number] | null>(
    (last, r) => (!last || r.submittedAt > last.submittedAt ? r : last),
    null,
  );
  const share = new Intl.NumberFormat(readerLocale(), { style: 'percent', maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="commitment-deliverables" className="tracker-section">
      <h2 id="commitment-deliverables">{t('tracker.deliverables.title')}</h2>
      <TableScroll captionId="commitment-deliverables-caption">
        <table className="tracker-table">
          <caption id="commitment-deliverables-caption" className="visually-hidden">
            {t('tracker.deliverables.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('tracker.deliverables.name')}</th>
              <th scope="col">{t('tracker.deliverables.due')}</th>
              <th scope="col">{t('tracker.deliverables.weight')}</th>
              <th scope="col">{t('tracker.deliverables.latest')}</th>
            </tr>
          </thead>
          <tbody>
            {commitment.deliverables.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Localized text={d.title} />
                </th>
                <td suppressHydrationWarning>{formatDay(d.dueOn)}</td>
                <td>
                  {t('tracker.deliverables.weightOf', {
                    weight: d.weight,
                    share: share.format(total ? d.weight / total : 0),
                  })}
                </td>
                <td>{latest ? formatPercent(latest.progress[d.id] ?? 0) : t('tracker.noFigure')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
