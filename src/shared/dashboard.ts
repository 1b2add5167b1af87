import { z } from 'zod';

/** The dated deadlines an event may have, each from the module that owns it. */
export const DEADLINE_KINDS = [
  'registration_opens',
  'registration_closes',
  'statements',
  'amendments',
  'adoption',
  'commitment_reports',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The organizer's landing page: what waits for the staff today, each figure where they act on it. */
export const eventDashboardSchema = z.object({
  timeZone: z.string(),
  /** Registrations awaiting accreditation (the review queue). */
  pendingAccreditations: z.number().int(),
  /** Registrations made today, the day as the event's time zone counts it. */
  registrationsToday: z.number().int(),
  /** In-person places at the venue, taken by confirmed registrants. */
  places: z.object({ total: z.number().int(), taken: z.number().int(), left: z.number().int() }),
  /** Confirmed in-person registrants checked in so far, of all of them. */
  checkIns: z.object({ checkedIn: z.number().int(), expected: z.number().int() }),
  /** The deadlines still ahead, soonest first. */
  deadlines: z.array(z.object({ kind: z.enum(DEADLINE_KINDS), at: z.string() })),
  /** The event's mails whose delivery failed (retrying or given up). */
  mailsFailing: z.number().int(),
  /** The published sessions live now. */
  liveNow: z.array(z.object({ id: z.uuid(), title: z.record(z.string(), z.string()) })),
});
export type EventDashboard = z.infer<typeof eventDashboardSchema>;

/** What a delegation has to do, across the modules: the statement, the plenary, the outcome, the commitments. */
export const DELEGATION_TASK_KINDS = [
  'choose_theme',
  'send_statement',
  'speaking_slot',
  'propose_amendments',
  'take_positions',
  'answer_adoption',
  'report_commitments',
] as const;
export type DelegationTaskKind = (typeof DELEGATION_TASK_KINDS)[number];

export const delegationTasksSchema = z.object({
  timeZone: z.string(),
  tasks: z.array(
    z.object({
      kind: z.enum(DELEGATION_TASK_KINDS),
      isDone: z.boolean(),
      /** When it is due, if it has a deadline. */
      dueAt: z.string().nullable(),
      /** How many: the speaking position, amendments awaiting a position, commitments whose report is due. */
      count: z.number().int().nullable(),
    }),
  ),
});
export type DelegationTasks = z.infer<typeof delegationTasksSchema>;
