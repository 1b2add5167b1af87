import type { FastifyBaseLogger } from 'fastify';
import type { Bus } from './bus.js';

/**
 * For a subscriber that must not go stale without the bus: while the bus is down, `catchUp` runs
 * every `everyMs` and reads from the database what a lost notice would have said; once more when
 * the bus is back, for what happened in between. The returned function stops it.
 */
export function pollWhileDown(bus: Bus, everyMs: number, catchUp: () => void): () => void {
  let timer: NodeJS.Timeout | null = null;
  const start = () => {
    timer ??= setInterval(catchUp, everyMs);
    timer.unref();
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  if (!bus.isConnected()) start();
  const unwatch = bus.watch((notice) => {
    if (notice.kind === 'down') start();
    if (notice.kind === 'up') {
      stop();
      catchUp();
    }
  });
  return () => {
    stop();
    unwatch();
  };
}

/** A flood of messages while Redis misbehaves gives one line a minute, not one each. */
const LOST_WARNING_EVERY_MS = 60_000;

/** One line when Redis goes, one when it is back; the reason is an error code, never a message's content. */
export function logBusNotices(bus: Bus, log: FastifyBaseLogger): () => void {
  let lastLostWarning = Number.NEGATIVE_INFINITY;
  let lostSince = 0;
  const warnDown = (reason: string) =>
    log.warn({ reason }, 'bus: Redis unreachable; this node reads the database for live updates');
  // Not there at the start: said now, since that notice went out before anyone listened.
  if (!bus.isConnected()) warnDown('not connected at start');
  return bus.watch((notice) => {
    if (notice.kind === 'down') {
      warnDown(notice.reason);
    } else if (notice.kind === 'up') {
      log.info('bus: Redis is back; live updates travel over it again');
    } else {
      lostSince += 1;
      if (Date.now() - lastLostWarning < LOST_WARNING_EVERY_MS) return;
      log.warn({ reason: notice.reason, messages: lostSince }, 'bus: messages did not reach Redis');
      lastLostWarning = Date.now();
      lostSince = 0;
    }
  });
}
