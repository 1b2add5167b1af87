import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { ensureLiveSession, reportPresence } from './attendance.service.js';

/** Every node reports its open streams this often; a second after a stream opens or closes too. */
const REPORT_EVERY_MS = 15_000;
const SOON_MS = 1000;

/**
 * This node's share of "viewers now": its open streams per session, written under a name of
 * its own; the sum over the nodes' fresh reports is the count, and a node gone stale drops out.
 * On close the node withdraws its report.
 */
export function startPresenceReports(app: TypedApp, { db, log }: AppContext, counts: () => Map<string, number>) {
  const node = randomUUID();
  let pending: NodeJS.Timeout | null = null;
  const report = () =>
    reportPresence(db, node, counts()).catch((err: unknown) => log.warn({ err }, 'live: presence not reported'));
  const every = setInterval(report, REPORT_EVERY_MS);
  every.unref();
  app.addHook('onClose', async () => {
    clearInterval(every);
    if (pending) clearTimeout(pending);
    await reportPresence(db, node, new Map()).catch(() => undefined);
  });
  const known = new Set<string>();
  return {
    /** A stream of the session opens here: its live row (which keeps the peak) exists from then on. */
    async track(eventId: string, sessionId: string) {
      if (known.has(sessionId)) return;
      await ensureLiveSession(db, eventId, sessionId);
      known.add(sessionId);
    },
    soon: () => {
      pending ??= setTimeout(() => {
        pending = null;
        void report();
      }, SOON_MS);
      pending.unref();
    },
  };
}
