import { useTranslation } from 'react-i18next';
import type { AmendmentView, WorkingDocument } from '../../../../shared/outcome.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { ordinalOf, type QueueParagraph } from './model.js';

/** What every part of the queue reads: the document, who the reader is, and for whom they act. */
export interface Queue {
  slug: string;
  doc: WorkingDocument;
  /** The paragraphs the amendments concern, by id (those gone from the text too). */
  paragraphs: ReadonlyMap<string, QueueParagraph>;
  eventTimeZone: string;
  /** The reader decides (organizer, secretariat). */
  isChair: boolean;
  /** The delegation the reader acts for now, among those they speak for; null: none. */
  actingFor: string | null;
}

const P = 'outcomeAmendments.names';

/** The names the queue gives things in the reader's language: delegations, paragraphs, amendments. */
export function useQueueNames(queue: Queue) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const delegation = (id: string) => {
    const found = queue.doc.delegations.find((d) => d.id === id);
    return found ? pickText(found.name, language) : t(`${P}.unknownDelegation`);
  };
  /** "paragraph 2", "preambular paragraph 1"; with `isTitle`, as a heading starts it. */
  const paragraph = (id: string, isTitle = false) => {
    const number = queue.paragraphs.get(id)?.number ?? null;
    const form = isTitle ? 'title' : 'inline';
    if (number === null) return t(`${P}.${form}.gone`);
    if (number.startsWith('PP')) return t(`${P}.${form}.preamble`, { number: number.slice(2) });
    return t(`${P}.${form}.paragraph`, { number });
  };
  /** "Indonesia's amendment to paragraph 2": what each of its buttons adds to its name. */
  const amendment = (a: AmendmentView) => {
    const ordinal = ordinalOf(a, queue.doc.amendments);
    const values = { delegation: delegation(a.delegationId), paragraph: paragraph(a.paragraphId) };
    return ordinal === null ? t(`${P}.amendment`, values) : t(`${P}.amendmentNth`, { ...values, ordinal });
  };
  const delegations = (ids: string[]) =>
    ids.length
      ? new Intl.ListFormat(INTL_LOCALES[language], { type: 'conjunction' }).format(ids.map(delegation))
      : null;
  return { delegation, paragraph, amendment, delegations };
}
