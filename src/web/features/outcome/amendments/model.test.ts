import { describe, expect, it } from 'vitest';
import type { AmendmentView, OutcomeContent } from '../../../../shared/outcome.js';
import {
  countByStatus,
  firstWords,
  groupByParagraph,
  matchesFilters,
  NO_FILTERS,
  ordinalOf,
  paragraphsOf,
  positionOf,
  readFilters,
  writeFilters,
} from './model.js';

const ID = {
  pp1: '00000000-0000-4000-8000-000000000001',
  p1: '00000000-0000-4000-8000-000000000002',
  p2: '00000000-0000-4000-8000-000000000003',
  gone: '00000000-0000-4000-8000-000000000004',
  indonesia: '00000000-0000-4000-8000-0000000000a1',
  finland: '00000000-0000-4000-8000-0000000000a2',
};

const paragraph = (id: string, en: string) => ({ id, text: { en }, revision: 1, translatedFrom: {} });
const content: OutcomeContent = {
  title: { en: 'Message' },
  preamble: [paragraph(ID.pp1, 'We, the participants,')],
  sections: [
    {
      focusAreaId: '00000000-0000-4000-8000-0000000000f1',
      heading: { en: 'Data' },
      paragraphs: [paragraph(ID.p1, 'We commit to open data.'), paragraph(ID.p2, 'We share early warnings.')],
    },
  ],
};

let next = 0;
function amendment(over: Partial<AmendmentView>): AmendmentView {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    delegationId: ID.indonesia,
    paragraphId: ID.p1,
    kind: 'replace',
    text: 'We commit to open and interoperable data.',
    justification: 'Clearer.',
    status: 'proposed',
    againstVersion: 1,
    againstText: 'We commit to open data.',
    currentText: 'We commit to open data.',
    decision: null,
    support: [],
    objections: [],
    createdAt: '2021-11-16T05:00:00.000Z',
    ...over,
  };
}

describe('the amendment queue', () => {
  it('groups the amendments under their paragraphs in the document’s order, a paragraph gone last', () => {
    const onP2 = amendment({ paragraphId: ID.p2 });
    const onGone = amendment({ paragraphId: ID.gone, againstText: 'An old paragraph.', status: 'accepted' });
    const onP1 = amendment({});
    const groups = groupByParagraph(paragraphsOf({ content }, 'en'), [onP2, onGone, onP1]);
    expect(groups.map((g) => [g.paragraph.number, g.amendments.map((a) => a.id)])).toEqual([
      ['1', [onP1.id]],
      ['2', [onP2.id]],
      [null, [onGone.id]],
    ]);
    expect(groups[2]?.paragraph.text).toBe('An old paragraph.');
    expect(groups[0]?.paragraph.section).toEqual({ en: 'Data' });
  });

  it('reads the filters from the address, leaving out what names nothing here', () => {
    const known = { paragraphs: new Set([ID.p1]), delegations: new Set([ID.finland]) };
    const params = new URLSearchParams({ paragraph: ID.p1, delegation: ID.indonesia, status: 'merged', lang: 'id' });
    expect(readFilters(params, known)).toEqual({ paragraph: ID.p1, delegation: '', status: 'merged' });
    expect(readFilters(new URLSearchParams({ status: 'toString' }), known).status).toBe('');
    const written = writeFilters({ ...NO_FILTERS, delegation: ID.finland }, params);
    // The reader's other parameters stay; a filter at "all" leaves the address.
    expect(written.toString()).toBe(`delegation=${ID.finland}&lang=id`);
  });

  it('filters by paragraph, delegation and status together', () => {
    const a = amendment({ status: 'rejected', delegationId: ID.finland });
    expect(matchesFilters(a, NO_FILTERS)).toBe(true);
    expect(matchesFilters(a, { ...NO_FILTERS, delegation: ID.finland, status: 'rejected' })).toBe(true);
    expect(matchesFilters(a, { ...NO_FILTERS, delegation: ID.finland, status: 'proposed' })).toBe(false);
    expect(matchesFilters(a, { ...NO_FILTERS, paragraph: ID.p2 })).toBe(false);
  });

  it('counts by status, says positions, and tells two amendments of one delegation apart', () => {
    const first = amendment({ support: [ID.finland] });
    const second = amendment({ status: 'withdrawn', objections: [ID.finland] });
    const other = amendment({ delegationId: ID.finland, status: 'merged' });
    const all = [first, second, other];
    expect(countByStatus(all)).toEqual({ proposed: 1, withdrawn: 1, accepted: 0, merged: 1, rejected: 0 });
    expect([positionOf(first, ID.finland), positionOf(second, ID.finland), positionOf(other, ID.pp1)]).toEqual([
      'support',
      'object',
      null,
    ]);
    expect([ordinalOf(first, all), ordinalOf(second, all), ordinalOf(other, all)]).toEqual([1, 2, null]);
  });

  it('shortens a paragraph to its first words', () => {
    expect(firstWords('We commit to open and interoperable data by default.')).toBe(
      'We commit to open and interoperable…',
    );
    expect(firstWords('  We share.  ')).toBe('We share.');
  });
});
