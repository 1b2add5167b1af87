import { Redis, type RedisOptions } from 'ioredis';

// No offline queue: while Redis is away a command fails at once instead of waiting for the
// reconnect, since a request must never wait on Redis; on a connection that stopped answering a
// command gives up after a second. ioredis reconnects by itself, with a growing pause of at most 2 s.
const OPTIONS: RedisOptions = {
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 2000,
  commandTimeout: 1000,
};

/** A short cause for the log: the error code (ECONNREFUSED) or ioredis's message, never a payload. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A client that has not connected yet (call `connect()`), whose errors go to `onError`: without a
 * listener ioredis prints every failed reconnect as an unhandled 'error'.
 */
export function createRedisClient(url: string, onError: (reason: string) => void, extra: RedisOptions = {}): Redis {
  const client = new Redis(url, { ...OPTIONS, ...extra });
  client.on('error', (error: unknown) => onError(reasonOf(error)));
  return client;
}
