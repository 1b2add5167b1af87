import { describe, expect, it } from 'vitest';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import { firstWords } from './adoptedText.js';
import { checkValues, emptyValues, inputOf, valuesOf } from './formValues.js';

const saved: CommitmentDetail = {
  id: '7f1c3a52-0d0e-4b8e-9a63-111111111111',
  delegationId: '7f1c3a52-0d0e-4b8e-9a63-222222222222',
  country: 'ID',
  delegationName: { en: 'Indonesia' },
  focusAreaId: '7f1c3a52-0d0e-4b8e-9a63-333333333333',
  title: { en: 'Open data', id: 'Data terbuka', fr: 'Données ouvertes' },
  type: 'policy',
  priority: 'high',
  startsOn: '2026-03-01',
  endsOn: null,
  beganBefore: false,
  reviewState: 'returned',
  progress: 0,
  standing: { status: 'awaiting_first_report', isLate: false, nextPeriod: null, nextDue: null, missedPeriods: 0 },
  registeredAt: '2026-01-01T00:00:00.000Z',
  paragraphIds: [],
  description: { en: 'Opens data.' },
  partnerCountries: ['FI'],
  partnerOrganisations: ['ASEAN Secretariat'],
  lead: 'Directorate of Information',
  baseline: null,
  target: 'All open.',
  weight: 1,
  isOnBehalf: false,
  publishedAt: null,
  completionConfirmedAt: null,
  review: { checks: ['specific'], comments: 'Give a baseline.' },
  deliverables: [
    { id: '7f1c3a52-0d0e-4b8e-9a63-444444444444', title: { en: 'Portal' }, dueOn: '2026-06-30', weight: 3 },
  ],
  reports: [],
};

describe('the commitment form’s values', () => {
  it('send back what they were read from, the deliverable keeping its id and the other languages theirs', () => {
    const input = inputOf(valuesOf(saved), saved);
    expect(input).toEqual({
      focusAreaId: saved.focusAreaId,
      paragraphIds: [],
      title: { en: 'Open data', id: 'Data terbuka', fr: 'Données ouvertes' },
      description: { en: 'Opens data.' },
      type: 'policy',
      priority: 'high',
      startsOn: '2026-03-01',
      endsOn: null,
      partnerCountries: ['FI'],
      partnerOrganisations: ['ASEAN Secretariat'],
      lead: 'Directorate of Information',
      baseline: null,
      target: 'All open.',
      beganBefore: false,
      deliverables: [{ id: saved.deliverables[0]?.id, title: { en: 'Portal' }, dueOn: '2026-06-30', weight: 3 }],
    });
  });

  it('leave out blank languages and organisations, and give a new deliverable no id', () => {
    const values = emptyValues();
    values.title = { en: ' Training ', id: ' ' };
    values.partnerOrganisations = [
      { key: 'a', value: '  ' },
      { key: 'b', value: ' UNDP ' },
    ];
    values.beganBefore = 'yes';
    const input = inputOf(values);
    expect(input.title).toEqual({ en: 'Training' });
    expect(input.partnerOrganisations).toEqual(['UNDP']);
    expect(input.beganBefore).toBe(true);
    expect(input.deliverables[0]).not.toHaveProperty('id');
  });

  it('name each field the form can tell is wrong, and nothing when all is well', () => {
    const fields = (values: ReturnType<typeof emptyValues>) =>
      checkValues(values)
        .filter((e) => e !== null)
        .map((e) => e?.field);
    expect(fields(emptyValues())).toEqual([
      'focusAreaId',
      'title.en',
      'description.en',
      'type',
      'priority',
      'startsOn',
      'lead',
      'beganBefore',
      'deliverables.0.title.en',
      'deliverables.0.dueOn',
    ]);
    const values = valuesOf(saved);
    expect(fields(values)).toEqual([]);
    values.endsOn = '2026-02-28';
    values.deliverables = [
      { ...values.deliverables[0], key: 'd', title: { en: 'x', id: '' }, dueOn: '2026-01-01', weight: '101' },
    ];
    expect(fields(values)).toEqual(['endsOn', 'deliverables.0.weight']);
    values.deliverables = [];
    expect(fields(values)).toContain('deliverables');
  });
});

describe('a paragraph’s first words', () => {
  it('are the whole of a short paragraph, and the start of a long one', () => {
    expect(firstWords('We commit to open data.')).toBe('We commit to open data.');
    expect(firstWords('one two three four five six seven eight nine ten eleven')).toBe(
      'one two three four five six seven eight nine ten…',
    );
  });
});
