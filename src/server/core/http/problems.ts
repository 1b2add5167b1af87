import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { PROBLEM_CONTENT_TYPE, type Problem, type ProblemParams } from '../../../shared/problem.js';
import { PROBLEMS, type ProblemCode } from '../../../shared/problems.js';
import { causesOf, faultCode, isDatabaseUnavailable } from '../db/faults.js';
import { AppError, englishOf, type FieldError } from '../errors.js';
import { fieldCodeOfIssue } from './validationIssues.js';

/** What a 503 tells clients to wait: nodes reconnect by themselves within seconds. */
const RETRY_AFTER_SECONDS = 5;

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  408: 'Request timeout',
  409: 'Conflict',
  413: 'Content too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  431: 'Request header fields too large',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

const problemOf = (
  status: number,
  code: ProblemCode,
  detail: string,
  errors?: FieldError[],
  params?: ProblemParams,
): Problem => ({
  type: `https://pendopo.dev/problems/${code}`,
  title: TITLES[status] ?? 'Error',
  status,
  code,
  detail,
  ...(errors?.length ? { errors } : {}),
  ...(params ? { params } : {}),
});

/** Sends a problem of the map; its status is the map's unless the caller passes Fastify's own (request.invalid). */
export function sendProblem(
  reply: FastifyReply,
  code: ProblemCode,
  detail: string = PROBLEMS[code].en,
  errors?: FieldError[],
  status: number = PROBLEMS[code].status,
  params?: ProblemParams,
) {
  return reply
    .status(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(problemOf(status, code, detail, errors, params));
}

/** A problem whose text names its specifics: the English detail says them too. */
const sendWithParams = (reply: FastifyReply, code: ProblemCode, params: ProblemParams) =>
  sendProblem(reply, code, englishOf(code, params), undefined, PROBLEMS[code].status, params);

/**
 * What Node's HTTP parser refuses before Fastify sees a request (Fastify's
 * `clientErrorHandler`): a request line and headers over the size limit (a very
 * long address), or bytes that are not HTTP. Written on the socket, which then closes.
 */
export function writeClientProblem(error: Error & { code?: string }, socket: Duplex) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, detail]: [ProblemCode, string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? ['request.headers_too_large', 'The address or the headers are longer than the server takes.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ['request.timeout', 'The request took too long to arrive.']
        : ['request.malformed', 'The request is not valid HTTP.'];
  const { status } = PROBLEMS[code];
  const body = JSON.stringify(problemOf(status, code, detail));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Fastify's own codes for what a client got wrong, with ours in their place. */
const FASTIFY_CLIENT_ERRORS: Record<string, { code: ProblemCode; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'request.malformed_json', detail: 'The body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'request.empty_body', detail: 'The body is empty; send a JSON object.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'request.unsupported_media_type', detail: 'Send application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'request.bad_length',
    detail: 'The Content-Length does not match the body.',
  },
};

/**
 * What the router answers before any route runs (Fastify's `frameworkErrors`):
 * an address it cannot decode, or a path segment longer than any route takes.
 */
export function sendFrameworkProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(reply, 'request.bad_url', 'The address has a broken percent-encoding.');
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(reply, 'request.uri_too_long', 'A part of the address is longer than any route takes.');
  }
  request.log.error({ err: error }, 'unhandled router error');
  return sendProblem(reply, 'internal', 'Something went wrong on our side; nothing was saved. Try again.');
}

/** The SQLSTATE of a database error, however deep the driver and the ORM wrapped it. */
function sqlState(error: unknown): string | undefined {
  for (const { code } of causesOf(error)) if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  return undefined;
}

function fieldErrors(
  error: FastifyError & {
    validation: { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> }[];
  },
  context: string,
): FieldError[] {
  return error.validation.map((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const keys = Array.isArray(issue.params.keys) ? (issue.params.keys as string[]) : null;
    const field = keys ? [path, keys.join(',')].filter(Boolean).join('.') : path || context;
    const message = keys ? 'is not a known field' : (issue.message ?? 'is not valid');
    return { field, code: keys ? 'field.unknown_key' : fieldCodeOfIssue(issue), message };
  });
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError)
      return sendProblem(reply, error.code, error.message, error.errors, error.status, error.params);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = fieldErrors(error, error.validationContext ?? 'body');
      const first = errors[0];
      const detail = first ? `${first.field}: ${first.message}` : 'The request is not valid.';
      return sendProblem(reply, 'validation.failed', detail, errors);
    }
    // The route's own limit, or the server's: what the reader may send, in their units.
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limitBytes = request.routeOptions.bodyLimit ?? request.server.initialConfig.bodyLimit ?? 0;
      return sendWithParams(reply, 'request.too_large', { limitBytes });
    }
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) return sendProblem(reply, known.code, known.detail);
    // @fastify/rate-limit has set Retry-After (seconds) before it refuses.
    if (error.statusCode === 429) {
      const retryAfterSeconds = Math.max(1, Number(reply.getHeader('retry-after')) || 60);
      return sendWithParams(reply, 'request.rate_limited', { retryAfterSeconds });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, 'request.invalid', 'The request could not be understood.', undefined, error.statusCode);
    }
    // A delete that other records still point at (a room a session is in; 23001 for RESTRICT): rolled back.
    const state = sqlState(error);
    if (state === '23503' || state === '23001') {
      return sendProblem(
        reply,
        'record.in_use',
        'Something else still uses this (a session uses a room, for example); change that first. Nothing was saved.',
      );
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ fault: faultCode(error) }, 'database unavailable');
      return sendProblem(
        reply.header('retry-after', String(RETRY_AFTER_SECONDS)),
        'service.unavailable',
        'The database does not answer at the moment. Try again in a few seconds.',
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 'internal', 'Something went wrong on our side; nothing was saved. Try again.');
  });
}
