import type { CommitmentDetail, CommitmentSummary, ReportView } from '../../../shared/commitmentViews.js';
import { periodAt, progressOf } from '../../../shared/tracker.js';
import type * as repo from './commitments.repo.js';
import type { Computed } from './tracker/tracker.figures.js';
import type { Snapshot } from './tracker/tracker.snapshot.js';

const iso = (at: Date | null) => at?.toISOString() ?? null;

export function presentSummary({ entry, standing, progress }: Computed): CommitmentSummary {
  const { row, delegation } = entry;
  return {
    id: row.id,
    delegationId: row.delegationId,
    country: delegation.country,
    delegationName: delegation.name,
    focusAreaId: row.focusAreaId,
    title: row.title,
    type: row.type,
    priority: row.priority,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    beganBefore: row.beganBefore,
    reviewState: row.reviewState,
    progress,
    weight: row.weight,
    standing,
    registeredAt: row.registeredAt.toISOString(),
  };
}

export function presentReport(
  snapshot: Snapshot,
  deliverables: readonly repo.DeliverableRow[],
  report: repo.ReportRow,
): ReportView {
  return {
    id: report.id,
    commitmentId: report.commitmentId,
    status: report.status,
    progress: report.progress,
    overall: progressOf(deliverables, report.progress),
    narrative: report.narrative,
    evidence: report.evidence,
    isOnBehalf: report.isOnBehalf,
    period: snapshot.reporting ? periodAt(snapshot.reporting, report.submittedAt) : 0,
    submittedAt: report.submittedAt.toISOString(),
  };
}

/** The whole commitment; its review (checks and comments) only for the country and the secretariat. */
export function presentDetail(snapshot: Snapshot, computed: Computed, isReviewShown: boolean): CommitmentDetail {
  const { row, deliverables, reports } = computed.entry;
  return {
    ...presentSummary(computed),
    paragraphIds: row.paragraphIds,
    description: row.description,
    partnerCountries: row.partnerCountries,
    partnerOrganisations: row.partnerOrganisations,
    lead: row.lead,
    baseline: row.baseline,
    target: row.target,
    isOnBehalf: row.isOnBehalf,
    publishedAt: iso(row.publishedAt),
    completionConfirmedAt: iso(row.completionConfirmedAt),
    review: isReviewShown ? { checks: row.reviewChecks, comments: row.reviewComments } : null,
    deliverables: deliverables.map((d) => ({ id: d.id, title: d.title, dueOn: d.dueOn, weight: d.weight })),
    reports: reports.map((r) => presentReport(snapshot, deliverables, r)),
  };
}
