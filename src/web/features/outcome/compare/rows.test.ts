import { describe, expect, it } from 'vitest';
import type { OutcomeContent } from '../../../../shared/outcome.js';
import { readChoices, writeChoices } from './choices.js';
import { type ComparisonRow, groupRows, isChanged, numberLabel, sideOps } from './rows.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const row = (over: Partial<ComparisonRow>): ComparisonRow => ({
  paragraphId: crypto.randomUUID(),
  focusAreaId: A,
  fromNumber: '1',
  toNumber: '1',
  change: 'same',
  ops: [{ kind: 'same', text: 'We commit.' }],
  ...over,
});
const content = {
  title: { en: 'T' },
  preamble: [],
  sections: [
    { focusAreaId: B, heading: { en: 'B' }, paragraphs: [] },
    { focusAreaId: A, heading: { en: 'A' }, paragraphs: [] },
  ],
} as OutcomeContent;

describe('the comparison as the page shows it', () => {
  it('says each number as it changed', () => {
    expect(numberLabel(row({}))).toEqual({ kind: 'same', number: '1' });
    expect(numberLabel(row({ fromNumber: '2', toNumber: '3' }))).toEqual({ kind: 'renumbered', from: '2', to: '3' });
    expect(numberLabel(row({ fromNumber: null, toNumber: '3', change: 'inserted' }))).toEqual({
      kind: 'inserted',
      number: '3',
    });
    expect(numberLabel(row({ fromNumber: '4', toNumber: null, change: 'deleted' }))).toEqual({
      kind: 'deleted',
      number: '4',
    });
  });

  it('groups the rows under their sections, the preamble first, in the text’s order', () => {
    const rows = [
      row({ focusAreaId: null }),
      row({ focusAreaId: A }),
      row({ focusAreaId: B }),
      row({ focusAreaId: A }),
    ];
    const groups = groupRows(rows, content);
    expect(groups.map((g) => [g.focusAreaId, g.rows.length])).toEqual([
      [null, 1],
      [B, 1],
      [A, 2],
    ]);
    expect(groups[1]?.heading).toEqual({ en: 'B' });
    // A section the text no longer has still shows its paragraphs, last.
    const gone = '00000000-0000-4000-8000-0000000000cc';
    expect(groupRows([row({ focusAreaId: gone })], content)).toEqual([
      { focusAreaId: gone, heading: null, rows: [expect.anything()] },
    ]);
  });

  it('counts a renumbered paragraph as unchanged in its words, and splits the words by side', () => {
    expect(isChanged(row({ fromNumber: '2', toNumber: '3' }))).toBe(false);
    expect(isChanged(row({ change: 'changed' }))).toBe(true);
    const ops = [
      { kind: 'same' as const, text: 'We ' },
      { kind: 'delete' as const, text: 'share' },
      { kind: 'insert' as const, text: 'publish' },
    ];
    expect(sideOps(ops, 'from').map((op) => op.text)).toEqual(['We ', 'share']);
    expect(sideOps(ops, 'to').map((op) => op.text)).toEqual(['We ', 'publish']);
  });
});

describe('the choices in the address', () => {
  it('defaults to the version before the latest against the latest, English, inline, the changes only', () => {
    expect(readChoices(new URLSearchParams(), [1, 3, 2])).toEqual({
      from: 2,
      to: 3,
      lang: 'en',
      view: 'inline',
      isChangedOnly: true,
    });
    expect(readChoices(new URLSearchParams(), [1]).from).toBeNull();
  });

  it('reads back what it wrote, and ignores what does not exist', () => {
    const choices = { from: 1, to: 2, lang: 'id', view: 'side', isChangedOnly: false } as const;
    const params = writeChoices(choices, new URLSearchParams('keep=1'));
    expect(params.get('keep')).toBe('1');
    expect(readChoices(params, [1, 2, 3])).toEqual(choices);
    expect(readChoices(new URLSearchParams('from=9&lang=fr&view=x'), [1, 2])).toMatchObject({
      from: 1,
      lang: 'en',
      view: 'inline',
    });
  });
});
