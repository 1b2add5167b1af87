import { DiffText } from '../work/WordDiff.js';
import { ParagraphNumber } from './ParagraphNumber.js';
import type { RowGroup } from './rows.js';
import { SectionName } from './SectionHeading.js';

/** One text with its changes marked: each paragraph under its section, deleted ones where they stood. */
export function InlineComparison({ groups, lang }: { groups: RowGroup[]; lang: string }) {
  return (
    <div className="compare-inline">
      {groups.map((group) => (
        <section
          key={group.focusAreaId ?? 'preamble'}
          aria-labelledby={`compare-section-${group.focusAreaId ?? 'preamble'}`}
        >
          <h3 id={`compare-section-${group.focusAreaId ?? 'preamble'}`}>
            <SectionName group={group} />
          </h3>
          {group.rows.map((row) => (
            <div key={row.paragraphId} className={`compare-paragraph compare-${row.change}`}>
              <ParagraphNumber row={row} />
              <p>
                <DiffText ops={row.ops} lang={lang} />
              </p>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
