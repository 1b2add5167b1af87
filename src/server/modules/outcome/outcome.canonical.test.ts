import { describe, expect, it } from 'vitest';
import type { OutcomeContent } from '../../../shared/outcome.js';
import { type CanonicalSource, canonicalText, numberParagraphs, sha256Hex } from './outcome.canonical.js';

const paragraph = (id: string, text: Record<string, string>) => ({ id, text, revision: 1, translatedFrom: {} });
const ids = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
];
const content: OutcomeContent = {
  title: { en: 'Bali Message', id: 'Pesan Bali' },
  preamble: [paragraph(ids[0] as string, { en: 'We, meeting in Bali,\n  in person  and online,' })],
  sections: [
    {
      focusAreaId: ids[0] as string,
      heading: { en: 'Policy' },
      paragraphs: [paragraph(ids[1] as string, { en: 'We commit.', id: 'Kami berkomitmen.' })],
    },
    {
      focusAreaId: ids[1] as string,
      heading: { en: 'Crisis', id: 'Krisis' },
      paragraphs: [paragraph(ids[2] as string, { en: 'We share.' })],
    },
  ],
};
const source: CanonicalSource = {
  event: { slug: 'icdd-2021', name: { en: 'ICDD' }, timeZone: 'Asia/Makassar' },
  version: 4,
  method: 'consensus',
  adoptedAt: '2021-11-16T08:30:00.000Z',
  authoritativeLanguage: 'en',
  languages: ['en', 'id'],
  content,
  numbers: numberParagraphs(content),
  delegations: [{ id: ids[2] as string, name: { en: 'Finland', id: 'Finlandia' }, hasReservation: true }],
  reservations: [{ delegationId: ids[2] as string, paragraphIds: [ids[1] as string], text: 'Subject to\nits law.' }],
  explanations: [],
};

describe('the canonical form of the adopted text', () => {
  it('numbers the preamble PP1.. and the sections’ paragraphs on from 1 across sections', () => {
    expect(numberParagraphs(content)).toEqual({
      [ids[0] as string]: 'PP1',
      [ids[1] as string]: '1',
      [ids[2] as string]: '2',
    });
  });

  it('is one block per line with a blank line between, white space made single, one LF at the end', () => {
    expect(canonicalText(source, 'en')).toBe(
      `${[
        'Bali Message',
        'PP1 We, meeting in Bali, in person and online,',
        '§ 1 Policy',
        '1. We commit.',
        '§ 2 Crisis',
        '2. We share.',
        'Reservation [1] Finland: Subject to its law.',
        'Joined: Finland',
        'Adopted: 2021-11-16T08:30:00.000Z (consensus), version 4, icdd-2021',
      ].join('\n\n')}\n`,
    );
  });

  it('gives each language its own text, the authoritative one where a translation is missing', () => {
    const text = canonicalText(source, 'id');
    expect(
      text.startsWith(
        'Pesan Bali\n\nPP1 We, meeting in Bali, in person and online,\n\n§ 1 Policy\n\n1. Kami berkomitmen.',
      ),
    ).toBe(true);
    expect(text).toContain('§ 2 Krisis');
    expect(text).toContain('Reservation [1] Finlandia: Subject to its law.');
  });

  it('hashes the form as UTF-8 bytes, and any change to the text changes the hash', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const before = sha256Hex(canonicalText(source, 'en'));
    const comma = {
      ...source,
      reservations: [{ ...source.reservations[0], text: 'Subject to its law' }],
    } as CanonicalSource;
    expect(sha256Hex(canonicalText(comma, 'en'))).not.toBe(before);
    expect(sha256Hex(canonicalText(source, 'en'))).toBe(before);
  });
});
