import { describe, expect, it } from 'vitest';
import type { OutcomeContent } from '../../../../shared/outcome.js';
import { checkDraft, draftFrom, draftNumbers, draftReducer, isChanged, toSaveInput } from './draft.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const P = '00000000-0000-4000-8000-00000000000c';
const AREA = '00000000-0000-4000-8000-0000000000f1';

const paragraph = (id: string, en: string, extra: Record<string, string> = {}) => ({
  id,
  text: { en, ...extra },
  revision: 1,
  translatedFrom: { en: 1 },
});

const content: OutcomeContent = {
  title: { en: 'Bali Message', id: 'Pesan Bali', fr: 'Message de Bali' },
  preamble: [paragraph(P, 'We, the participants,')],
  sections: [
    { focusAreaId: AREA, heading: { en: 'Data' }, paragraphs: [paragraph(A, 'First.'), paragraph(B, 'Second.')] },
  ],
};

describe('the draft of the chair’s text', () => {
  it('moves a paragraph within its section and numbers the text as printed', () => {
    const start = draftFrom(content, 3);
    const moved = draftReducer(start, { type: 'move', list: 0, key: B, direction: 'up' });
    expect(moved.sections[0]?.paragraphs.map((p) => p.id)).toEqual([B, A]);
    expect([...draftNumbers(moved).entries()]).toEqual([
      [P, 'PP1'],
      [B, '1'],
      [A, '2'],
    ]);
    // Past the top, nothing moves.
    expect(draftReducer(moved, { type: 'move', list: 0, key: B, direction: 'up' })).toEqual(moved);
  });

  it('saves existing paragraphs with their ids, new ones without, and keeps the languages it does not edit', () => {
    let draft = draftFrom(content, 3);
    draft = draftReducer(draft, { type: 'add', list: 0, afterKey: A, key: 'new-x' });
    draft = draftReducer(draft, { type: 'text', list: 0, key: 'new-x', value: { en: ' Inserted. ', id: '' } });
    draft = draftReducer(draft, { type: 'remove', list: 'preamble', key: P });
    draft = draftReducer(draft, { type: 'message', value: ' Added one ' });
    expect(toSaveInput(draft)).toEqual({
      baseVersion: 3,
      message: 'Added one',
      title: { en: 'Bali Message', id: 'Pesan Bali', fr: 'Message de Bali' },
      preamble: [],
      sections: [
        {
          focusAreaId: AREA,
          paragraphs: [
            { id: A, text: { en: 'First.' } },
            { text: { en: 'Inserted.' } },
            { id: B, text: { en: 'Second.' } },
          ],
        },
      ],
    });
  });

  it('tells a change of the text from a message alone, and what must be written before a save', () => {
    const start = draftFrom(content, 3);
    expect(isChanged(draftReducer(start, { type: 'message', value: 'x' }), start)).toBe(false);
    const blank = draftReducer(start, { type: 'add', list: 'preamble', afterKey: null, key: 'new-y' });
    expect(isChanged(blank, start)).toBe(true);
    expect(checkDraft(blank).map((e) => e.field)).toEqual(['preamble.1.text.en', 'message']);
  });
});
