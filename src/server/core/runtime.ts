import { join } from 'node:path';
import type { CommandConfig } from '../config.js';
import { type Bus, createMemoryBus } from './bus/bus.js';
import { createRedisBus } from './bus/bus.redis.js';
import type { Database } from './db/db.js';
import { lockDataDir } from './db/lock.js';
import { openPglite, openPostgres } from './db/open.js';

export interface Runtime {
  database: Database;
  bus: Bus;
  close(): Promise<void>;
}

/** Opens what the configuration names: PGlite under a lock, or PostgreSQL; the memory bus, or Redis. */
export async function openRuntime(
  config: CommandConfig,
  options: { withBus: boolean } = { withBus: true },
): Promise<Runtime> {
  const release = config.isEmbedded ? lockDataDir(config.dataDir) : () => undefined;
  let database: Database;
  try {
    database = config.databaseUrl
      ? await openPostgres(config.databaseUrl, 10, config.databaseTimeouts)
      : await openPglite(join(config.dataDir, 'pglite'));
  } catch (error) {
    release();
    throw error;
  }
  const bus =
    options.withBus && config.redisUrl
      ? await createRedisBus(config.redisUrl, { prefix: config.redisPrefix })
      : createMemoryBus();
  return {
    database,
    bus,
    close: async () => {
      await bus.close();
      await database.close();
      release();
    },
  };
}
