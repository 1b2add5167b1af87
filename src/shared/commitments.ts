import { z } from 'zod';
import { countrySchema } from './registration.js';
import { localizedText, textSchema } from './text.js';

// The implementation tracker: countries' voluntary commitments under the adopted text's focus
// areas, and their periodic progress reports.

export const COMMITMENT_TYPES = [
  'policy',
  'programme',
  'capacity_building',
  'partnership',
  'funding',
  'other',
] as const;
export type CommitmentType = (typeof COMMITMENT_TYPES)[number];
/** The country's own priority, not the secretariat's. */
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const REPORT_STATUSES = ['not_started', 'on_track', 'delayed', 'completed', 'discontinued'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
/**
 * draft (the country's, unseen) -> submitted (to the secretariat) -> published (public), or
 * returned (to the country, with comments) -> submitted again.
 */
export const REVIEW_STATES = ['draft', 'submitted', 'returned', 'published'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
/** What the secretariat checks before a commitment is public. */
export const REVIEW_CHECKS = ['specific', 'measurable', 'dated', 'has_lead'] as const;
export type ReviewCheck = (typeof REVIEW_CHECKS)[number];
/** How a focus area's commitments are weighed in its progress. */
export const ROLLUP_WEIGHTINGS = ['equal', 'custom'] as const;
export type RollupWeighting = (typeof ROLLUP_WEIGHTINGS)[number];
/** Where a commitment stands in the tracker, from its reports and the clock. */
export const TRACKER_STATUSES = [
  ...REPORT_STATUSES,
  /** The country reported it completed; the secretariat has not confirmed it yet. */
  'completion_pending',
  /** Two periods in a row without a report. */
  'inactive',
  'awaiting_first_report',
] as const;
export type TrackerStatus = (typeof TRACKER_STATUSES)[number];

const dateSchema = z.iso.date();
const line = (max: number) => textSchema(max, { min: 1, isTrimmed: true });
const optionalText = (max: number) => textSchema(max, { isTrimmed: true }).nullable().default(null);

export const deliverableInputSchema = z.strictObject({
  /** An existing deliverable keeps its id, so its reported progress stays with it. */
  id: z.uuid().optional(),
  title: localizedText(300),
  dueOn: dateSchema,
  /** Its share of the commitment's progress, against the other deliverables' weights. */
  weight: z.number().int().min(1).max(100),
});

export const commitmentInputSchema = z
  .strictObject({
    focusAreaId: z.uuid(),
    /** The adopted text's paragraphs it implements, if it names any. */
    paragraphIds: z.array(z.uuid()).max(50).default([]),
    title: localizedText(300),
    description: localizedText(5000),
    type: z.enum(COMMITMENT_TYPES),
    priority: z.enum(PRIORITIES),
    startsOn: dateSchema,
    endsOn: dateSchema.nullable().default(null),
    partnerCountries: z.array(countrySchema).max(100).default([]),
    partnerOrganisations: z.array(line(200)).max(50).default([]),
    /** The office that leads it: never a private person's data. */
    lead: line(300),
    baseline: optionalText(2000),
    target: optionalText(2000),
    /** Whether the work began before the conference, so old work is not counted as new. */
    beganBefore: z.boolean(),
    deliverables: z.array(deliverableInputSchema).min(1).max(30),
  })
  .refine((c) => c.endsOn === null || c.endsOn >= c.startsOn, {
    message: 'the end comes after the start',
    path: ['endsOn'],
  });
export type CommitmentInput = z.infer<typeof commitmentInputSchema>;

export const reportInputSchema = z.strictObject({
  status: z.enum(REPORT_STATUSES),
  /** Deliverable id -> percent done. Every deliverable of the commitment is named. */
  progress: z.record(z.uuid(), z.number().int().min(0).max(100)),
  narrative: localizedText(5000),
  evidence: z
    .array(z.url({ protocol: /^https?$/ }).max(2000))
    .max(20)
    .default([]),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

export const reviewInputSchema = z
  .strictObject({
    decision: z.enum(['publish', 'return']),
    checks: z.array(z.enum(REVIEW_CHECKS)).max(REVIEW_CHECKS.length),
    comments: optionalText(2000),
  })
  .refine((r) => r.decision === 'publish' || r.comments !== null, {
    message: 'say what to change',
    path: ['comments'],
  });
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const trackerSettingsSchema = z.strictObject({
  /** Months between reports, counted from `reportingFrom`. */
  periodMonths: z.number().int().min(1).max(24),
  /** Where the periods start; null: from the adoption of the text. */
  reportingFrom: z.iso.datetime({ offset: true }).nullable(),
  /** Days before a report is due that the reminder goes out. */
  remindDaysBefore: z.number().int().min(1).max(60),
  weighting: z.enum(ROLLUP_WEIGHTINGS),
  /** Whether the secretariat reviews a commitment before it is public. */
  isReviewRequired: z.boolean(),
});
export type TrackerSettings = z.infer<typeof trackerSettingsSchema>;

/** Custom weighting: a commitment's weight among its focus area's. */
export const commitmentWeightSchema = z.strictObject({ weight: z.number().int().min(1).max(100) });
