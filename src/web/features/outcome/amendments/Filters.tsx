import { useTranslation } from 'react-i18next';
import type { AmendmentStatus } from '../../../../shared/outcome.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { SelectField } from '../../../ui/Field.js';
import { type AmendmentFilters, firstWords, isFiltered, NO_FILTERS, type QueueParagraph, STATUSES } from './model.js';
import { type Queue, useQueueNames } from './queue.js';

const F = 'outcomeAmendments.filters';

interface Props {
  queue: Queue;
  /** The paragraphs that have amendments, in the document's order. */
  paragraphs: QueueParagraph[];
  filters: AmendmentFilters;
  onChange: (filters: AmendmentFilters) => void;
  shown: number;
}

/**
 * Paragraph, delegation and status: each applies as it is chosen (the focus stays in the select,
 * the queue below changes and the count says how much of it is shown).
 */
export function Filters({ queue, paragraphs, filters, onChange, shown }: Props) {
  const { t } = useTranslation();
  const names = useQueueNames(queue);
  const locale = INTL_LOCALES[currentLanguage()];
  const total = queue.doc.amendments.length;
  const proposers = [...new Set(queue.doc.amendments.map((a) => a.delegationId))]
    .map((id) => ({ value: id, label: names.delegation(id) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const paragraphLabel = (p: QueueParagraph) =>
    t(`${F}.paragraphOption`, { paragraph: names.paragraph(p.id, true), words: firstWords(p.text) });
  const clear = () => {
    onChange(NO_FILTERS);
    // The button goes with the filters: the focus goes to the first of them.
    document.getElementById('filter-paragraph')?.focus();
  };
  return (
    <search aria-label={t(`${F}.title`)} className="amendment-filters">
      <div className="amendment-filter-fields">
        <SelectField
          id="filter-paragraph"
          label={t(`${F}.paragraph`)}
          value={filters.paragraph}
          onChange={(e) => onChange({ ...filters, paragraph: e.target.value })}
          options={[
            { value: '', label: t(`${F}.allParagraphs`) },
            ...paragraphs.map((p) => ({ value: p.id, label: paragraphLabel(p) })),
          ]}
        />
        <SelectField
          id="filter-delegation"
          label={t(`${F}.delegation`)}
          value={filters.delegation}
          onChange={(e) => onChange({ ...filters, delegation: e.target.value })}
          options={[{ value: '', label: t(`${F}.allDelegations`) }, ...proposers]}
        />
        <SelectField
          id="filter-status"
          label={t(`${F}.status`)}
          value={filters.status}
          onChange={(e) => onChange({ ...filters, status: e.target.value as AmendmentStatus | '' })}
          options={[
            { value: '', label: t(`${F}.allStatuses`) },
            ...STATUSES.map((s) => ({ value: s, label: t(`outcomeAmendments.statuses.${s}`) })),
          ]}
        />
      </div>
      <div className="amendment-filter-result">
        <p role="status">
          {isFiltered(filters) ? t(`${F}.shownOf`, { count: total, shown }) : t(`${F}.all`, { count: total })}
        </p>
        {isFiltered(filters) && (
          <button type="button" className="secondary" onClick={clear}>
            {t(`${F}.clear`)}
          </button>
        )}
      </div>
    </search>
  );
}
