import type { createAdoptedWorld } from './outcome.js';

type World = Awaited<ReturnType<typeof createAdoptedWorld>>;

/** A commitment of the world's first focus area, citing its first paragraph. */
export function commitmentOf(w: World, overrides: Record<string, unknown> = {}) {
  const section = w.published.content.sections[0];
  return commitmentBody(section.focusAreaId, [section.paragraphs[0].id], overrides);
}

/** A commitment with two deliverables weighing 3 and 1. */
export function commitmentBody(focusAreaId: string, paragraphIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    focusAreaId,
    paragraphIds,
    title: { en: 'National open data portal', id: 'Portal data terbuka nasional' },
    description: { en: 'A portal for the ministry’s data sets, open to all.' },
    type: 'policy',
    priority: 'high',
    startsOn: '2022-01-01',
    endsOn: '2024-12-31',
    partnerCountries: ['FI'],
    partnerOrganisations: ['UNDP'],
    lead: 'Directorate of Information and Media',
    baseline: '12 data sets published',
    target: '200 data sets published',
    beganBefore: false,
    deliverables: [
      { title: { en: 'Portal online' }, dueOn: '2022-12-31', weight: 3 },
      { title: { en: 'Data sets published' }, dueOn: '2024-12-31', weight: 1 },
    ],
    ...overrides,
  };
}
