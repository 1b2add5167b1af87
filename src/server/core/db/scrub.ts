import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './db.js';

/**
 * The tables an erasure changes (registrations anonymised; accounts, their sessions and links,
 * and mails deleted). An UPDATE or DELETE leaves the old row's bytes in the table's and its
 * indexes' files, and in the write-ahead log, until they are rewritten.
 */
export const ERASED_TABLES = [
  'registrations',
  'accounts',
  'sessions',
  'magic_links',
  'outbox',
  // A resend's answer and the digest of its body: deleted with the registration it answered.
  'idempotency_keys',
  // The live logs: a question's message named its asker.
  'live_messages',
] as const;

/** A burst of erasures (many people leaving at once) makes one rewrite, this long after the last of them... */
const QUIET_MS = 3_000;
/** ...and never later than this after the first. */
const MAX_WAIT_MS = 30_000;

export interface Scrubber {
  /** An erasure committed: the erased tables are rewritten once erasures pause. */
  request(): void;
  /** Runs a pending rewrite now and waits for it (shutdown; tests). */
  flush(): Promise<void>;
  /** How many rewrites ran on this node. */
  readonly runs: number;
}

export interface ScrubTiming {
  quietMs?: number;
  maxWaitMs?: number;
}

export function createScrubber(options: { database: Database; log: FastifyBaseLogger } & ScrubTiming): Scrubber {
  const quietMs = options.quietMs ?? QUIET_MS;
  const maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
  let timer: NodeJS.Timeout | null = null;
  let firstRequestAt = 0;
  let isPending = false;
  let running: Promise<void> = Promise.resolve();
  let runs = 0;

  const run = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!isPending) return running;
    isPending = false;
    running = running.then(async () => {
      try {
        await options.database.compact(ERASED_TABLES);
        runs++;
      } catch (error) {
        // Erased data stays in the files until a later erasure's rewrite succeeds.
        options.log.error({ err: error }, 'rewriting the erased tables failed');
      }
    });
    return running;
  };

  return {
    request() {
      const now = Date.now();
      if (!isPending) firstRequestAt = now;
      isPending = true;
      if (timer) clearTimeout(timer);
      const delay = Math.max(0, Math.min(quietMs, firstRequestAt + maxWaitMs - now));
      timer = setTimeout(() => void run(), delay);
      timer.unref();
    },
    flush: () => run(),
    get runs() {
      return runs;
    },
  };
}
