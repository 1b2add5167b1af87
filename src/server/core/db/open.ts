import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';
import { MIGRATIONS_DIR } from '../paths.js';
import { type Database, type Db, rowsOf } from './db.js';
import { createPool, type DatabaseTimeouts } from './pool.js';
import * as schema from './schema.js';

const migrationsConfig = { migrationsFolder: MIGRATIONS_DIR };
/** Any fixed number: nodes that start together take turns to migrate and to seed the demo. */
const START_LOCK_KEY = 7_420_113;

/** `dataDir` is a directory, or `memory://` for a throwaway database (tests). */
export async function openPglite(dataDir: string): Promise<Database> {
  const client = await PGlite.create(dataDir);
  // A used log segment is deleted, not renamed for reuse with its old rows still in it (see compact).
  await client.exec('set wal_recycle = off');
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client, { schema }), migrationsConfig),
    // One process at a time has the directory (lockDataDir): there is no one to take turns with.
    withStartLock: (work) => work(),
    isCurrent: () => isCurrent(db),
    ping: async () => {
      await client.query('select 1');
    },
    compact: async (tables) => {
      // FULL writes each table and index anew and drops the old files. Statistics sampled erased
      // values, and ANALYZE leaves those of an emptied table as they were: they go, are gathered
      // again, and pg_statistic is rewritten in turn. Switching the log segment and checkpointing
      // deletes the segment that recorded the rows before.
      const names = tables.map(quoteName).join(', ');
      const oids = tables.map((t) => `${quoteLiteral(quoteName(t))}::regclass`).join(', ');
      await client.exec(`vacuum full ${names}`);
      await client.exec(
        `delete from pg_catalog.pg_statistic where starelid in (${oids})
           or starelid in (select indexrelid from pg_catalog.pg_index where indrelid in (${oids}))`,
      );
      await client.exec(`analyze ${names}`);
      await client.exec('vacuum full pg_catalog.pg_statistic');
      await client.exec('select pg_switch_wal()');
      await client.exec('checkpoint');
    },
    close: () => client.close(),
  };
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = { connectMs: 5000, statementMs: 15_000, idleTransactionMs: 30_000 };
/** `/readyz` answers within this, whatever the database does: a balancer's check must not hang. */
const PING_MS = 2000;

export async function openPostgres(
  url: string,
  poolSize = 10,
  timeouts: DatabaseTimeouts = DEFAULT_TIMEOUTS,
): Promise<Database> {
  const pool = createPool(url, poolSize, timeouts);
  // Migrations and the start lock wait as long as they must: DDL on a large table takes time, and
  // a node waits for the lock while another one migrates. Opened when first needed.
  let unlimited: pg.Pool | null = null;
  const unlimitedPool = () => {
    unlimited ??= createPool(url, 2, { ...timeouts, statementMs: 0, idleTransactionMs: 0 });
    return unlimited;
  };
  await pool.query('select 1');
  const pgDb = drizzlePg(pool, { schema });
  const db = pgDb as unknown as Db;
  const withStartLock = async <T>(work: () => Promise<T>): Promise<T> => {
    const lock = await unlimitedPool().connect();
    try {
      await lock.query('select pg_advisory_lock($1)', [START_LOCK_KEY]);
      return await work();
    } finally {
      await lock.query('select pg_advisory_unlock($1)', [START_LOCK_KEY]).catch(() => undefined);
      lock.release();
    }
  };
  return {
    db,
    kind: 'postgres',
    migrate: () => withStartLock(() => migratePg(drizzlePg(unlimitedPool(), { schema }), migrationsConfig)),
    withStartLock,
    isCurrent: () => isCurrent(db),
    ping: () => withinMs(PING_MS, pool.query('select 1')),
    // Plain VACUUM takes no lock that stops the other nodes; it frees the old rows for reuse.
    compact: async (tables) => {
      await pool.query(`vacuum ${tables.map(quoteName).join(', ')}`);
    },
    close: async () => {
      await Promise.all([pool.end(), unlimited?.end()]);
    },
  };
}

/** Rejects after `ms` whatever the work does (which goes on; its own timeouts end it). */
async function withinMs(ms: number, work: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The committed migrations by their hashes: what a command compares with a running server's. */
export const committedMigrations = () => readMigrationFiles(migrationsConfig).map((migration) => migration.hash);

async function isCurrent(db: Db): Promise<boolean> {
  const expected = readMigrationFiles(migrationsConfig).length;
  try {
    const rows = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
    );
    return Number(rows[0]?.n ?? 0) >= expected;
  } catch {
    return false;
  }
}
