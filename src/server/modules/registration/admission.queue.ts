import type { Db } from '../../core/db/db.js';
import { isDatabaseUnavailable } from '../../core/db/faults.js';
import { type IdempotencyClaim, recordAnswers } from '../../core/idempotency/idempotency.js';
import { type AdmissionBy, admitRegistrations, duplicateEmail, isUniqueViolation } from './admission.js';
import type { PlacementContext } from './placement.js';
import * as repo from './registration.repo.js';

interface Waiting {
  person: AdmissionBy;
  /** The request's Idempotency-Key: its answer commits with the row. */
  claim: IdempotencyClaim | null;
  resolve: (row: repo.AdmittedRow) => void;
  reject: (error: unknown) => void;
}

interface EventQueue {
  ctx: PlacementContext;
  waiting: Waiting[];
  isDraining: boolean;
}

/** Enough to make the opening rush cheap, few enough to keep one transaction short. */
const MAX_BATCH = 100;
const queues = new WeakMap<Db, Map<string, EventQueue>>();

/**
 * Group commit for public registrations: people who register for one event at the same
 * moment are admitted together, in one transaction of a few statements, instead of one
 * transaction each. A lone registration goes at once (the next turn of the event loop);
 * under a rush, those that arrive while a batch commits form the next one. Each caller
 * still gets its own answer: its row, or its own error; a batch never fails for a neighbour.
 */
export function admitSoon(
  db: Db,
  ctx: PlacementContext,
  person: AdmissionBy,
  claim: IdempotencyClaim | null = null,
): Promise<repo.AdmittedRow> {
  let byEvent = queues.get(db);
  if (!byEvent) {
    byEvent = new Map();
    queues.set(db, byEvent);
  }
  let queue = byEvent.get(ctx.event.id);
  if (!queue) {
    queue = { ctx, waiting: [], isDraining: false };
    byEvent.set(ctx.event.id, queue);
  }
  // The newest form read wins: a batch admits under the rules most recently seen.
  queue.ctx = ctx;
  const current = queue;
  return new Promise((resolve, reject) => {
    current.waiting.push({ person, claim, resolve, reject });
    if (!current.isDraining) {
      current.isDraining = true;
      setImmediate(() => void drain(db, current, byEvent));
    }
  });
}

async function drain(db: Db, queue: EventQueue, byEvent: Map<string, EventQueue>) {
  try {
    while (queue.waiting.length > 0) await admitBatch(db, queue.ctx, queue.waiting.splice(0, MAX_BATCH));
  } finally {
    queue.isDraining = false;
    if (queue.waiting.length === 0) byEvent.delete(queue.ctx.event.id);
    else setImmediate(() => void drain(db, queue, byEvent));
  }
}

async function admitBatch(db: Db, ctx: PlacementContext, batch: Waiting[]): Promise<void> {
  // The same address twice in one batch: the first one wins, as it would one by one; a resend of
  // the first (the same Idempotency-Key and body) gets the first one's answer.
  const firstByEmail = new Map<string, Waiting>();
  const fresh = batch.filter((w) => {
    const first = firstByEmail.get(w.person.email);
    if (!first) return firstByEmail.set(w.person.email, w);
    if (isResendOf(first, w)) follow(first, w);
    else w.reject(duplicateEmail());
    return false;
  });
  const seen = new Set(firstByEmail.keys());
  try {
    const { admitted, taken } = await db.transaction(async (tx) => {
      const known = new Set(await repo.findEmails(tx, ctx.event.id, [...seen]));
      const newcomers = fresh.filter((w) => !known.has(w.person.email));
      const rows = await admitRegistrations(
        tx,
        ctx,
        newcomers.map((w) => w.person),
        { source: 'form' },
      );
      await recordAnswers(
        tx,
        newcomers.flatMap((w, i) => {
          const row = rows[i];
          return w.claim && row ? [{ claim: w.claim, response: answerOf(row), entityId: row.id }] : [];
        }),
      );
      return {
        admitted: newcomers.map((w, i) => [w, rows[i]] as const),
        taken: fresh.filter((w) => known.has(w.person.email)),
      };
    });
    for (const [w, row] of admitted) if (row) w.resolve(row);
    for (const w of taken) w.reject(duplicateEmail());
  } catch (error) {
    // One member failed the whole batch (another node took an address between the check and the insert,
    // or the database refused one person's row): one by one, so each gets their own answer. Not when the
    // database is out of reach: each would only wait for its own timeout in turn, and fail the same.
    if (fresh.length > 1 && !isDatabaseUnavailable(error)) {
      for (const w of fresh) await admitBatch(db, ctx, [w]);
      return;
    }
    for (const w of fresh) w.reject(isUniqueViolation(error) ? duplicateEmail() : error);
  }
}

/** What the public registration answers: the same in the recorded answer as in the reply. */
export const answerOf = (row: repo.AdmittedRow) => ({ id: row.id, status: row.status });

const isResendOf = (first: Waiting, w: Waiting) =>
  Boolean(first.claim && w.claim && first.claim.scope === w.claim.scope && first.claim.key === w.claim.key);

/** `w` gets whatever `first` gets (a key reused with another body is caught before the queue). */
function follow(first: Waiting, w: Waiting) {
  const { resolve, reject } = first;
  first.resolve = (row) => {
    resolve(row);
    w.resolve(row);
  };
  first.reject = (error) => {
    reject(error);
    w.reject(error);
  };
}
