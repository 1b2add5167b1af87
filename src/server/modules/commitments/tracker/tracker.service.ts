import type { CommitmentType, ReviewState, TrackerStatus } from '../../../../shared/commitments.js';
import type {
  CommitmentDetail,
  CommitmentList,
  TrackerDashboard,
  TrackerSettingsView,
  TrackerSummary,
} from '../../../../shared/commitmentViews.js';
import { COMMITMENT_POLICY } from '../../../../shared/policies.js';
import { periodStart } from '../../../../shared/tracker.js';
import { type Actor, ANONYMOUS } from '../../../core/auth/actor.js';
import type { Db } from '../../../core/db/db.js';
import { notFound } from '../../../core/errors.js';
import { findEventDelegation } from '../../delegations/voices.service.js';
import { eventRead } from '../../events/operation.service.js';
import * as repo from '../commitments.repo.js';
import { presentDetail, presentSummary } from '../commitments.view.js';
import { type Computed, figuresOf } from './tracker.figures.js';
import { groupBy, resolveSettings, snapshotOf } from './tracker.snapshot.js';

export interface ListFilters {
  focusAreaId?: string;
  country?: string;
  delegationId?: string;
  status?: TrackerStatus;
  type?: CommitmentType;
  isLate?: boolean;
  reviewState?: ReviewState;
  page: number;
  pageSize: number;
}

interface ReadRequest {
  db: Db;
  slug: string;
  now?: Date;
}

async function figures(
  request: ReadRequest & {
    actor?: Actor;
    may: (typeof COMMITMENT_POLICY)[keyof typeof COMMITMENT_POLICY];
    params?: Record<string, unknown>;
  },
) {
  const event = await eventRead({ ...request, actor: request.actor ?? ANONYMOUS });
  const snapshot = await snapshotOf(request.db, event);
  return { event, snapshot, figures: figuresOf(snapshot, request.now ?? new Date()) };
}

/** The public's figures: by focus area, by country, over time; reviewed commitments only. */
export async function readSummary(request: ReadRequest): Promise<TrackerSummary> {
  const { figures: f } = await figures({ ...request, may: COMMITMENT_POLICY.readPublic });
  return { asOf: (request.now ?? new Date()).toISOString(), ...f.summary };
}

const matches = (c: Computed, filters: ListFilters) =>
  (!filters.focusAreaId || c.entry.row.focusAreaId === filters.focusAreaId) &&
  (!filters.country || c.entry.delegation.country === filters.country) &&
  (!filters.delegationId || c.entry.row.delegationId === filters.delegationId) &&
  (!filters.status || c.standing.status === filters.status) &&
  (!filters.type || c.entry.row.type === filters.type) &&
  (filters.isLate === undefined || c.standing.isLate === filters.isLate) &&
  (!filters.reviewState || c.entry.row.reviewState === filters.reviewState);

function page(items: Computed[], filters: ListFilters): CommitmentList {
  const start = (filters.page - 1) * filters.pageSize;
  return {
    total: items.length,
    page: filters.page,
    pageSize: filters.pageSize,
    items: items.slice(start, start + filters.pageSize).map(presentSummary),
  };
}

/** The reviewed commitments, filtered, a page at a time. */
export async function listPublic(request: ReadRequest & { filters: ListFilters }): Promise<CommitmentList> {
  const { figures: f } = await figures({ ...request, may: COMMITMENT_POLICY.readPublic });
  const filters = { ...request.filters, reviewState: 'published' as const };
  return page(
    f.all.filter((c) => matches(c, filters)),
    filters,
  );
}

/** The secretariat's list: every commitment whatever its review, filtered. */
export async function listAll(request: ReadRequest & { actor: Actor; filters: ListFilters }): Promise<CommitmentList> {
  const { figures: f } = await figures({ ...request, may: COMMITMENT_POLICY.readAll });
  return page(
    f.all.filter((c) => matches(c, request.filters)),
    request.filters,
  );
}

/** A reviewed commitment, whole, for anyone. */
export async function readPublicCommitment(request: ReadRequest & { commitmentId: string }): Promise<CommitmentDetail> {
  const { snapshot, figures: f } = await figures({ ...request, may: COMMITMENT_POLICY.readPublic });
  const computed = f.byId.get(request.commitmentId);
  if (computed?.entry.row.reviewState !== 'published') throw notFound('commitment');
  return presentDetail(snapshot, computed, false);
}

/** A delegation's own commitments, drafts and returned ones too, with the secretariat's review. */
export async function listOwn(
  request: ReadRequest & { actor: Actor; delegationId: string },
): Promise<CommitmentDetail[]> {
  const {
    event,
    snapshot,
    figures: f,
  } = await figures({
    ...request,
    may: COMMITMENT_POLICY.readOwn,
    params: { id: request.delegationId },
  });
  await findEventDelegation(request.db, event.id, request.delegationId);
  return f.all
    .filter((c) => c.entry.row.delegationId === request.delegationId)
    .map((c) => presentDetail(snapshot, c, true));
}

/** One commitment as its country and the secretariat see it (review included). */
export async function readOwn(
  request: ReadRequest & { actor: Actor; delegationId: string; commitmentId: string },
): Promise<CommitmentDetail> {
  const { snapshot, figures: f } = await figures({
    ...request,
    may: COMMITMENT_POLICY.readOwn,
    params: { id: request.delegationId },
  });
  const computed = f.byId.get(request.commitmentId);
  if (computed?.entry.row.delegationId !== request.delegationId) throw notFound('commitment');
  return presentDetail(snapshot, computed, true);
}

export async function readSettings(request: ReadRequest & { actor: Actor }): Promise<TrackerSettingsView> {
  const event = await eventRead({ ...request, may: COMMITMENT_POLICY.readSettings });
  return (await resolveSettings(request.db, event)).settings;
}

/** The host's view of the period now running: per country, who reported, who is late, who is inactive. */
export async function readDashboard(request: ReadRequest & { actor: Actor }): Promise<TrackerDashboard> {
  const { event, snapshot, figures: f } = await figures({ ...request, may: COMMITMENT_POLICY.readDashboard });
  const period = f.period;
  // A report sent since the period now running began counts for it.
  const reporting = snapshot.reporting;
  const start = reporting ? periodStart(reporting, period) : null;
  const hasReported = (c: Computed) => start !== null && c.entry.reports.some((r) => r.submittedAt > start);
  // This period's: the reminder before its reports are due, and the one after the last period's were late.
  const reminders = (await repo.listReminders(request.db, event.id, [period - 1, period])).filter((r) =>
    r.kind === 'due' ? r.period === period : r.period === period - 1,
  );
  const byDelegation = groupBy(f.all, (c) => c.entry.row.delegationId);
  const countries = [...byDelegation.entries()].map(([delegationId, own]) => {
    const published = own.filter((c) => c.entry.row.reviewState === 'published');
    const asking = published.filter((c) => c.standing.nextPeriod !== null);
    return {
      delegationId,
      country: own[0]?.entry.delegation.country ?? null,
      name: own[0]?.entry.delegation.name ?? {},
      commitments: own.length,
      reported: asking.filter(hasReported).length,
      late: published.filter((c) => c.standing.isLate).length,
      inactive: published.filter((c) => c.standing.status === 'inactive').length,
      awaitingReview: own.filter((c) => c.entry.row.reviewState === 'submitted').length,
      reminded: reminders.filter((r) => r.delegationId === delegationId).map((r) => r.kind),
    };
  });
  return { currentPeriod: period, currentDue: f.summary.currentDue, countries };
}
