import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AmendmentView } from '../../../../shared/outcome.js';
import { pagePath } from '../../../../shared/routes.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { TextChange } from '../work/WordDiff.js';
import { AUTHORITATIVE_LANGUAGE } from './model.js';
import type { Queue } from './queue.js';

// What a card shows of an amendment: its change word by word, and the chair's decision.

const C = 'outcomeAmendments.card';

/** The paragraph's text once the amendment is in: a replacement's, nothing for a deletion. */
const textAfter = (a: AmendmentView) => (a.kind === 'delete' ? null : a.text);

function Diff({ label, before, after }: { label: string; before: string | null; after: string | null }) {
  return (
    <div className="amendment-diff">
      <p className="amendment-diff-label">{label}</p>
      <p className="amendment-diff-text">
        <TextChange before={before} after={after} lang={AUTHORITATIVE_LANGUAGE} />
      </p>
    </div>
  );
}

/**
 * The change against the text it was drafted on (version N); for one still open, also against
 * today's text when that differs, which is what the chair's decision changes.
 */
export function ProposedChange({ amendment: a, version }: { amendment: AmendmentView; version: number }) {
  const { t } = useTranslation();
  const isInsert = a.kind === 'insert_after';
  const hasMoved = a.status === 'proposed' && a.currentText !== a.againstText;
  return (
    <>
      <Diff
        label={t(isInsert ? `${C}.newParagraph` : `${C}.againstDrafted`, { version: a.againstVersion })}
        before={isInsert ? null : a.againstText}
        after={textAfter(a)}
      />
      {hasMoved && a.currentText === null && <p className="alert alert-warning">{t(`${C}.paragraphGone`)}</p>}
      {hasMoved && a.currentText !== null && isInsert && (
        <Diff
          label={t(`${C}.followsChanged`, { from: a.againstVersion, version })}
          before={a.againstText}
          after={a.currentText}
        />
      )}
      {hasMoved && a.currentText !== null && !isInsert && (
        <Diff label={t(`${C}.againstToday`, { version })} before={a.currentText} after={textAfter(a)} />
      )}
    </>
  );
}

/** The chair's decision: why, when, the version it made, and for a merge the text taken in. */
export function DecisionRecord({ amendment: a, queue }: { amendment: AmendmentView; queue: Queue }) {
  const { t } = useTranslation();
  const decision = a.decision;
  if (!decision) return null;
  const made = decision.version;
  return (
    <div className="amendment-decision">
      <p className="amendment-diff-label">{t(`${C}.decisionTitle`)}</p>
      <p>
        <span className="label">{t(`${C}.reason`)}:</span> {decision.reason}
      </p>
      {made !== null && (
        <p>
          {t(`${C}.madeVersion`, { version: made })}{' '}
          {made > 1 && (
            <Link to={`${pagePath('outcomeCompare', { slug: queue.slug })}?from=${made - 1}&to=${made}`}>
              {t(`${C}.seeChange`, { from: made - 1, to: made })}
            </Link>
          )}
        </p>
      )}
      {a.status === 'merged' && (
        // A deletion has no text of its own: the chair's is compared with the paragraph it was to delete.
        <Diff
          label={t(a.kind === 'delete' ? `${C}.takenInForDeletion` : `${C}.takenIn`)}
          before={a.kind === 'delete' ? a.againstText : a.text}
          after={decision.text}
        />
      )}
      <p className="meta">
        {t(`${C}.decidedAt`)}: <InstantTimes at={decision.at} eventTimeZone={queue.eventTimeZone} />
      </p>
    </div>
  );
}
