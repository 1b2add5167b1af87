import { z } from 'zod';
import {
  COMMITMENT_TYPES,
  PRIORITIES,
  REPORT_STATUSES,
  REVIEW_CHECKS,
  REVIEW_STATES,
  ROLLUP_WEIGHTINGS,
  TRACKER_STATUSES,
} from './commitments.js';

// What the tracker's API answers.

const localized = z.record(z.string(), z.string());

export const standingSchema = z.object({
  status: z.enum(TRACKER_STATUSES),
  isLate: z.boolean(),
  nextPeriod: z.number().int().nullable(),
  nextDue: z.string().nullable(),
  missedPeriods: z.number().int(),
});
export type StandingView = z.infer<typeof standingSchema>;

export const deliverableViewSchema = z.object({
  id: z.uuid(),
  title: localized,
  dueOn: z.string(),
  weight: z.number().int(),
});

export const reportViewSchema = z.object({
  id: z.uuid(),
  commitmentId: z.uuid(),
  status: z.enum(REPORT_STATUSES),
  progress: z.record(z.string(), z.number()),
  /** The commitment's progress this report gives, in percent (the deliverables' weighted mean). */
  overall: z.number(),
  narrative: localized,
  evidence: z.array(z.string()),
  isOnBehalf: z.boolean(),
  /** The reporting period it was sent in. */
  period: z.number().int(),
  submittedAt: z.string(),
});
export type ReportView = z.infer<typeof reportViewSchema>;

/** A commitment as a list shows it. */
export const commitmentSummarySchema = z.object({
  id: z.uuid(),
  delegationId: z.uuid(),
  /** The delegation's country (ISO 3166-1 alpha-2), null for an organisation's delegation. */
  country: z.string().nullable(),
  delegationName: localized,
  focusAreaId: z.uuid(),
  title: localized,
  type: z.enum(COMMITMENT_TYPES),
  priority: z.enum(PRIORITIES),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  beganBefore: z.boolean(),
  reviewState: z.enum(REVIEW_STATES),
  progress: z.number(),
  /** Its weight among its focus area's (counted when organizers weigh commitments). */
  weight: z.number().int(),
  standing: standingSchema,
  registeredAt: z.string(),
});
export type CommitmentSummary = z.infer<typeof commitmentSummarySchema>;

/** One commitment whole, with its deliverables and reports. */
export const commitmentDetailSchema = commitmentSummarySchema.extend({
  paragraphIds: z.array(z.string()),
  description: localized,
  partnerCountries: z.array(z.string()),
  partnerOrganisations: z.array(z.string()),
  lead: z.string(),
  baseline: z.string().nullable(),
  target: z.string().nullable(),
  isOnBehalf: z.boolean(),
  publishedAt: z.string().nullable(),
  completionConfirmedAt: z.string().nullable(),
  /** The secretariat's review: shown to the country and the secretariat only (null to the public). */
  review: z.object({ checks: z.array(z.enum(REVIEW_CHECKS)), comments: z.string().nullable() }).nullable(),
  deliverables: z.array(deliverableViewSchema),
  reports: z.array(reportViewSchema),
});
export type CommitmentDetail = z.infer<typeof commitmentDetailSchema>;

export const commitmentListSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(commitmentSummarySchema),
});
export type CommitmentList = z.infer<typeof commitmentListSchema>;

const statusCounts = z.record(z.string(), z.number().int());

export const trackerSettingsViewSchema = z.object({
  periodMonths: z.number().int(),
  /** Where the periods start; null until the text is adopted. */
  reportingFrom: z.string().nullable(),
  isReportingFromAdoption: z.boolean(),
  remindDaysBefore: z.number().int(),
  weighting: z.enum(ROLLUP_WEIGHTINGS),
  isReviewRequired: z.boolean(),
});
export type TrackerSettingsView = z.infer<typeof trackerSettingsViewSchema>;

/**
 * A roll-up and how it is made: the weighted mean of the counted commitments' progress (each
 * weighing 1 unless organizers weigh them, `settings.weighting`), discontinued ones left out;
 * null with none counted.
 */
const rollUpFigure = {
  progress: z.number().nullable(),
  /** The commitments counted in it, and the sum of their weights. */
  counted: z.number().int(),
  weightTotal: z.number().int(),
};

/** The tracker's figures: by focus area, by country, and over time. */
export const trackerSummarySchema = z.object({
  asOf: z.string(),
  settings: trackerSettingsViewSchema,
  /** The period now running and when its reports are due. */
  currentPeriod: z.number().int(),
  currentDue: z.string().nullable(),
  /** Every published commitment; `progress` rolls them all up at once (over commitments, not over focus areas). */
  totals: z.object({
    commitments: z.number().int(),
    countries: z.number().int(),
    byStatus: statusCounts,
    ...rollUpFigure,
  }),
  areas: z.array(
    z.object({
      focusAreaId: z.uuid(),
      title: localized,
      count: z.number().int(),
      byStatus: statusCounts,
      /** The roll-up of its commitments. */
      ...rollUpFigure,
    }),
  ),
  countries: z.array(
    z.object({
      delegationId: z.uuid(),
      country: z.string().nullable(),
      name: localized,
      count: z.number().int(),
      byStatus: statusCounts,
      progress: z.number().nullable(),
    }),
  ),
  /** At each due date passed: each focus area's roll-up as the reports then stood. */
  timeline: z.array(
    z.object({
      period: z.number().int(),
      dueAt: z.string(),
      overall: z.number().nullable(),
      areas: z.record(z.string(), z.number().nullable()),
    }),
  ),
});
export type TrackerSummary = z.infer<typeof trackerSummarySchema>;

/** The host's view of this period: who reported, who is late, who is inactive. */
export const trackerDashboardSchema = z.object({
  currentPeriod: z.number().int(),
  currentDue: z.string().nullable(),
  countries: z.array(
    z.object({
      delegationId: z.uuid(),
      country: z.string().nullable(),
      name: localized,
      commitments: z.number().int(),
      reported: z.number().int(),
      late: z.number().int(),
      inactive: z.number().int(),
      awaitingReview: z.number().int(),
      /** The reminders already sent this period. */
      reminded: z.array(z.enum(['due', 'late'])),
    }),
  ),
});
export type TrackerDashboard = z.infer<typeof trackerDashboardSchema>;
