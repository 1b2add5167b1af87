import pg from 'pg';

export interface DatabaseTimeouts {
  /** A new connection that is not ready by then fails (a server that accepts and never answers). */
  connectMs: number;
  /** A statement running longer is cancelled by the server; the client gives up a little later. 0: none. */
  statementMs: number;
  /** A transaction left idle this long is ended by the server, freeing its locks. 0: none. */
  idleTransactionMs: number;
}

/** Time the client waits beyond the server's statement timeout before it calls the connection dead. */
const CLIENT_GRACE_MS = 2000;
/** After a dead connection: time for its user to release it before the pool takes it back. */
const RELEASE_GRACE_MS = 1000;

/**
 * A pg pool that recovers on its own from a database that stops answering (a black hole:
 * the connection is up, nothing comes back). The server cannot cancel what it never got, so
 * the client's own query timeout ends the wait; the connection is then out of step with the
 * protocol, so it is destroyed rather than handed to the next request, and a client its user
 * never released (Drizzle does not release one whose `begin` failed) goes back to the pool.
 */
export function createPool(url: string, max: number, timeouts: DatabaseTimeouts): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: timeouts.connectMs,
    // 0: no limit (the migrations, and the lock the nodes wait on while another one migrates).
    query_timeout: timeouts.statementMs ? timeouts.statementMs + CLIENT_GRACE_MS : undefined,
    statement_timeout: timeouts.statementMs || undefined,
    idle_in_transaction_session_timeout: timeouts.idleTransactionMs || undefined,
    keepAlive: true,
  });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => undefined);
  const checkedOut = new WeakSet<pg.PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  pool.on('connect', (client) => {
    // A checked-out client has no listener of the pool's: its connection's end must not crash the process.
    client.on('error', () => undefined);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const result = query(...args);
      if (result instanceof Promise) {
        result.catch((error: unknown) => {
          if (error instanceof Error && error.message === 'Query read timeout') discard(client);
        });
      }
      return result;
    };
  });
  const discard = (client: pg.PoolClient) => {
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    setTimeout(() => {
      if (checkedOut.has(client)) client.release(new Error('connection discarded after a read timeout'));
    }, RELEASE_GRACE_MS).unref();
  };
  return pool;
}
