import type { FastifyBaseLogger } from 'fastify';
import type { Drain } from './core/http/drain.js';

interface StopOptions {
  drain: Drain;
  log: FastifyBaseLogger;
  /** From SHUTDOWN_TIMEOUT: the process is gone by then, whatever is still running. */
  boundMs: number;
  /** After the last request: the jobs, the scrubber, the database. */
  finish: () => Promise<void>;
}

/** Time kept back from the bound for closing the database after the connections are cut. */
const FINISH_MS = 1000;
const PARENT_CHECK_MS = 500;

/**
 * Stops the node on SIGTERM or SIGINT, within the bound: it leaves the pool (`/readyz` 503),
 * finishes what arrived, closes its connections and exits 0; 1 if it had to cut requests or
 * could not close in time.
 *
 * npm does not pass signals on to the script it runs (`npm start`, `npm run pendopo`): a
 * SIGTERM ends npm and leaves the server running as an orphan. Started by npm, the node
 * therefore also stops when its parent goes away.
 */
export function stopOnSignals({ drain, log, boundMs, finish }: StopOptions) {
  let isStopping = false;
  const stop = async (reason: string) => {
    if (isStopping) return;
    isStopping = true;
    log.info({ reason, boundMs }, 'leaving the pool: finishing the requests under way, then stopping');
    const hardStop = setTimeout(() => {
      log.error('could not stop within SHUTDOWN_TIMEOUT; exiting now');
      process.exit(1);
    }, boundMs);
    const isClean = await drain.stop(Math.max(boundMs - FINISH_MS, boundMs / 2));
    if (!isClean) log.warn('requests still under way at the bound were cut');
    await finish();
    clearTimeout(hardStop);
    process.exit(isClean ? 0 : 1);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    const watch = setInterval(() => {
      if (process.ppid !== parent) void stop('npm, which started this node, has exited');
    }, PARENT_CHECK_MS);
    watch.unref();
  }
}
