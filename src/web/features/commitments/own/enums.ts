import type {
  CommitmentType,
  Priority,
  ReportStatus,
  ReviewCheck,
  ReviewState,
} from '../../../../shared/commitments.js';

// Each list once, in the order the page offers it: a record, so that the compiler says when the
// server's list grows. Not taken from src/shared/commitments.ts, which would bring zod into the bundle.

const keysOf = <T extends string>(order: Record<T, number>) =>
  (Object.keys(order) as T[]).sort((a, b) => order[a] - order[b]);

export const COMMITMENT_TYPES = keysOf<CommitmentType>({
  policy: 1,
  programme: 2,
  capacity_building: 3,
  partnership: 4,
  funding: 5,
  other: 6,
});

export const PRIORITIES = keysOf<Priority>({ high: 1, medium: 2, low: 3 });

export const REPORT_STATUSES = keysOf<ReportStatus>({
  not_started: 1,
  on_track: 2,
  delayed: 3,
  completed: 4,
  discontinued: 5,
});

export const REVIEW_CHECKS = keysOf<ReviewCheck>({ specific: 1, measurable: 2, dated: 3, has_lead: 4 });

/**
 * The states a country may still change and send for review. A submitted or published one is
 * the secretariat's to change (the server refuses the country under review, `commitment.published`):
 * the page offers the report instead.
 */
export const EDITABLE: Record<ReviewState, boolean> = {
  draft: true,
  submitted: false,
  returned: true,
  published: false,
};

export const isReportStatus = (value: string): value is ReportStatus => (REPORT_STATUSES as string[]).includes(value);
