import type {
  CommitmentInput,
  ReportInput,
  ReviewInput,
  ReviewState,
  TrackerSettings,
} from '../../../shared/commitments.js';
import { COMMITMENT_POLICY, STAFF_ROLES } from '../../../shared/policies.js';
import { type Actor, hasEventRole } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { AppError, invalidField, notFound } from '../../core/errors.js';
import { findEventDelegation } from '../delegations/voices.service.js';
import { type EventScope, eventOperation } from '../events/operation.service.js';
import { findAdopted } from '../outcome/adoption.service.js';
import * as repo from './commitments.repo.js';
import { resolveSettings } from './tracker/tracker.snapshot.js';

export interface TrackerRequest {
  db: Db;
  actor: Actor;
  slug: string;
}

type Access = (typeof COMMITMENT_POLICY)[keyof typeof COMMITMENT_POLICY];

/** The commitments a write changed: their rows carry the new revision, so nodes re-read only them. */
type Changed = { changed: (commitmentId: string) => void };

/**
 * A write to the tracker: the event's operation, and the revision bumped so every node's figures
 * renew. The commitment named in the request counts as changed; a write that makes one names it.
 */
function trackerOperation<T>(
  request: TrackerRequest & { may: Access; params?: Record<string, unknown>; commitmentId?: string },
  work: (scope: EventScope & Changed) => Promise<T>,
) {
  return eventOperation(request, async (scope) => {
    const commitmentIds = request.commitmentId ? [request.commitmentId] : [];
    const result = await work({ ...scope, changed: (id) => commitmentIds.push(id) });
    if (commitmentIds.length === 0) throw new Error('a tracker write must name the commitments it changed');
    await repo.touchTracker(scope.tx, scope.event.id, { commitmentIds });
    return result;
  });
}

/** A write for one delegation's commitments: by its focal point, or by the secretariat on its behalf. */
function delegationWrite<T>(
  request: TrackerRequest & { delegationId: string; commitmentId?: string },
  may: Access,
  work: (
    scope: EventScope & Changed & { isOnBehalf: boolean; commitment: repo.CommitmentRow | undefined },
  ) => Promise<T>,
) {
  return trackerOperation({ ...request, may, params: { id: request.delegationId } }, async (scope) => {
    await findEventDelegation(scope.tx, scope.event.id, request.delegationId);
    const commitment = request.commitmentId
      ? await repo.findCommitment(scope.tx, scope.event.id, request.commitmentId, true)
      : undefined;
    if (request.commitmentId && commitment?.delegationId !== request.delegationId) throw notFound('commitment');
    const isOnBehalf = hasEventRole(scope.actor, scope.event.id, STAFF_ROLES) || scope.actor.isAdmin;
    return work({ ...scope, isOnBehalf, commitment });
  });
}

/** The focus area must be a section of the adopted text, and the paragraphs cited must be its own. */
async function checkAgainstText(scope: EventScope, input: CommitmentInput) {
  const adopted = await findAdopted(scope.tx, scope.event.id);
  if (!adopted) throw new AppError('commitments.not_adopted', 'The outcome document is not adopted yet.');
  const section = adopted.content.sections.find((s) => s.focusAreaId === input.focusAreaId);
  if (!section) throw invalidField('focusAreaId', 'field.invalid', 'not a focus area of the adopted text');
  const own = new Set(section.paragraphs.map((p) => p.id));
  const stray = input.paragraphIds.find((id) => !own.has(id));
  if (stray) throw invalidField('paragraphIds', 'field.invalid', `${stray} is not a paragraph of that focus area`);
}

const commitmentValues = (input: CommitmentInput) => {
  const { deliverables: _deliverables, ...values } = input;
  return values;
};

/**
 * A country registers a commitment (a draft, until it is submitted for review). `at` is for the
 * demo and imports, which carry when a commitment was registered.
 */
export function registerCommitment(
  request: TrackerRequest & { delegationId: string; input: CommitmentInput; at?: Date },
) {
  const { input, delegationId } = request;
  return delegationWrite(request, COMMITMENT_POLICY.register, async (scope) => {
    await checkAgainstText(scope, input);
    const row = await repo.insertCommitment(scope.tx, {
      ...commitmentValues(input),
      eventId: scope.event.id,
      delegationId,
      isOnBehalf: scope.isOnBehalf,
      registeredBy: scope.actor.accountId,
      ...(request.at ? { registeredAt: request.at } : {}),
    });
    await repo.replaceDeliverables(scope.tx, row.id, input.deliverables);
    scope.changed(row.id);
    await scope.audit({
      action: 'commitment.registered',
      entityType: 'commitment',
      entityId: row.id,
      summary: { delegationId, isOnBehalf: scope.isOnBehalf },
    });
    return { id: row.id };
  });
}

