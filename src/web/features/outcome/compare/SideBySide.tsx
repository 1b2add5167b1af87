import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../ui/TableScroll.js';
import { DiffText } from '../work/WordDiff.js';
import { type ComparisonRow, type RowGroup, sideOps } from './rows.js';
import { SectionName } from './SectionHeading.js';

function Side({ row, side, lang }: { row: ComparisonRow; side: 'from' | 'to'; lang: string }) {
  const { t } = useTranslation();
  const number = side === 'from' ? row.fromNumber : row.toNumber;
  if (number === null) return <td className="compare-absent">{t('outcomeCompare.side.absent')}</td>;
  return (
    <td>
      <span className="compare-number">{number}</span> <DiffText ops={sideOps(row.ops, side)} lang={lang} />
    </td>
  );
}

/**
 * The two versions in a table, a row per paragraph and a row group per section: the older text
 * with its deletions marked, the newer with its insertions. It scrolls sideways on a phone.
 */
export function SideBySide(props: { groups: RowGroup[]; from: number; to: number; lang: string }) {
  const { groups, from, to, lang } = props;
  const { t } = useTranslation();
  return (
    <TableScroll captionId="compare-side-caption">
      <table className="compare-side">
        <caption id="compare-side-caption">{t('outcomeCompare.side.caption', { from, to })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcomeCompare.side.a', { number: from })}</th>
            <th scope="col">{t('outcomeCompare.side.b', { number: to })}</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.focusAreaId ?? 'preamble'}>
            <tr className="compare-side-section">
              <th scope="rowgroup" colSpan={2}>
                <SectionName group={group} />
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.paragraphId} className={`compare-${row.change}`}>
                <Side row={row} side="from" lang={lang} />
                <Side row={row} side="to" lang={lang} />
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
