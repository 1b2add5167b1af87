import type { Page } from '@playwright/test';
import { type createAdoptedWorld, csrfHeaders, type FocalPoint } from '../support/outcomeWorld.js';
import { expect } from '../support/test.js';

// The host specs' shared steps: what focal points do through the API, and the section's parts.

export type World = Awaited<ReturnType<typeof createAdoptedWorld>>;

/** A commitment registered by a country's focal point through the API and submitted for review. */
export async function submitCommitment(world: World, focal: FocalPoint, title: string) {
  const section = world.published.content.sections[0];
  const base = world.api(`/delegations/${focal.delegationId}/commitments`);
  const headers = await csrfHeaders(focal.page);
  const registered = await focal.page.request.post(base, {
    headers,
    data: {
      focusAreaId: section?.focusAreaId,
      paragraphIds: [section?.paragraphs[0]?.id],
      title: { en: title },
      description: { en: `${title}: what it does, for whom, and how it is measured.` },
      type: 'programme',
      priority: 'high',
      startsOn: '2027-01-01',
      endsOn: '2028-12-31',
      partnerCountries: [],
      partnerOrganisations: ['UNDP'],
      lead: 'Directorate of Information and Media',
      baseline: '12 data sets published',
      target: '200 data sets published',
      beganBefore: false,
      deliverables: [
        { title: { en: 'Portal online' }, dueOn: '2027-06-30', weight: 3 },
        { title: { en: 'Data sets published' }, dueOn: '2028-12-31', weight: 1 },
      ],
    },
  });
  expect(registered.status()).toBe(201);
  const { id } = (await registered.json()) as { id: string };
  const submitted = await focal.page.request.post(`${base}/${id}/submit`, { headers, data: {} });
  expect(submitted.status()).toBe(200);
  return id;
}

/** The country reports the commitment completed, every deliverable at 100%. */
export async function reportCompleted(world: World, focal: FocalPoint, commitmentId: string) {
  const path = world.api(`/delegations/${focal.delegationId}/commitments/${commitmentId}`);
  const detail = (await (await focal.page.request.get(path)).json()) as { deliverables: { id: string }[] };
  const reported = await focal.page.request.post(`${path}/reports`, {
    headers: await csrfHeaders(focal.page),
    data: {
      status: 'completed',
      progress: Object.fromEntries(detail.deliverables.map((d) => [d.id, 100])),
      narrative: { en: 'The portal is online with 214 data sets.' },
      evidence: ['https://data.example.org/portal'],
    },
  });
  expect(reported.status()).toBe(201);
}

export const part = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