/**
 * Under review, what the public reads (or the secretariat is reading) is what was reviewed: the
 * country changes it no more, it reports progress; the secretariat may still change it for the country.
 */
async function refuseUnreviewedChange(scope: EventScope & { isOnBehalf: boolean }, commitment: repo.CommitmentRow) {
  if (scope.isOnBehalf || (commitment.reviewState !== 'published' && commitment.reviewState !== 'submitted')) return;
  const { settings } = await resolveSettings(scope.tx, scope.event);
  if (settings.isReviewRequired)
    throw new AppError(
      'commitment.published',
      `The commitment is ${commitment.reviewState}: the secretariat changes it.`,
    );
}

/** The country (or the secretariat for it) changes a commitment; deliverables kept by id keep their progress. */
export function editCommitment(
  request: TrackerRequest & { delegationId: string; commitmentId: string; input: CommitmentInput },
) {
  const { input } = request;
  return delegationWrite(request, COMMITMENT_POLICY.edit, async (scope) => {
    const commitment = scope.commitment as repo.CommitmentRow;
    await refuseUnreviewedChange(scope, commitment);
    await checkAgainstText(scope, input);
    const own = new Set((await repo.listDeliverables(scope.tx, scope.event.id, [commitment.id])).map((d) => d.id));
    const stray = input.deliverables.findIndex((d) => d.id !== undefined && !own.has(d.id));
    if (stray >= 0)
      throw invalidField(`deliverables.${stray}.id`, 'field.invalid', 'not a deliverable of this commitment');
    await repo.updateCommitment(scope.tx, commitment.id, commitmentValues(input));
    await repo.replaceDeliverables(scope.tx, commitment.id, input.deliverables);
    await scope.audit({
      action: 'commitment.edited',
      entityType: 'commitment',
      entityId: commitment.id,
      summary: { isOnBehalf: scope.isOnBehalf, reviewState: commitment.reviewState },
    });
    return { id: commitment.id };
  });
}

/** The country submits a draft (or a returned one) for review; without review it is public at once. */
export function submitCommitment(request: TrackerRequest & { delegationId: string; commitmentId: string }) {
  return delegationWrite(request, COMMITMENT_POLICY.edit, async (scope) => {
    const commitment = scope.commitment as repo.CommitmentRow;
    if (commitment.reviewState !== 'draft' && commitment.reviewState !== 'returned')
      throw new AppError('commitment.wrong_state', `The commitment is ${commitment.reviewState}.`);
    const { settings } = await resolveSettings(scope.tx, scope.event);
    const values = settings.isReviewRequired
      ? { reviewState: 'submitted' as const }
      : { reviewState: 'published' as const, publishedAt: new Date() };
    await repo.updateCommitment(scope.tx, commitment.id, values);
    await scope.audit({
      action: 'commitment.submitted',
      entityType: 'commitment',
      entityId: commitment.id,
      summary: values,
    });
    return { reviewState: values.reviewState };
  });
}

/** The secretariat publishes a submitted commitment, or returns it with comments (`at`: for the demo and imports). */
export function reviewCommitment(request: TrackerRequest & { commitmentId: string; input: ReviewInput; at?: Date }) {
  const { input } = request;
  return trackerOperation({ ...request, may: COMMITMENT_POLICY.review }, async (scope) => {
    const commitment = await repo.findCommitment(scope.tx, scope.event.id, request.commitmentId, true);
    if (!commitment) throw notFound('commitment');
    if (commitment.reviewState !== 'submitted')
      throw new AppError('commitment.wrong_state', `The commitment is ${commitment.reviewState}.`);
    const isPublished = input.decision === 'publish';
    const reviewState: ReviewState = isPublished ? 'published' : 'returned';
    await repo.updateCommitment(scope.tx, commitment.id, {
      reviewState,
      reviewChecks: input.checks,
      reviewComments: input.comments,
      publishedAt: isPublished ? (request.at ?? new Date()) : null,
    });
    await scope.audit({
      action: isPublished ? 'commitment.published' : 'commitment.returned',
      entityType: 'commitment',
      entityId: commitment.id,
      summary: { checks: input.checks },
    });
    return { reviewState };
  });
}

