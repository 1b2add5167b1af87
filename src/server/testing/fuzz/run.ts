import type { Readable } from 'node:stream';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { isProblemCode } from '../../../shared/problems.js';
import { describeOperation, type Operation } from './operations.js';
import { type FuzzRequest, requestsFor } from './requests.js';
import type { Pools } from './shaped.js';
import type { Caller } from './world.js';

export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** A broken promise: what was sent, by whom, and what came back. */
export interface Failure {
  route: string;
  caller: string;
  reason: string;
  request: FuzzRequest;
  answer: Answer;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends one request in-process; a stream (server-sent events) is closed once its headers are in. */
export async function send(app: FastifyInstance, caller: Caller, request: FuzzRequest): Promise<Answer> {
  const headers: Record<string, string> = { ...caller.headers };
  if (request.contentType !== null) headers['content-type'] = request.contentType;
  const response = await app.inject({
    method: request.method,
    url: request.url,
    headers,
    // A fresh address each time: the per-address limits are not what is tried here.
    remoteAddress: `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.1`,
    payloadAsStream: true,
    ...(request.payload !== null ? { payload: request.payload } : {}),
  });
  const contentType = String(response.headers['content-type'] ?? '');
  if (contentType.startsWith('text/event-stream')) {
    response.stream().destroy();
    response.raw.res.destroy();
    return { status: response.statusCode, contentType, body: '' };
  }
  return { status: response.statusCode, contentType, body: await readAll(response.stream()) };
}

/**
 * Why an answer breaks the promise (no 5xx; every 4xx a problem with a code of the map), or null. A
 * generated `..` can walk an export's address out of every route; outside /api a browser
 * then rightly gets the app's "not found" page.
 */
export function brokenPromise(answer: Answer, url: string): string | null {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.status < 400) return null;
  const path = new URL(url, 'http://fuzz.test').pathname;
  const isAppPage = answer.status === 404 && !path.startsWith('/api/') && answer.contentType.startsWith('text/html');
  if (isAppPage) return null;
  if (!answer.contentType.startsWith('application/problem+json')) {
    return `answered ${answer.status} as ${answer.contentType || 'no content type'}`;
  }
  try {
    const problem = JSON.parse(answer.body) as { code?: unknown };
    if (typeof problem.code !== 'string' || !problem.code) return `answered ${answer.status} without a code`;
    return isProblemCode(problem.code)
      ? null
      : `answered ${answer.status} with ${problem.code}, not in the problem map`;
  } catch {
    return `answered ${answer.status} with a body that is not JSON`;
  }
}

export interface RouteRun {
  app: FastifyInstance;
  operation: Operation;
  caller: Caller;
  pools: Pools;
  numRuns: number;
  seed: number;
}

/** Sends `numRuns` generated requests to one route; every broken promise is kept, none stops the run. */
export interface RouteResult {
  sent: number;
  /** How many answers of each status: how far the requests got (a 2xx reached the handler and passed). */
  statuses: Record<number, number>;
  failures: Failure[];
}

export async function fuzzRoute(run: RouteRun): Promise<RouteResult> {
  const failures: Failure[] = [];
  const statuses: Record<number, number> = {};
  let sent = 0;
  const route = describeOperation(run.operation);
  const property = fc.asyncProperty(requestsFor(run.operation, run.pools), async (request) => {
    const answer = await send(run.app, run.caller, request);
    sent++;
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    const reason = brokenPromise(answer, request.url);
    if (reason) failures.push({ route, caller: run.caller.name, reason, request, answer });
    return true;
  });
  await fc.check(property, { numRuns: run.numRuns, seed: run.seed });
  return { sent, statuses, failures };
}

/** The same seed gives the same requests; one number per route, so that a route added later changes no other's. */
export function routeSeed(seed: number, route: string): number {
  let hash = seed | 0;
  for (let i = 0; i < route.length; i++) hash = Math.imul(hash ^ route.charCodeAt(i), 0x01000193);
  return hash;
}

/** The route that ends the caller's session: it goes last, so that the others still run signed in. */
export const isSessionEnding = (operation: Operation) =>
  operation.method === 'POST' && operation.path === '/api/auth/sign-out';

const clip = (text: string, length = 300) =>
  text.length > length ? `${text.slice(0, length)}… (${text.length})` : text;

/** One line per kind of failure (route, caller, reason, code), with its first example, for the test's message. */
export function summarize(failures: Failure[]): string[] {
  const kinds = new Map<string, Failure & { count: number }>();
  for (const failure of failures) {
    let code = '';
    try {
      code = String((JSON.parse(failure.answer.body) as { code?: unknown }).code ?? '');
    } catch {}
    const key = `${failure.caller} ${failure.route}: ${failure.reason} ${code}`;
    const kind = kinds.get(key);
    if (kind) kind.count++;
    else kinds.set(key, { ...failure, count: 1 });
  }
  return [...kinds.entries()].map(
    ([key, kind]) =>
      `${key} (${kind.count}x), e.g. ${kind.request.method} ${clip(kind.request.url, 200)} ` +
      `[${kind.request.contentType ?? 'no body'}] ${clip(String(kind.request.payload ?? ''), 200)} -> ${clip(kind.answer.body, 200)}`,
  );
}
