/** The connection's own failures, as Node and pg name them. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
/**
 * SQLSTATEs that say the database, not the request, is at fault: class 08 (connection), the
 * server shutting down or starting (57P01-57P03), too many connections (53300), a statement
 * cancelled by statement_timeout (57014), a transaction ended by idle_in_transaction_session_timeout (25P03).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300|57014|25P03)$/;
/** What pg and pg-pool say when the server is gone or silent. */
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|Client was closed|not queryable|connection was lost|Client has encountered a connection error/i;

/**
 * An error and what it wraps, outermost first: Drizzle's error, pg's, the socket's (the first
 * of an AggregateError's, when every address of a name failed).
 */
export function* causesOf(error: unknown): Generator<{ code?: unknown; message?: unknown }> {
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 10; depth++) {
    yield cause as { code?: unknown; message?: unknown };
    cause = (cause as { cause?: unknown }).cause ?? (cause as { errors?: unknown[] }).errors?.[0];
  }
}

/**
 * True when an error means the database cannot be reached or does not answer in time, however
 * deep the driver and the ORM wrapped it: the request may succeed when tried again shortly.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const { code, message } of causesOf(error)) {
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  }
  return false;
}

/** The code a log line may carry: no message, which can quote a statement and its values. */
export function faultCode(error: unknown): string {
  for (const { code } of causesOf(error)) if (typeof code === 'string') return code;
  return 'timeout';
}
