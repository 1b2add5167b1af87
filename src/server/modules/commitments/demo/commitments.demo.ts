import { commitmentInputSchema, REVIEW_CHECKS, reportInputSchema } from '../../../../shared/commitments.js';
import type { Reporting } from '../../../../shared/tracker.js';
import { listFocalPoints } from '../../../core/auth/accounts.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { DemoSeed } from '../../../core/http/module.js';
import { listNamedDelegations } from '../../delegations/voices.service.js';
import { findAdopted } from '../../outcome/adoption.service.js';
import * as repo from '../commitments.repo.js';
import {
  confirmCompletion,
  registerCommitment,
  reviewCommitment,
  submitCommitment,
  submitReport,
} from '../commitments.service.js';
import { DEFAULT_SETTINGS } from '../tracker/tracker.snapshot.js';
import { DEMO_COMMITMENTS } from './commitments.demo.data.js';
import {
  confirmedAt,
  DEMO_MARK,
  DEMO_NOTE,
  type DemoCommitment,
  isPublic,
  planReports,
  registeredAt,
  reviewedAt,
} from './commitments.demo.story.js';

/** Countries whose commitments and reports the secretariat files for them (they report by e-mail). */
const FILED_BY_SECRETARIAT = new Set(['FJ', 'KH']);

type Adopted = NonNullable<Awaited<ReturnType<typeof findAdopted>>>;

function inputOf(c: DemoCommitment, focusAreaId: string, adopted: Adopted) {
  const section = adopted.content.sections.find((s) => s.focusAreaId === focusAreaId);
  return commitmentInputSchema.parse({
    focusAreaId,
    paragraphIds: c.where.cites.flatMap((i) => section?.paragraphs[i]?.id ?? []),
    title: { en: `${c.title.en} ${DEMO_MARK.en}`, id: `${c.title.id} ${DEMO_MARK.id}` },
    description: { en: `${c.description} ${DEMO_NOTE}` },
    type: c.kind.type,
    priority: c.kind.priority,
    startsOn: c.dates.starts,
    endsOn: c.dates.ends,
    partnerCountries: c.partners.countries,
    partnerOrganisations: c.partners.organisations,
    lead: c.lead,
    baseline: c.measure.baseline,
    target: c.measure.target,
    beganBefore: c.kind.beganBefore,
    deliverables: c.deliverables.map(([title, dueOn, weight]) => ({ title: { en: title }, dueOn, weight })),
  });
}

/** The secretariat's checklist: "measurable" only with a baseline and a target. */
const checksOf = (c: DemoCommitment) =>
  REVIEW_CHECKS.filter((check) => check !== 'measurable' || (c.measure.baseline !== null && c.measure.target !== null));

/**
 * The tracker of the demo, through the module's own services (so audited and within the rules):
 * 35 invented commitments under the five focus areas of the adopted Bali Message (33 public, of
 * 17 of the 19 countries that took part), registered from December 2021 to mid-2022 by the focal points (the secretariat on behalf of two
 * countries), reviewed and published, with a report every six months to November 2026: on track,
 * delayed, late, completed and confirmed, completed awaiting confirmation, discontinued, inactive;
 * and two in the secretariat's queue (one submitted, one returned). Seeds nothing when the event
 * has commitments, or before the text is adopted.
 */
export async function seedCommitmentsDemo(demo: DemoSeed): Promise<void> {
  const { db, actor: secretariat, event } = demo;
  const { slug } = event;
  const adopted = await findAdopted(db, event.id);
  if (!adopted || (await repo.listCommitments(db, event.id)).length > 0) return;
  const reporting: Reporting = { from: new Date(adopted.adoptedAt), periodMonths: DEFAULT_SETTINGS.periodMonths };
  const delegationOf = new Map((await listNamedDelegations(db, event.id)).map((d) => [d.country, d.id]));
  const focalPoints = new Map((await listFocalPoints(db, event.id)).map((f) => [f.delegationId, f.accountId]));
  const voiceOf = (country: string, delegationId: string): Actor => {
    const accountId = focalPoints.get(delegationId);
    if (FILED_BY_SECRETARIAT.has(country) || !accountId) return secretariat;
    const role = { eventId: event.id, eventSlug: slug, role: 'focal_point' as const, delegationId };
    return { accountId, isAdmin: false, roles: [role] };
  };

  for (const [index, c] of DEMO_COMMITMENTS.entries()) {
    const delegationId = delegationOf.get(c.where.country);
    const focusAreaId = event.focusAreas[c.where.area]?.id;
    if (!delegationId || !focusAreaId) throw new Error(`demo: no ${c.where.country} or focus area ${c.where.area}`);
    const own = { db, slug, delegationId, actor: voiceOf(c.where.country, delegationId) };
    const input = inputOf(c, focusAreaId, adopted);
    const { id: commitmentId } = await registerCommitment({ ...own, input, at: registeredAt(c, index) });
    await submitCommitment({ ...own, commitmentId });
    if (c.story.kind === 'submitted') continue;
    const review = { db, slug, actor: secretariat, commitmentId, at: reviewedAt(c, index) };
    if (c.story.kind === 'returned') {
      const checks = ['specific', 'has_lead'] as const;
      await reviewCommitment({
        ...review,
        input: { decision: 'return', checks: [...checks], comments: c.story.comments },
      });
      continue;
    }
    await reviewCommitment({ ...review, input: { decision: 'publish', checks: checksOf(c), comments: null } });
    if (!isPublic(c.story)) continue;

    const deliverableIds = (await repo.listDeliverables(db, event.id, [commitmentId])).map((d) => d.id);
    const reports = planReports(reporting, c, index);
    for (const report of reports) {
      const progress = Object.fromEntries(deliverableIds.map((id, i) => [id, report.percents[i] ?? 0]));
      const { status, narrative, evidence } = report;
      const reportInput = reportInputSchema.parse({ status, progress, narrative, evidence });
      await submitReport({ ...own, commitmentId, input: reportInput, at: report.at });
    }
    const last = reports.at(-1);
    if (c.story.kind === 'completed' && last)
      await confirmCompletion({ db, slug, actor: secretariat, commitmentId, at: confirmedAt(last) });
  }
}
