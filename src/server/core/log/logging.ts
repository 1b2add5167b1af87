import type { FastifyServerOptions } from 'fastify';

/**
 * What a log line may hold: no personal data and no secret. A request is its method and
 * its path (no query string, no headers, no body; a personal feed's token replaced); an
 * error is its type, its message with every quoted value taken out, its stack frames, and
 * for a database error its SQLSTATE, constraint and the statement's shape (placeholders,
 * never the parameters).
 */

const SQLSTATE = /^[0-9A-Z]{5}$/;
/** How far down a chain of causes is worth following. */
const MAX_CAUSES = 3;
const MAX_QUERY_CHARS = 400;

export type LoggedError = {
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  query?: string;
  stack: string;
  cause?: LoggedError;
};

/** A personal agenda feed's address is a key to someone's agenda, whatever follows the token. */
export const redactPath = (url: string): string =>
  (url.split('?')[0] ?? '').replace(/^(\/events\/[^/]+\/agenda\/)[^/]+/, '$1[token]');

/** A text field of an error object, or undefined. */
const field = (error: object, key: string): string | undefined => {
  const value = (error as Record<string, unknown>)[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

/**
 * Quoted spans in a message are values (`invalid input syntax for type uuid: "ayu@…"`,
 * `Unexpected token 'a', "ayu@…" is not valid JSON`), except the names the error itself gives.
 */
function scrubMessage(message: string, names: Set<string>): string {
  const cut = message.split('\nparams:')[0] ?? '';
  return cut.replace(/"([^"]*)"|'([^']*)'/g, (span, double?: string, single?: string) =>
    names.has(double ?? single ?? '') ? span : '"[redacted]"',
  );
}

/** The statement with its placeholders, string literals and long value lists folded. */
export function queryShape(query: string): string {
  const shape = query
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/\s+/g, ' ')
    .replace(/\)(?:\s*,\s*\((?:[^()]|\([^()]*\))*\))+/g, '), ...');
  return shape.length > MAX_QUERY_CHARS ? `${shape.slice(0, MAX_QUERY_CHARS)}...` : shape;
}

const framesOf = (stack: string | undefined) =>
  (stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');

function describe(error: unknown, depth: number): LoggedError {
  if (!(error instanceof Error))
    return { type: typeof error, message: 'a thrown value that is not an Error', stack: '' };
  const code = field(error, 'code');
  const entry: LoggedError = { type: error.name || error.constructor.name, message: '', stack: '' };
  if (code && SQLSTATE.test(code)) entry.code = code;
  for (const key of ['constraint', 'table', 'column'] as const) {
    const value = field(error, key);
    if (value) entry[key] = value;
  }
  const query = field(error, 'query');
  if (query) entry.query = queryShape(query);
  const names = new Set([entry.constraint, entry.table, entry.column].filter((n): n is string => Boolean(n)));
  entry.message =
    query && error.message.startsWith('Failed query') ? 'Failed query' : scrubMessage(error.message, names);
  entry.stack = framesOf(error.stack);
  if (error.cause !== undefined && depth < MAX_CAUSES) entry.cause = describe(error.cause, depth + 1);
  return entry;
}

/** The error as a log line may hold it; the database's code and names are lifted to the top. */
export function serializeError(error: unknown): LoggedError {
  const top = describe(error, 0);
  for (let cause = top.cause; cause; cause = cause.cause) {
    top.code ??= cause.code;
    top.constraint ??= cause.constraint;
    top.table ??= cause.table;
    top.column ??= cause.column;
    top.query ??= cause.query;
  }
  return top;
}

type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

export function loggerOptions(level: string, stream?: { write(line: string): void }): LoggerOptions {
  return {
    level,
    ...(stream ? { stream } : {}),
    // Nothing logs headers (the request serializer leaves them out); should one, these stay out.
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: redactPath(req.url) }),
      err: serializeError,
    },
    hooks: {
      // Fastify's own lines can use an error's message as theirs; a failed query's parameters stay out.
      logMethod(args, method) {
        const safe = args.map((arg) => (typeof arg === 'string' ? (arg.split('\nparams:')[0] ?? '') : arg));
        return method.apply(this, safe as Parameters<typeof method>);
      },
    },
  };
}
