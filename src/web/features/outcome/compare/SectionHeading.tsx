import { useTranslation } from 'react-i18next';
import { Localized } from '../../../ui/text.js';
import type { RowGroup } from './rows.js';

/** A group's name: the preamble, its focus area's heading, or a section the newer text no longer has. */
export function SectionName({ group }: { group: RowGroup }) {
  const { t } = useTranslation();
  if (group.focusAreaId === null) return t('outcomeCompare.preamble');
  if (!group.heading) return t('outcomeCompare.formerSection');
  return <Localized text={group.heading} />;
}
