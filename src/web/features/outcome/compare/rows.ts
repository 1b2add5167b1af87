import type { Comparison, OutcomeContent } from '../../../../shared/outcome.js';

// The comparison's rows as the page shows them: grouped under their section, with their numbers in words.

export type ComparisonRow = Comparison['rows'][number];
type Op = ComparisonRow['ops'][number];

export interface RowGroup {
  /** The section's focus area, or null for the preamble. */
  focusAreaId: string | null;
  /** The heading in every language it has; null for the preamble and for a section no longer in the text. */
  heading: Record<string, string> | null;
  rows: ComparisonRow[];
}

/**
 * The rows under their sections, in the text's order: the preamble first, then each section as the
 * working text orders them (a paragraph moved between sections stands under its newer one).
 */
export function groupRows(rows: readonly ComparisonRow[], content: OutcomeContent | undefined): RowGroup[] {
  const byArea = new Map<string | null, ComparisonRow[]>();
  for (const row of rows) {
    const list = byArea.get(row.focusAreaId);
    if (list) list.push(row);
    else byArea.set(row.focusAreaId, [row]);
  }
  const sections = content?.sections ?? [];
  const known = new Set(sections.map((section) => section.focusAreaId));
  const groups: RowGroup[] = [];
  const preamble = byArea.get(null);
  if (preamble) groups.push({ focusAreaId: null, heading: null, rows: preamble });
  for (const section of sections) {
    const found = byArea.get(section.focusAreaId);
    if (found) groups.push({ focusAreaId: section.focusAreaId, heading: section.heading, rows: found });
  }
  for (const [focusAreaId, found] of byArea) {
    if (focusAreaId !== null && !known.has(focusAreaId)) groups.push({ focusAreaId, heading: null, rows: found });
  }
  return groups;
}

/** How a row's numbers read: kept ("3"), renumbered ("2 → 3"), new ("new 3"), or gone ("was 4, deleted"). */
export type NumberLabel =
  | { kind: 'same'; number: string }
  | { kind: 'renumbered'; from: string; to: string }
  | { kind: 'inserted'; number: string }
  | { kind: 'deleted'; number: string };

export function numberLabel(row: ComparisonRow): NumberLabel {
  if (row.change === 'deleted' || row.toNumber === null) return { kind: 'deleted', number: row.fromNumber ?? '?' };
  if (row.change === 'inserted' || row.fromNumber === null) return { kind: 'inserted', number: row.toNumber };
  if (row.fromNumber !== row.toNumber) return { kind: 'renumbered', from: row.fromNumber, to: row.toNumber };
  return { kind: 'same', number: row.toNumber };
}

/** A row whose words changed (or that came or went); a paragraph only renumbered reads as it did. */
export const isChanged = (row: ComparisonRow) => row.change !== 'same';

/** One side of the comparison: the older text with its deletions, or the newer with its insertions. */
export function sideOps(ops: readonly Op[], side: 'from' | 'to'): Op[] {
  const dropped = side === 'from' ? 'insert' : 'delete';
  return ops.filter((op) => op.kind !== dropped);
}