/** A progress report on a published commitment; every deliverable named with its percent (`at`: for the demo and imports). */
export function submitReport(
  request: TrackerRequest & { delegationId: string; commitmentId: string; input: ReportInput; at?: Date },
) {
  const { input } = request;
  return delegationWrite(request, COMMITMENT_POLICY.report, async (scope) => {
    const commitment = scope.commitment as repo.CommitmentRow;
    if (commitment.reviewState !== 'published')
      throw new AppError('commitment.not_published', 'The commitment is not published yet.');
    const deliverables = await repo.listDeliverables(scope.tx, scope.event.id, [commitment.id]);
    const ids = new Set(deliverables.map((d) => d.id));
    const stray = Object.keys(input.progress).find((id) => !ids.has(id));
    if (stray) throw invalidField(`progress.${stray}`, 'field.invalid', 'not a deliverable of this commitment');
    const missing = deliverables.find((d) => input.progress[d.id] === undefined);
    if (missing)
      throw invalidField(`progress.${missing.id}`, 'field.required', 'give the progress of every deliverable');
    const report = await repo.insertReport(scope.tx, {
      commitmentId: commitment.id,
      status: input.status,
      progress: input.progress,
      narrative: input.narrative,
      evidence: input.evidence,
      isOnBehalf: scope.isOnBehalf,
      submittedBy: scope.actor.accountId,
      ...(request.at ? { submittedAt: request.at } : {}),
    });
    // A new report that is no longer "completed" withdraws an earlier confirmation.
    if (commitment.completionConfirmedAt && input.status !== 'completed')
      await repo.updateCommitment(scope.tx, commitment.id, { completionConfirmedAt: null });
    await scope.audit({
      action: 'commitment.reported',
      entityType: 'commitment_report',
      entityId: report.id,
      summary: { commitmentId: commitment.id, status: input.status, isOnBehalf: scope.isOnBehalf },
    });
    return { id: report.id };
  });
}

/** The secretariat confirms a completion the country reported: only then does it count as completed. */
export function confirmCompletion(request: TrackerRequest & { commitmentId: string; at?: Date }) {
  return trackerOperation({ ...request, may: COMMITMENT_POLICY.confirmCompletion }, async (scope) => {
    const commitment = await repo.findCommitment(scope.tx, scope.event.id, request.commitmentId, true);
    if (!commitment) throw notFound('commitment');
    const last = (await repo.listReports(scope.tx, scope.event.id, [commitment.id])).at(-1);
    if (last?.status !== 'completed')
      throw new AppError('commitment.not_completed', 'The last report is not completed.');
    const row = await repo.updateCommitment(scope.tx, commitment.id, {
      completionConfirmedAt: request.at ?? new Date(),
    });
    await scope.audit({ action: 'commitment.completion_confirmed', entityType: 'commitment', entityId: commitment.id });
    return { completionConfirmedAt: row.completionConfirmedAt?.toISOString() ?? null };
  });
}

/** The secretariat weighs a commitment among its focus area's (when organizers weigh them). */
export function weighCommitment(request: TrackerRequest & { commitmentId: string; weight: number }) {
  return trackerOperation({ ...request, may: COMMITMENT_POLICY.weigh }, async (scope) => {
    const commitment = await repo.findCommitment(scope.tx, scope.event.id, request.commitmentId, true);
    if (!commitment) throw notFound('commitment');
    await repo.updateCommitment(scope.tx, commitment.id, { weight: request.weight });
    await scope.audit({
      action: 'commitment.weighed',
      entityType: 'commitment',
      entityId: commitment.id,
      summary: { from: commitment.weight, to: request.weight },
    });
    return { weight: request.weight };
  });
}

/** The organizers' choices: the period, where it starts, the reminders, the weighting, the review. */
export function updateSettings(request: TrackerRequest & { input: TrackerSettings }) {
  const { input } = request;
  return eventOperation({ ...request, may: COMMITMENT_POLICY.updateSettings }, async (scope) => {
    const reportingFrom = input.reportingFrom ? new Date(input.reportingFrom) : null;
    const row = await repo.touchTracker(scope.tx, scope.event.id, { values: { ...input, reportingFrom } });
    await scope.audit({
      action: 'commitments.settings_updated',
      entityType: 'event',
      entityId: scope.event.id,
      summary: input,
    });
    return (await resolveSettings(scope.tx, scope.event, row)).settings;
  });
}
