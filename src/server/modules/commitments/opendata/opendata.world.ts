import { expect } from 'vitest';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import type { TestClient } from '../../../testing/client.js';
import { commitmentOf } from '../../../testing/commitments.js';
import type { TestApp } from '../../../testing/harness.js';
import { createAdoptedWorld } from '../../../testing/outcome.js';

// For the open data tests: an adopted world whose tracker has published commitments with awkward
// texts (formulas, apostrophes, semicolons, quotes, line breaks, a third language), reports, a
// confirmed completion, and a draft the public must never see.

export type World = Awaited<ReturnType<typeof createAdoptedWorld>>;

/** Both worlds count periods from the same day, so the periods of the same reports agree. */
export const REPORTING_FROM = '2021-09-01T00:00:00.000Z';

export async function trackedWorld(test: TestApp) {
  const w = await createAdoptedWorld(test);
  const settings = {
    periodMonths: 6,
    reportingFrom: REPORTING_FROM,
    remindDaysBefore: 14,
    weighting: 'custom',
    isReviewRequired: true,
  };
  expect((await w.chair.put(`/api/events/${w.slug}/commitments/settings`, settings)).status).toBe(200);
  return w;
}

const own = (w: World, delegationId: string, rest = '') =>
  `/api/events/${w.slug}/delegations/${delegationId}/commitments${rest}`;

/** Registered (by `client` for the delegation), submitted and published; its deliverables' ids. */
export async function publish(w: World, client: TestClient, delegationId: string, body: Record<string, unknown>) {
  const created = await client.post(own(w, delegationId), body);
  expect(created.status, created.body).toBe(201);
  const id = created.json.id as string;
  expect((await client.post(own(w, delegationId, `/${id}/submit`))).status).toBe(200);
  const review = { decision: 'publish', checks: ['specific', 'measurable', 'dated', 'has_lead'], comments: null };
  expect((await w.chair.post(`/api/events/${w.slug}/commitments/${id}/review`, review)).status).toBe(200);
  const detail = (await client.get<CommitmentDetail>(own(w, delegationId, `/${id}`))).json;
  return { id, deliverables: detail.deliverables.map((d) => d.id) };
}

export async function report(
  w: World,
  client: TestClient,
  delegationId: string,
  commitmentId: string,
  body: Record<string, unknown>,
) {
  const sent = await client.post(own(w, delegationId, `/${commitmentId}/reports`), body);
  expect(sent.status, sent.body).toBe(201);
  return sent.json.id as string;
}

/** Three published commitments (Indonesia's own, Finland's by the secretariat, Japan's), four reports, one draft. */
export async function fillTracker(w: World) {
  const second = w.published.content.sections[1];
  const portal = await publish(w, w.indonesia, w.delegations.ID, commitmentOf(w));
  const warnings = await publish(w, w.chair, w.delegations.FI, {
    ...commitmentOf(w, {
      focusAreaId: second.focusAreaId,
      paragraphIds: [second.paragraphs[0].id],
      title: { en: '=HYPERLINK("http://evil.example")', id: "'Peringatan dini' bersama", fr: 'Alerte précoce' },
      description: { en: 'Shared early warnings; "sirens", maps\nand drills.', id: 'Peringatan dini bersama.' },
      type: 'partnership',
      priority: 'medium',
      endsOn: null,
      partnerCountries: ['ID', 'JP'],
      partnerOrganisations: ['UN; OCHA', 'Red Cross \\ Red Crescent'],
      lead: '+Ministry of the Interior',
      baseline: '-5 % response time',
      target: null,
      beganBefore: true,
    }),
    deliverables: [{ title: { en: 'Sirens, "tested"', id: 'Sirene' }, dueOn: '2023-06-30', weight: 2 }],
  });
  const japan = await publish(w, w.chair, w.delegations.JP, commitmentOf(w, { paragraphIds: [] }));
  expect((await w.chair.put(`/api/events/${w.slug}/commitments/${japan.id}/weight`, { weight: 3 })).status).toBe(200);
  // Never published: in no file and no feed.
  await w.indonesia.post(own(w, w.delegations.ID), commitmentOf(w, { title: { en: 'A draft of ours' } }));

  const [portalSite, portalSets] = portal.deliverables as [string, string];
  const first = {
    status: 'on_track',
    progress: { [portalSite]: 100, [portalSets]: 40 },
    narrative: { en: 'The portal is online.', id: 'Portal sudah daring.' },
    evidence: ['https://data.example.id/a;b', 'https://data.example.id/c'],
  };
  await report(w, w.indonesia, w.delegations.ID, portal.id, first);
  await report(w, w.indonesia, w.delegations.ID, portal.id, {
    ...first,
    status: 'completed',
    progress: { [portalSite]: 100, [portalSets]: 100 },
    narrative: { en: '@all: done.' },
    evidence: [],
  });
  expect((await w.chair.post(`/api/events/${w.slug}/commitments/${portal.id}/completion`)).status).toBe(200);
  const sirens = warnings.deliverables[0] as string;
  await report(w, w.chair, w.delegations.FI, warnings.id, {
    status: 'delayed',
    progress: { [sirens]: 10 },
    narrative: { en: 'Late: <b>storms</b> & floods.', fr: 'En retard.' },
    evidence: [],
  });
  const japanSite = japan.deliverables[0] as string;
  const japanSets = japan.deliverables[1] as string;
  await report(w, w.chair, w.delegations.JP, japan.id, {
    status: 'not_started',
    progress: { [japanSite]: 0, [japanSets]: 0 },
    narrative: { en: 'Not started yet.' },
    evidence: [],
  });
  return { portal, warnings, japan, reports: 4, commitments: 3 };
}
