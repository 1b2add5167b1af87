import { useTranslation } from 'react-i18next';
import type { Comparison, OutcomeContent } from '../../../../shared/outcome.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { Loading } from '../../../ui/States.js';
import { useComparison } from '../work/api.js';
import type { CompareChoices } from './choices.js';
import { InlineComparison } from './InlineComparison.js';
import { groupRows, isChanged } from './rows.js';
import { SideBySide } from './SideBySide.js';

function Summary({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const count = (change: string) => comparison.rows.filter((row) => row.change === change).length;
  return (
    <p className="compare-summary">
      {t('outcomeCompare.result.summary', {
        changed: count('changed'),
        inserted: count('inserted'),
        deleted: count('deleted'),
        same: count('same'),
      })}
    </p>
  );
}

/** What the reader asked for, or why there is nothing to show. */
function Body({
  comparison,
  choices,
  content,
}: {
  comparison: Comparison;
  choices: CompareChoices;
  content?: OutcomeContent;
}) {
  const { t } = useTranslation();
  if (comparison.rows.length === 0) return <p>{t('outcomeCompare.result.empty')}</p>;
  const changed = comparison.rows.filter(isChanged);
  if (changed.length === 0 && comparison.from !== comparison.to)
    return <p className="alert alert-info">{t('outcomeCompare.result.same')}</p>;
  const shown = choices.isChangedOnly ? changed : comparison.rows;
  const hidden = comparison.rows.length - shown.length;
  const groups = groupRows(shown, content);
  return (
    <>
      <p role="status" className="compare-hidden">
        {hidden > 0 ? t('outcomeCompare.result.hidden', { count: hidden }) : t('outcomeCompare.result.allShown')}
      </p>
      {choices.view === 'side' ? (
        <SideBySide groups={groups} from={comparison.from} to={comparison.to} lang={comparison.language} />
      ) : (
        <InlineComparison groups={groups} lang={comparison.language} />
      )}
    </>
  );
}

/** The comparison of the two chosen versions: its counts, then the paragraphs in the chosen view. */
export function ComparisonResult(props: { slug: string; choices: CompareChoices; content?: OutcomeContent }) {
  const { slug, choices, content } = props;
  const { t } = useTranslation();
  const isSame = choices.from === choices.to;
  const comparison = useComparison(slug, isSame ? null : choices.from, choices.to, choices.lang);
  return (
    <section aria-labelledby="compare-result" className="compare-result">
      <h2 id="compare-result">{t('outcomeCompare.result.title', { from: choices.from, to: choices.to })}</h2>
      {isSame ? (
        <p className="alert alert-info">{t('outcomeCompare.result.sameVersion')}</p>
      ) : comparison.isError ? (
        <>
          <ProblemAlert error={comparison.error} />
          <button type="button" onClick={() => void comparison.refetch()}>
            {t('common.retry')}
          </button>
        </>
      ) : comparison.isPending ? (
        <Loading />
      ) : (
        <>
          <Summary comparison={comparison.data} />
          <Body comparison={comparison.data} choices={choices} content={content} />
        </>
      )}
    </section>
  );
}
