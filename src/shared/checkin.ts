import { z } from 'zod';
import { REGISTRATION_STATUSES } from './registration.js';
import { nameSchema } from './text.js';

/** What staff type or scan; the server normalizes it (see checkInCode.ts) and names `code` when it cannot be one. */
export const checkInInputSchema = z.strictObject({ code: nameSchema(60) });
export type CheckInInput = z.infer<typeof checkInInputSchema>;

export const checkInPersonSchema = z.object({
  registrationId: z.uuid(),
  name: z.string(),
  organization: z.string(),
  /** ISO 3166-1 alpha-2; the browser names it in the reader's language. */
  country: z.string(),
  category: z.string(),
  /** The category's name from the event's form, in each language; the key when the form has none. */
  categoryName: z.record(z.string(), z.string()),
  status: z.enum(REGISTRATION_STATUSES),
});

export const checkInResultSchema = z.object({
  person: checkInPersonSchema,
  /** True when this badge was checked in before: staff should look twice. */
  isRepeat: z.boolean(),
  firstCheckedInAt: z.string(),
  checkedInAt: z.string(),
  checkedIn: z.number().int(),
  expected: z.number().int(),
});
export type CheckInResult = z.infer<typeof checkInResultSchema>;

export const checkInSummarySchema = z.object({
  /** Confirmed in-person registrants checked in at least once. */
  checkedIn: z.number().int(),
  /** Confirmed in-person registrants: the badges issued. */
  expected: z.number().int(),
});
export type CheckInSummary = z.infer<typeof checkInSummarySchema>;

/** The SSE event the check-in stream sends with each new count. */
export const CHECK_IN_COUNT_EVENT = 'count';
