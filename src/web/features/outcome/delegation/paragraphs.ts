import type { OutcomeContent, Paragraph, WorkingDocument } from '../../../../shared/outcome.js';
import { pickText } from '../../../lib/contract.js';

// The paragraphs of the working text as this page names them: by their printed number.

/** The text in the authoritative language, which every amendment is written in and against. */
export const englishOf = (paragraph: Paragraph) => paragraph.text.en ?? '';

/** Every paragraph in its order, with its number ("PP1" in the preamble, "1", "2"... in the sections). */
export function allParagraphs(content: OutcomeContent, numbers: Record<string, string>) {
  const all = [...content.preamble, ...content.sections.flatMap((section) => section.paragraphs)];
  return all.map((paragraph) => ({ paragraph, number: numbers[paragraph.id] ?? '?' }));
}

/** A delegation's name in the reader's language, by its id; the id itself if it is not among the event's. */
export function delegationNames(working: WorkingDocument, language: string) {
  const names = new Map(working.delegations.map((d) => [d.id, pickText(d.name, language)]));
  return (id: string) => names.get(id) ?? id;
}

/** Whether a delegation may propose now: the text open for amendments and the deadline not passed. */
export function isProposing(working: Pick<WorkingDocument, 'stage' | 'amendmentDeadline'>, now = Date.now()) {
  if (working.stage !== 'amendments') return false;
  return working.amendmentDeadline === null || new Date(working.amendmentDeadline).getTime() > now;
}

/** A list as the reader's language writes it: "1, 2 and 3" / "1, 2 dan 3". */
export function listOf(items: string[], locale: string) {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
