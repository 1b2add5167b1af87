import { useTranslation } from 'react-i18next';
import { type ComparisonRow, numberLabel } from './rows.js';

/**
 * A paragraph's numbers in the two versions, as the eye reads them ("2 → 3", "new 3", "was 4,
 * deleted") and, for a screen reader, in words ("paragraph 2, now 3").
 */
export function ParagraphNumber({ row }: { row: ComparisonRow }) {
  const { t } = useTranslation();
  const label = numberLabel(row);
  const [shown, spoken] =
    label.kind === 'renumbered'
      ? [t('outcomeCompare.number.renumbered', label), t('outcomeCompare.number.renumberedSpoken', label)]
      : [t(`outcomeCompare.number.${label.kind}`, label), t(`outcomeCompare.number.${label.kind}Spoken`, label)];
  return (
    <span className={`compare-number compare-number-${label.kind}`}>
      <span aria-hidden="true">{shown}</span>
      <span className="visually-hidden">{spoken}</span>
    </span>
  );
}
