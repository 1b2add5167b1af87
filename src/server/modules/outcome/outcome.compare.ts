import type { Comparison, OutcomeContent, Paragraph } from '../../../shared/outcome.js';
import { diffWords } from '../../../shared/wordDiff.js';
import { numberParagraphs } from './outcome.canonical.js';

type Placed = { paragraph: Paragraph; focusAreaId: string | null };

const placed = (content: OutcomeContent): Placed[] => [
  ...content.preamble.map((paragraph) => ({ paragraph, focusAreaId: null })),
  ...content.sections.flatMap((s) => s.paragraphs.map((paragraph) => ({ paragraph, focusAreaId: s.focusAreaId }))),
];

/**
 * Two versions side by side in one language: the newer one's paragraphs in their order, each
 * deleted paragraph where it stood, every paragraph with its number in both (null where it is
 * not there) and its words as kept, deleted and inserted.
 */
export function compareVersions(
  from: { number: number; content: OutcomeContent },
  to: { number: number; content: OutcomeContent },
  language: string,
): Comparison {
  const [before, after] = [placed(from.content), placed(to.content)];
  const [oldNumbers, newNumbers] = [numberParagraphs(from.content), numberParagraphs(to.content)];
  const oldById = new Map(before.map((p) => [p.paragraph.id, p]));
  const newIds = new Set(after.map((p) => p.paragraph.id));
  const text = (p: Paragraph | undefined) => p?.text[language] ?? p?.text.en ?? '';
  const rows: Comparison['rows'] = [];
  let oldIndex = 0;
  const deletedUpTo = (end: number) => {
    for (; oldIndex < end; oldIndex++) {
      const gone = before[oldIndex] as Placed;
      if (newIds.has(gone.paragraph.id)) continue;
      rows.push({
        paragraphId: gone.paragraph.id,
        focusAreaId: gone.focusAreaId,
        fromNumber: oldNumbers[gone.paragraph.id] ?? null,
        toNumber: null,
        change: 'deleted',
        ops: [{ kind: 'delete', text: text(gone.paragraph) }],
      });
    }
  };
  for (const { paragraph, focusAreaId } of after) {
    const old = oldById.get(paragraph.id);
    if (old) deletedUpTo(before.indexOf(old) + 1);
    const ops = diffWords(text(old?.paragraph), text(paragraph));
    rows.push({
      paragraphId: paragraph.id,
      focusAreaId,
      fromNumber: old ? (oldNumbers[paragraph.id] ?? null) : null,
      toNumber: newNumbers[paragraph.id] ?? null,
      change: !old ? 'inserted' : ops.every((op) => op.kind === 'same') ? 'same' : 'changed',
      ops,
    });
  }
  deletedUpTo(before.length);
  return { from: from.number, to: to.number, language, rows };
}
