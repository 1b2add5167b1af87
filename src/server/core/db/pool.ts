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
const ignore = () => undefined;

type Release = (error?: Error | boolean) => void;
type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, release: Release) => void;
type AnyQuery = (...args: unknown[]) => unknown;

/**
 * pg 8 answers a query that timed out client-side with an error but keeps the connection, still
 * waiting for the answer: the next query on it would queue behind one that may never end. Such a
 * connection is ended at once (pg destroys the socket of a client ended mid-query).
 */
function endOnReadTimeout(client: pg.PoolClient) {
  // A checked-out client has no listener of the pool's: its connection's end must not crash the process.
  client.on('error', ignore);
  const query = client.query.bind(client) as AnyQuery;
  const guarded: AnyQuery = (...args) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (error instanceof Error && error.message === 'Query read timeout') void client.end().catch(ignore);
      });
    }
    return result;
  };
  Object.assign(client, { query: guarded });
}

/**
 * A checked-out client whose connection dies goes back to the pool (and out of it) by itself,
 * and releasing it twice is harmless. Drizzle's transactions send BEGIN before their try block:
 * when BEGIN fails, nobody releases the client, and enough of those would leave a pool with no
 * connection to give even after the database is back.
 */
function releaseWhenLost(client: pg.PoolClient): pg.PoolClient {
  const release = client.release;
  let isReleased = false;
  const letGo: Release = (error) => {
    if (isReleased) return;
    isReleased = true;
    client.removeListener('error', onLost);
    client.removeListener('end', onLost);
    release(error);
  };
  const onLost = () => letGo(new Error('The database connection was lost'));
  client.on('error', onLost);
  client.on('end', onLost);
  client.release = letGo;
  return client;
}

/** pg's pool with the two repairs above; Drizzle takes it as any pool. */
class RecoveringPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    // An idle client that loses its server must not crash the process.
    this.on('error', ignore);
    this.on('connect', endOnReadTimeout);
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | undefined {
    if (!callback) return super.connect().then(releaseWhenLost);
    super.connect((error, client, release) => {
      if (error || !client) return callback(error, client, release);
      const guarded = releaseWhenLost(client);
      callback(undefined, guarded, guarded.release);
    });
    return undefined;
  }
}

/**
 * A pool that recovers on its own from a database that stops answering (a black hole: the
 * connection is up, nothing comes back): the server cannot cancel what it never got, so the
 * client's own query timeout ends the wait, and the connection is dropped, not reused.
 */
export function createPool(url: string, max: number, timeouts: DatabaseTimeouts): pg.Pool {
  return new RecoveringPool({
    connectionString: url,
    max,
    connectionTimeoutMillis: timeouts.connectMs,
    // 0: no limit (the migrations, and the lock the nodes wait on while another one migrates).
    query_timeout: timeouts.statementMs ? timeouts.statementMs + CLIENT_GRACE_MS : undefined,
    statement_timeout: timeouts.statementMs || undefined,
    idle_in_transaction_session_timeout: timeouts.idleTransactionMs || undefined,
    keepAlive: true,
  });
}
