import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, type DiffOp, diffWords, mergeWords, tokenize } from './wordDiff.js';

// Words, punctuation and spacing that repeat, so that random texts share enough to make diffs interesting.
const vocabulary = [
  'diplomasi',
  'kerja',
  'sama',
  'digital',
  'open',
  'data',
  'for',
  'all',
  'naïve',
  'cafe\u0301',
  '\u{1F30F}',
  ',',
  '.',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
];
const sentence = fc.array(fc.constantFrom(...vocabulary), { maxLength: 24 }).map((parts) => parts.join(''));
const anyText = fc.oneof(sentence, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
// Raw UTF-16 code units, lone surrogates included.
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) });

const textOf = (ops: DiffOp[], kinds: DiffOp['kind'][]) =>
  ops
    .filter((op) => kinds.includes(op.kind))
    .map((op) => op.text)
    .join('');

const paragraph = (count: number) => Array.from({ length: count }, (_, i) => vocabulary[i % 10] ?? '');

describe('tokenize', () => {
  it('splits words, spaces and punctuation apart', () => {
    expect(tokenize('Digital diplomacy, for all.')).toEqual([
      'Digital',
      ' ',
      'diplomacy',
      ',',
      ' ',
      'for',
      ' ',
      'all',
      '.',
    ]);
    expect(tokenize('')).toEqual([]);
  });

  it('keeps Indonesian words, combining accents and emoji whole', () => {
    expect(tokenize('Kerja sama  cafe\u0301 \u{1F30F}\u{1F30D}!')).toEqual([
      'Kerja',
      ' ',
      'sama',
      '  ',
      'cafe\u0301',
      ' ',
      '\u{1F30F}',
      '\u{1F30D}',
      '!',
    ]);
  });

  it('gives back the text when the tokens are joined, and never cuts a surrogate pair', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, codeUnits), (text) => {
        const tokens = tokenize(text);
        expect(tokens.join('')).toBe(text);
        expect(tokens.every((token) => token.length > 0)).toBe(true);
        for (const [i, token] of tokens.entries()) {
          const next = tokens[i + 1];
          const endsHigh = /[\uD800-\uDBFF]$/.test(token);
          if (endsHigh && next !== undefined) expect(/^[\uDC00-\uDFFF]/.test(next)).toBe(false);
        }
      }),
    );
  });
});

describe('diffWords', () => {
  it('shows an added phrase as one insertion and deletes nothing', () => {
    const ops = diffWords('We commit to open data.', 'We commit to open and interoperable data.');
    expect(ops.filter((op) => op.kind === 'delete')).toEqual([]);
    const inserted = ops.filter((op) => op.kind === 'insert');
    expect(inserted).toHaveLength(1);
    expect(inserted[0]?.text.trim()).toBe('and interoperable');
    expect(ops).toEqual([
      { kind: 'same', text: 'We commit to open ' },
      { kind: 'insert', text: 'and interoperable ' },
      { kind: 'same', text: 'data.' },
    ]);
  });

  it('shows a replaced word as the old word deleted, then the new one inserted', () => {
    expect(diffWords('We support open data.', 'We support free data.')).toEqual([
      { kind: 'same', text: 'We support ' },
      { kind: 'delete', text: 'open' },
      { kind: 'insert', text: 'free' },
      { kind: 'same', text: ' data.' },
    ]);
  });

  it('takes the space between two changed words into one change', () => {
    expect(diffWords('the quick brown fox', 'a slow brown fox')).toEqual([
      { kind: 'delete', text: 'the quick' },
      { kind: 'insert', text: 'a slow' },
      { kind: 'same', text: ' brown fox' },
    ]);
  });

  it('replaces whole emoji and Indonesian words, not parts of them', () => {
    // Both globes begin with the same UTF-16 unit; a diff by code unit would keep it as "same".
    expect(diffWords('Kerja sama \u{1F30F} digital', 'Kerja sama \u{1F30D} digital')).toEqual([
      { kind: 'same', text: 'Kerja sama ' },
      { kind: 'delete', text: '\u{1F30F}' },
      { kind: 'insert', text: '\u{1F30D}' },
      { kind: 'same', text: ' digital' },
    ]);
    expect(diffWords('diplomasi digital', 'diplomasi publik')).toEqual([
      { kind: 'same', text: 'diplomasi ' },
      { kind: 'delete', text: 'digital' },
      { kind: 'insert', text: 'publik' },
    ]);
  });

  it('handles empty and identical texts', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('Open data.', 'Open data.')).toEqual([{ kind: 'same', text: 'Open data.' }]);
    expect(diffWords('', 'Open data.')).toEqual([{ kind: 'insert', text: 'Open data.' }]);
    expect(diffWords('Open data.', '')).toEqual([{ kind: 'delete', text: 'Open data.' }]);
  });

  it('rebuilds both texts from its ops, with no empty ops and no two neighbours of one kind', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(sentence, sentence), fc.tuple(anyText, anyText)), ([before, after]) => {
        const ops = diffWords(before, after);
        expect(applyDiff(before, ops)).toBe(after);
        expect(textOf(ops, ['same', 'delete'])).toBe(before);
        expect(textOf(ops, ['same', 'insert'])).toBe(after);
        expect(ops.filter((op) => op.text === '')).toEqual([]);
        for (const [i, op] of ops.entries()) expect(op.kind).not.toBe(ops[i + 1]?.kind);
      }),
    );
  });

  it('finds the one changed word in a paragraph of 5,000 words', () => {
    const words = paragraph(5000);
    const before = words.join(' ');
    const after = words.with(2500, 'kolaborasi').join(' ');
    const ops = diffWords(before, after);
    expect(ops.filter((op) => op.kind !== 'same')).toEqual([
      { kind: 'delete', text: words[2500] },
      { kind: 'insert', text: 'kolaborasi' },
    ]);
    expect(applyDiff(before, ops)).toBe(after);
  });

  it('finds a change near each end of a paragraph of 5,000 words', () => {
    // Nothing can be trimmed from the middle here, so the whole paragraph goes through the search.
    const words = paragraph(5000);
    const before = words.join(' ');
    const after = words.with(1, 'kolaborasi').with(4998, 'DIGITAL').join(' ');
    const ops = diffWords(before, after);
    expect(ops.filter((op) => op.kind !== 'same')).toEqual([
      { kind: 'delete', text: words[1] },
      { kind: 'insert', text: 'kolaborasi' },
      { kind: 'delete', text: words[4998] },
      { kind: 'insert', text: 'DIGITAL' },
    ]);
    expect(applyDiff(before, ops)).toBe(after);
  });
});

