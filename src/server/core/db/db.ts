import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema.js';

type Schema = typeof schema;

/** Either driver: PGlite embedded or node-postgres; the same queries run on both. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What a repository function takes: the database, or the transaction it runs in. */
export type Queryable = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies the committed migrations that are not yet applied, under the start lock. */
  migrate(): Promise<void>;
  /** Runs `work` holding the lock nodes take at start (migrations, the demo): nodes starting together take turns. */
  withStartLock<T>(work: () => Promise<T>): Promise<T>;
  /** True when every committed migration is applied. */
  isCurrent(): Promise<boolean>;
  ping(): Promise<void>;
  /**
   * After erasures: makes the tables' old row versions unreadable where the backend allows it.
   * PGlite rewrites the tables and their statistics and drops the old write-ahead log; PostgreSQL
   * runs a plain VACUUM (the operator's part is in docs/operations.md).
   */
  compact(tables: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** Raw `db.execute` results: both drivers answer with `{ rows }`. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
