import type { AdoptionBoard, OutcomeStage, SILENCE_MIN_HOURS } from '../../../../shared/outcome.js';

// The board's figures and the opening form's checks, worked out once for the page.

export type BoardDelegation = AdoptionBoard['delegations'][number];

/**
 * The silence procedure's shortest deadline, as the server checks it (src/shared/outcome.ts,
 * SILENCE_MIN_HOURS). Typed by the shared constant's literal type, so that the compiler refuses this
 * copy when the two differ; the shared file itself (and its zod) stays out of the browser bundle.
 */
export const SILENCE_HOURS: typeof SILENCE_MIN_HOURS = 72;
const HOUR = 3_600_000;

export interface Counts {
  joined: number;
  withReservation: number;
  brokeSilence: number;
  waiting: number;
  total: number;
}

export function countAnswers(delegations: readonly BoardDelegation[]): Counts {
  const count = (test: (d: BoardDelegation) => boolean) => delegations.filter(test).length;
  return {
    joined: count((d) => d.choice === 'join' || d.choice === 'join_with_reservation'),
    withReservation: count((d) => d.choice === 'join_with_reservation'),
    brokeSilence: count((d) => d.choice === 'break_silence'),
    waiting: count((d) => d.choice === null),
    total: delegations.length,
  };
}

/** The delegations that have not answered: by consensus, those the chair still waits for. */
export const notAnswered = (delegations: readonly BoardDelegation[]) => delegations.filter((d) => d.choice === null);

/** Where the chair may open the adoption: the server's rule in adoption.service.ts (openAdoption). */
export const canOpen = (stage: OutcomeStage) => stage === 'negotiation';

/** Where the chair may declare the text adopted by consensus (by silence, the deadline does it). */
export const canDeclare = (stage: OutcomeStage, board: AdoptionBoard) =>
  stage === 'adoption' && board.method === 'consensus';

/** The earliest deadline a silence procedure may have, counted from `now`. */
export const earliestSilenceDeadline = (now: number) => new Date(now + SILENCE_HOURS * HOUR);

/** What is wrong with a deadline before it is sent: a message key, or null when it will do. */
export function deadlineProblem(method: string, deadline: string | null, now: number): string | null {
  if (!deadline) return 'outcomeAdoption.open.deadlineRequired';
  const at = Date.parse(deadline);
  if (Number.isNaN(at)) return 'outcomeAdoption.open.deadlineRequired';
  if (at <= now) return 'outcomeAdoption.open.deadlinePast';
  if (method === 'silence' && at <= earliestSilenceDeadline(now).getTime())
    return 'outcomeAdoption.open.deadlineTooSoon';
  return null;
}
