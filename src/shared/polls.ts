import { z } from 'zod';
import { localizedText } from './text.js';

export const POLL_KINDS = ['single', 'multiple'] as const;
export type PollKind = (typeof POLL_KINDS)[number];
export const POLL_STATUSES = ['draft', 'open', 'closed'] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];
/** Whether voters see the results while the poll is open, or only once it is closed. */
export const POLL_RESULTS = ['live', 'after_close'] as const;
export type PollResults = (typeof POLL_RESULTS)[number];

export const POLL_OPTIONS_MAX = 12;

export const pollInputSchema = z.strictObject({
  question: localizedText(300),
  kind: z.enum(POLL_KINDS),
  options: z
    .array(z.strictObject({ text: localizedText(200) }))
    .min(2)
    .max(POLL_OPTIONS_MAX),
  results: z.enum(POLL_RESULTS).default('live'),
});
export type PollInput = z.infer<typeof pollInputSchema>;

export const pollVoteSchema = z.strictObject({
  /** One option for a single-choice poll, one or more for a multiple-choice one. */
  optionIds: z.array(z.uuid()).min(1).max(POLL_OPTIONS_MAX),
});

export const pollResultsSchema = z.object({
  /** Option id -> how many chose it. */
  counts: z.record(z.string(), z.number().int()),
  /** How many voted (in a multiple-choice poll, fewer than the choices). */
  voters: z.number().int(),
});
export type PollResultsView = z.infer<typeof pollResultsSchema>;

export const pollViewSchema = z.object({
  id: z.uuid(),
  question: z.record(z.string(), z.string()),
  kind: z.enum(POLL_KINDS),
  options: z.array(z.object({ id: z.uuid(), text: z.record(z.string(), z.string()) })),
  status: z.enum(POLL_STATUSES),
  results: z.enum(POLL_RESULTS),
  /** Null where the caller may not see them yet (voting, with results after closing). */
  tally: pollResultsSchema.nullable(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type PollView = z.infer<typeof pollViewSchema>;

/** A poll's results message on the live stream (coalesced, like the questions' votes). */
export const pollTallyMessageSchema = pollResultsSchema.extend({ pollId: z.uuid() });
