import { createHash } from 'node:crypto';
import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canonicalJson } from '../audit/audit.js';
import type { Db, Queryable } from '../db/db.js';
import { AppError } from '../errors.js';
import { idempotencyKeys } from './idempotency.tables.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long an answer is kept for a resend. */
export const KEPT_MS = 24 * 60 * 60 * 1000;

/** The header as creating routes declare it (OpenAPI lists it; a bad key is a 400 naming it). */
export const idempotencyHeaders = z.object({
  [IDEMPOTENCY_HEADER]: z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/, 'must be 1 to 255 visible ASCII characters')
    .optional()
    .describe(
      'A fresh random value (a UUID) per thing to create, sent again on every resend of it: a resend ' +
        'with the same key and body within a day gets the first answer again instead of a second record.',
    ),
});

/** A creating request's key: its answer is recorded in the transaction of its write. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  requestHash: string;
  status: number;
}

export interface RecordedAnswer {
  claim: IdempotencyClaim;
  response: unknown;
  entityId: string | null;
}

/** Call inside the write's transaction, with exactly what the route then answers. */
export async function recordAnswers(tx: Queryable, answers: RecordedAnswer[]): Promise<void> {
  if (answers.length === 0) return;
  await tx.insert(idempotencyKeys).values(
    answers.map(({ claim, response, entityId }) => ({
      scope: claim.scope,
      key: claim.key,
      requestHash: claim.requestHash,
      status: claim.status,
      response,
      entityId,
    })),
  );
}

export const recordAnswer = (tx: Queryable, claim: IdempotencyClaim | null, response: unknown, entityId: string) =>
  claim ? recordAnswers(tx, [{ claim, response, entityId }]) : Promise.resolve();

function claimOf(request: FastifyRequest, status: number): IdempotencyClaim | null {
  const key = (request.headers as Record<string, string | undefined>)[IDEMPOTENCY_HEADER];
  if (!key) return null;
  // The address itself, not the route's pattern: one event's registrations are not another's.
  const route = `${request.method} ${request.url.split('?')[0]}`;
  return {
    scope: `${route} ${request.actor.accountId ?? 'anonymous'}`,
    key,
    requestHash: createHash('sha256')
      // Keys sorted: the same body hashes the same whatever its key order.
      .update(canonicalJson({ params: request.params, body: request.body ?? null }))
      .digest('hex'),
    status,
  };
}

async function findAnswer(db: Db, claim: IdempotencyClaim) {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.scope, claim.scope),
        eq(idempotencyKeys.key, claim.key),
        gt(idempotencyKeys.createdAt, new Date(Date.now() - KEPT_MS)),
      ),
    );
  if (!row) return null;
  if (row.requestHash !== claim.requestHash) {
    throw new AppError(
      'idempotency.key_reused',
      'This Idempotency-Key came with another request; use a new key for a new request.',
      [{ field: 'Idempotency-Key', code: 'field.taken', message: 'was used for another request' }],
    );
  }
  return row;
}

/**
 * Answers a creating request once per Idempotency-Key: a resend with the same key and body
 * gets the recorded answer and nothing runs again; the same key with another body is 422.
 * `run` receives the claim to record inside its transaction (null without a key). A resend
 * that raced its first try (both under way at once) fails its write on the recorded key or on
 * the record itself, and is then answered with what the first try recorded.
 */
export async function answerOnce<T>(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  run: (claim: IdempotencyClaim | null) => Promise<T>,
) {
  const claim = claimOf(request, status);
  if (!claim) return reply.status(status).send(await run(null));
  const replay = async () => {
    const found = await findAnswer(db, claim);
    return found && reply.status(found.status).header('idempotent-replayed', 'true').send(found.response);
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return reply.status(status).send(await run(claim));
  } catch (error) {
    const recorded = await replay().catch(() => null);
    if (recorded) return recorded;
    throw error;
  }
}

/** Answers older than a day: gone. */
export async function forgetOldAnswers(db: Queryable): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(Date.now() - KEPT_MS)));
}

/** The answers that named erased records: an erasure leaves no trace of them here. */
export async function forgetAnswersFor(tx: Queryable, entityIds: string[]): Promise<void> {
  if (entityIds.length > 0) await tx.delete(idempotencyKeys).where(inArray(idempotencyKeys.entityId, entityIds));
}

/** `serve`'s hourly sweep of the answers older than a day (lookups ignore them already). */
export function startForgettingOldAnswers(db: Db, log: { warn(details: object, message: string): void }) {
  const sweep = () => forgetOldAnswers(db).catch((err: unknown) => log.warn({ err }, 'old idempotency keys not swept'));
  void sweep();
  const timer = setInterval(sweep, 60 * 60 * 1000);
  timer.unref();
  return async () => clearInterval(timer);
}
