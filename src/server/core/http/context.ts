import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { SessionDirectory } from '../auth/directory.js';
import type { Bus } from '../bus/bus.js';
import type { Database, Db } from '../db/db.js';
import type { Scrubber } from '../db/scrub.js';
import type { Drain } from './drain.js';
import type { LimitStore } from './limits.js';

/** What every module receives when it is mounted. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  bus: Bus;
  log: FastifyBaseLogger;
  /** Counters of the rate limits (failed sign-ins, registrations per address), shared through Redis when configured. */
  limits: LimitStore;
  /** Told after every erasure: rewrites the tables that held the erased data. */
  scrub: Scrubber;
  /** The events' slugs and the personal links' registrations, as sessions need them (from the modules). */
  directory: SessionDirectory;
  /** Whether the node is stopping (it then answers `/readyz` with 503). */
  drain: Pick<Drain, 'isDraining'>;
}