describe('applyDiff', () => {
  it('replays ops on the text they were made for', () => {
    const ops = diffWords('We support open data.', 'We support free data.');
    expect(applyDiff('We support open data.', ops)).toBe('We support free data.');
  });

  it('refuses ops that were made for another text', () => {
    const ops = diffWords('We support open data.', 'We support free data.');
    expect(() => applyDiff('We support closed data.', ops)).toThrow(Error);
    expect(() => applyDiff('We support open data. And more.', ops)).toThrow(/covers 21 of 31/);
    expect(() => applyDiff('We support open', ops)).toThrow(Error);
    expect(() => applyDiff('abc', [{ kind: 'delete', text: 'abd' }])).toThrow(Error);
  });
});

describe('mergeWords', () => {
  const base = 'We commit to open data. We value privacy.';

  it('merges amendments to different sentences into a text with both', () => {
    const ours = 'We commit to open and interoperable data. We value privacy.';
    const theirs = 'We commit to open data. We value privacy and security.';
    expect(mergeWords(base, ours, theirs)).toEqual({
      kind: 'merged',
      text: 'We commit to open and interoperable data. We value privacy and security.',
    });
  });

  it('takes a change made by both sides once', () => {
    const both = 'We commit to open data. We value digital privacy.';
    expect(mergeWords(base, both, both)).toEqual({ kind: 'merged', text: both });
    const theirs = 'We commit to shared data. We value digital privacy.';
    expect(mergeWords(base, both, theirs)).toEqual({
      kind: 'merged',
      text: 'We commit to shared data. We value digital privacy.',
    });
  });

  it('reports two different replacements of one word as a collision naming the word and both', () => {
    expect(mergeWords(base, base.replace('open', 'free'), base.replace('open', 'public'))).toEqual({
      kind: 'collision',
      collisions: [{ base: 'open', ours: 'free', theirs: 'public' }],
    });
  });

  it('reports two different insertions at one place as a collision', () => {
    expect(mergeWords(base, base.replace('open ', 'open shared '), base.replace('open ', 'open public '))).toEqual({
      kind: 'collision',
      collisions: [{ base: '', ours: 'shared ', theirs: 'public ' }],
    });
  });

  it("treats an insertion right at either edge of the other side's replacement as a collision", () => {
    const outcome = mergeWords(base, base.replace('privacy', 'security'), base.replace('privacy', 'privacy online'));
    expect(outcome).toEqual({
      kind: 'collision',
      collisions: [{ base: 'privacy', ours: 'security', theirs: 'privacy online' }],
    });
    expect(mergeWords(base, base.replace('privacy', 'digital privacy'), base.replace('privacy', 'security'))).toEqual({
      kind: 'collision',
      collisions: [{ base: 'privacy', ours: 'digital privacy', theirs: 'security' }],
    });
  });

  it('returns every collision and no merged text, even when other changes would merge', () => {
    const ours = 'We commit to free data. We value privacy and dignity.';
    const theirs = 'We all commit to public data. We value privacy and security.';
    expect(mergeWords(base, ours, theirs)).toEqual({
      kind: 'collision',
      collisions: [
        { base: 'open', ours: 'free', theirs: 'public' },
        { base: '', ours: ' and dignity', theirs: ' and security' },
      ],
    });
  });

  it('gives the changed side when the other left the base alone, and the shared text when both agree', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(sentence, sentence), fc.tuple(anyText, anyText)), ([original, edited]) => {
        expect(mergeWords(original, edited, original)).toEqual({ kind: 'merged', text: edited });
        expect(mergeWords(original, original, edited)).toEqual({ kind: 'merged', text: edited });
        expect(mergeWords(original, edited, edited)).toEqual({ kind: 'merged', text: edited });
      }),
    );
  });

  it('merges any two amendments that stay on either side of an unchanged mark', () => {
    fc.assert(
      fc.property(sentence, sentence, sentence, sentence, (first, second, newFirst, newSecond) => {
        const outcome = mergeWords(`${first}|${second}`, `${newFirst}|${second}`, `${first}|${newSecond}`);
        expect(outcome).toEqual({ kind: 'merged', text: `${newFirst}|${newSecond}` });
      }),
    );
  });

  it('does not depend on which amendment is called ours', () => {
    fc.assert(
      fc.property(sentence, sentence, sentence, (original, one, other) => {
        const forward = mergeWords(original, one, other);
        const backward = mergeWords(original, other, one);
        if (forward.kind === 'merged') expect(backward).toEqual(forward);
        else {
          const swapped = forward.collisions.map((c) => ({ base: c.base, ours: c.theirs, theirs: c.ours }));
          expect(backward).toEqual({ kind: 'collision', collisions: swapped });
        }
      }),
    );
  });
});
