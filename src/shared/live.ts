import { z } from 'zod';
import { QUESTION_MAX_LENGTH } from './media.js';
import { pollViewSchema } from './polls.js';
import { textSchema } from './text.js';

// ---- A session's live channels ----

/**
 * Each live session has two append-only logs: what the public sees, and what its moderators
 * see (every question, with its author). An SSE message's `id:` is its sequence in its log.
 */
export const LIVE_CHANNELS = ['public', 'moderation'] as const;
export type LiveChannel = (typeof LIVE_CHANNELS)[number];

export { LIVE_EVENTS, QUESTION_MAX_LENGTH, QUESTIONS_PER_MINUTE } from './media.js';

export const QUESTION_STATUSES = ['pending', 'approved', 'rejected', 'answered'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** A moderator's override of the programme's clock: started early, running late, rehearsed, or ended. */
export const LIVE_OVERRIDES = ['live', 'ended'] as const;
export type LiveOverride = (typeof LIVE_OVERRIDES)[number];
export const LIVE_STATUSES = ['upcoming', 'live', 'ended'] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];

// ---- What callers send ----

export const askQuestionSchema = z.strictObject({
  text: textSchema(QUESTION_MAX_LENGTH, { min: 1, isTrimmed: true }),
  /** Hide the asker's name from the public (moderators still see it). */
  anonymous: z.boolean().default(false),
});
export type AskQuestionInput = z.infer<typeof askQuestionSchema>;

export const MODERATION_ACTIONS = ['approve', 'reject', 'answer', 'show', 'hide'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
export const moderationSchema = z.strictObject({ action: z.enum(MODERATION_ACTIONS) });

export const liveSettingsPatchSchema = z
  .strictObject({
    /** Questions wait for a moderator before the public sees them. */
    moderation: z.boolean(),
    questionsOpen: z.boolean(),
    /** Null: follow the programme's clock. */
    override: z.enum(LIVE_OVERRIDES).nullable(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'name at least one setting to change' });
export type LiveSettingsPatch = z.infer<typeof liveSettingsPatchSchema>;

// ---- What the server answers ----

export const questionViewSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  /** The asker's name; null to the public when they asked anonymously. */
  author: z.string().nullable(),
  anonymous: z.boolean(),
  status: z.enum(QUESTION_STATUSES),
  votes: z.number().int(),
  askedAt: z.string(),
  answeredAt: z.string().nullable(),
});
export type QuestionView = z.infer<typeof questionViewSchema>;

export const liveSettingsSchema = z.object({
  moderation: z.boolean(),
  questionsOpen: z.boolean(),
  override: z.enum(LIVE_OVERRIDES).nullable(),
  /** What the clock and the override make of it now. */
  status: z.enum(LIVE_STATUSES),
});
export type LiveSettings = z.infer<typeof liveSettingsSchema>;

export const askedQuestionSchema = z.object({ id: z.uuid(), status: z.enum(QUESTION_STATUSES) });

/** A session's live view for one caller: the public's, or a moderator's (`channel: 'moderation'`). */
export const liveSnapshotSchema = z.object({
  sessionId: z.uuid(),
  channel: z.enum(LIVE_CHANNELS),
  /** The sequence of the log this view is current to: a stream resumes after it. */
  seq: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  settings: liveSettingsSchema,
  /** Newest first; the public sees approved and answered ones, moderators all. */
  questions: z.array(questionViewSchema),
  onScreen: z.uuid().nullable(),
  /** The open poll, or else the one closed last. */
  poll: pollViewSchema.nullable(),
  /** The caller's choices in that poll. */
  pollVote: z.array(z.uuid()),
  /** The caller's own: their questions (pending ones included) and the questions they voted for. */
  mine: z.array(questionViewSchema),
  voted: z.array(z.uuid()),
  /** Whether the caller may ask (a registrant of the event while questions are open). */
  mayAsk: z.boolean(),
  /** Whether the caller may vote (a registrant of the event). */
  mayVote: z.boolean(),
  mayModerate: z.boolean(),
});
export type LiveSnapshot = z.infer<typeof liveSnapshotSchema>;

/** A resume's first message: the messages after `from` follow, up to `to`. */
export const resumedSchema = z.object({ recovered: z.literal(true), from: z.number().int(), to: z.number().int() });
export const screenMessageSchema = z.object({ questionId: z.uuid().nullable() });
export const removedMessageSchema = z.object({ id: z.uuid() });
/** Question id -> its votes now. */
export const votesMessageSchema = z.record(z.string(), z.number().int());

/** What is live in an event now, and what comes next: the programme's clock with the moderators' overrides. */
export const liveNowSchema = z.object({
  now: z.array(z.uuid()),
  /** The sessions that start next (at the same time), when nothing or something else is live. */
  next: z.array(z.uuid()),
});
export type LiveNow = z.infer<typeof liveNowSchema>;

/** Attendance: online from the live streams, in person from check-in, one person counted once however they came. */
export const attendanceSchema = z.object({
  sessions: z.array(
    z.object({
      sessionId: z.uuid(),
      /** Streams open now, over every node (anyone, signed in or not). */
      now: z.number().int(),
      peak: z.number().int(),
      /** Registrants who followed it online. */
      online: z.number().int(),
    }),
  ),
  event: z.object({
    online: z.number().int(),
    inPerson: z.number().int(),
    /** Checked in at the venue and followed online too. */
    both: z.number().int(),
    /** Registrants who attended at all, each once. */
    attended: z.number().int(),
  }),
});
export type Attendance = z.infer<typeof attendanceSchema>;
