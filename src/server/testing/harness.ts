import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import type { RenderPage } from '../../shared/ssr.js';
import { type AppDeps, buildApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import { type Bus, createMemoryBus } from '../core/bus/bus.js';
import { createRedisBus } from '../core/bus/bus.redis.js';
import type { Database, Db } from '../core/db/db.js';
import { openPglite, openPostgres } from '../core/db/open.js';
import type { ScrubTiming } from '../core/db/scrub.js';
import type { DeclaredRoute } from '../core/http/access.js';
import type { AppContext } from '../core/http/context.js';
import type { Drain } from '../core/http/drain.js';

export type Backend = 'pglite' | 'postgres';

const isRequired = process.env.REQUIRE_SERVICES === '1';
if (isRequired && (!process.env.DATABASE_URL || !process.env.REDIS_URL)) {
  throw new Error(
    'REQUIRE_SERVICES=1 needs DATABASE_URL and REDIS_URL: the PostgreSQL and Redis runs may not be skipped',
  );
}

/** PGlite always; PostgreSQL (with the Redis bus) too when DATABASE_URL is set. */
export const BACKENDS: Backend[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A database of its own for one test file, dropped at the end. */
export async function createPostgresDatabase(
  adminUrl = process.env.DATABASE_URL ?? '',
  prefix = 'pendopo_test',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export async function openTestDatabase(
  backend: Backend,
  pgliteDir = 'memory://',
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (backend === 'pglite') {
    const database = await openPglite(pgliteDir);
    return { database, drop: async () => undefined };
  }
  const { url, drop } = await createPostgresDatabase();
  const database = await openPostgres(url, 5);
  return { database, drop };
}

/**
 * The Redis prefix of this test file (vitest loads the harness afresh for each): files that run at
 * the same time on one Redis never hear each other's messages or share a rate-limit counter.
 */
export const TEST_REDIS_PREFIX = `pendopo:test:${randomBytes(6).toString('hex')}:`;

/** The Redis bus (REDIS_URL unless told another) when the backend is PostgreSQL; the memory bus otherwise. */
export async function openTestBus(
  backend: Backend,
  { prefix = TEST_REDIS_PREFIX, url = process.env.REDIS_URL }: { prefix?: string; url?: string } = {},
): Promise<Bus> {
  return backend === 'postgres' && url ? createRedisBus(url, { prefix }) : createMemoryBus();
}

/** The bus of a node of this configuration: its REDIS_URL (a test's own Redis) or the shared one. */
const busOf = (backend: Backend, config: Config) =>
  openTestBus(backend, { prefix: config.redisPrefix, url: config.redisUrl ?? process.env.REDIS_URL });

export interface TestApp {
  app: FastifyInstance;
  /** Every route with the access it declares. */
  routes: DeclaredRoute[];
  db: Db;
  database: Database;
  bus: Bus;
  config: Config;
  ctx: AppContext;
  /** What `serve` calls on SIGTERM. */
  drain: Drain;
  close(): Promise<void>;
}

/**
 * The app as a test builds it: without the browser app unless the test brings one, so that a
 * build lying beside the tests (CI builds before its second run) changes nothing.
 */
export const buildTestApp = (deps: AppDeps) => buildApp({ webDir: join(tmpdir(), 'pendopo-no-web-app'), ...deps });

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: '.tmp/unused',
    SESSION_SECRET: 'test-secret-that-is-long-enough-for-the-schema',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://pendopo.test',
    REDIS_PREFIX: TEST_REDIS_PREFIX,
    ...overrides,
  });
}

export interface TestAppOptions {
  /** False opens the database without applying the migrations (a node started before `migrate`). */
  isMigrated?: boolean;
  /** Runs after every route is registered and before the app is ready: a place for test-only routes. */
  beforeReady?: (app: FastifyInstance) => void;
  /** Receives the app's log lines (with LOG_LEVEL set in env: the tests' default is silent). */
  logStream?: { write(line: string): void };
  /** A directory for PGlite's files instead of memory (a test that reads the files). */
  pgliteDir?: string;
  scrubTiming?: ScrubTiming;
  /** A built browser app to serve: none unless a test brings one, so a build beside the tests changes nothing. */
  webDir?: string;
  /** The server rendering of the pages (a test imports the source's, src/web/render/render.tsx). */
  renderPage?: RenderPage;
}

/** Stops a node: its requests, its bus, its database connection (the database itself stays). */
async function closeNode(node: { app: FastifyInstance; bus: Bus; database: Database }) {
  await node.app.close();
  await node.bus.close();
  await node.database.close();
}

/** The whole app on a fresh, migrated database of the given backend. */
export async function startTestApp(
  backend: Backend,
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const { database, drop } = await openTestDatabase(backend, options.pgliteDir);
  if (options.isMigrated !== false) await database.migrate();
  const config = testConfig(env);
  const bus = await busOf(backend, config);
  const { app, ctx, routes, drain } = await buildTestApp({
    config,
    database,
    bus,
    logStream: options.logStream,
    scrubTiming: options.scrubTiming,
    ...(options.webDir ? { webDir: options.webDir } : {}),
    renderPage: options.renderPage,
  });
  options.beforeReady?.(app);
  await app.ready();
  return {
    app,
    routes,
    db: database.db,
    database,
    bus,
    config,
    ctx,
    drain,
    close: async () => {
      await closeNode({ app, bus, database });
      await drop();
    },
  };
}

/** The app listening on a loopback port, for what needs real HTTP (event streams: inject cannot stream). */
export async function startListeningTestApp(backend: Backend): Promise<{ test: TestApp; baseUrl: string }> {
  const test = await startTestApp(backend);
  return { test, baseUrl: await test.app.listen({ port: 0, host: '127.0.0.1' }) };
}

/**
 * A second node on the first one's PostgreSQL database with a bus of its own (Redis, as a
 * second process would have): what one node writes or publishes, the other must see.
 */
export async function startSecondNode(
  first: TestApp,
  options: Pick<TestAppOptions, 'logStream'> = {},
): Promise<TestApp> {
  const result = (await first.db.execute('select current_database() as name')) as unknown as {
    rows: { name: string }[];
  };
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `/${result.rows[0]?.name}`;
  const database = await openPostgres(url.toString(), 5);
  const bus = await busOf('postgres', first.config);
  const { app, ctx, routes, drain } = await buildTestApp({
    config: first.config,
    database,
    bus,
    logStream: options.logStream,
  });
  await app.ready();
  return {
    app,
    routes,
    db: database.db,
    database,
    bus,
    config: first.config,
    ctx,
    drain,
    close: () => closeNode({ app, bus, database }),
  };
}
