import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { type RateWindow, rateWindowsSchema, type TrustProxy, trustProxySchema } from './config.network.js';
import type { DatabaseTimeouts } from './core/db/pool.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A room told to register at once (60 within ten minutes) and a busy shared address's day (300). */
export const DEFAULT_REGISTRATION_RATE_LIMIT = '60/10m,300/1d';

const seconds = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number of seconds' })
    .min(min, `must be at least ${min} second${min === 1 ? '' : 's'}`)
    .max(max, `must be at most ${max} seconds`);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'must be 1 to 64 characters of A-Z, a-z, 0-9, ":", "_", "." or "-"')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Pendopo <no-reply@pendopo.localhost>'),
  // http(s) only: "localhost:3000" parses as a URL of scheme "localhost:" and would break every mailed link.
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL such as https://pendopo.example.org' })
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  PURGE_AFTER_DAYS: z.coerce
    .number({ message: 'must be a whole number of days' })
    .int('must be a whole number of days')
    .min(0)
    .max(36_500)
    .optional(),
  TRUST_PROXY: trustProxySchema.optional(),
  SHUTDOWN_TIMEOUT: seconds(1, 600).default(10),
  // Node's default (511) overflows when thousands of live viewers come back at once while the
  // node is busy; the kernel caps it at net.core.somaxconn.
  LISTEN_BACKLOG: z.coerce
    .number({ message: 'must be a whole number of connections' })
    .int('must be a whole number of connections')
    .min(1)
    .max(65_535)
    .default(4096),
  DATABASE_CONNECT_TIMEOUT: seconds(0.1, 600).default(5),
  DATABASE_STATEMENT_TIMEOUT: seconds(0.1, 3600).default(15),
  DATABASE_IDLE_TRANSACTION_TIMEOUT: seconds(0.1, 3600).default(30),
  REGISTRATION_RATE_LIMIT: rateWindowsSchema.prefault(DEFAULT_REGISTRATION_RATE_LIMIT),
});

export type Env = z.infer<typeof envSchema>;

/**
 * What every command but `serve` runs on: the session secret only signs what a running node
 * hands out (CSRF tokens, personal links, feed addresses). A one-time sign-in link is a random
 * token kept as its plain SHA-256, so `create-organizer` and `seed-demo` need no secret either.
 */
export type CommandConfig = Omit<Config, 'sessionSecret'>;

export interface Config {
  port: number;
  host: string;
  /** Connections the kernel queues for the node to accept. */
  listenBacklog: number;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Begins every Redis channel and key of this installation: Redis pub/sub ignores the database number. */
  redisPrefix: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  sessionSecret: string;
  logLevel: (typeof LOG_LEVELS)[number];
  isEmbedded: boolean;
  /** Registrants' personal data is erased this many days after their event ends; undefined: kept until erased. */
  purgeAfterDays: number | undefined;
  /** Which X-Forwarded-For entries to believe (Fastify's trustProxy); false: none, the socket's address counts. */
  trustProxy: TrustProxy;
  /** Registrations per client address: every window must hold. */
  registrationRateLimit: RateWindow[];
  /** How long a stopping node waits for the requests under way before it cuts them and exits. */
  shutdownTimeoutMs: number;
  /** PostgreSQL: connecting, one statement, a transaction left idle (the server ends it). */
  databaseTimeouts: DatabaseTimeouts;
  /** A scraper's bearer token for /metrics from beyond this host; undefined: loopback only. */
  metricsToken: string | undefined;
}

export class ConfigError extends Error {}

/** Reads the environment for `serve`; a bad value throws one line naming the variable and the fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(env);
  const config = commandConfigOf(e);
  const secret = e.SESSION_SECRET;
  if (!config.isEmbedded && secret === undefined) {
    throw new ConfigError('SESSION_SECRET: required when DATABASE_URL is set (every node must share it)');
  }
  return { ...config, sessionSecret: secret ?? embeddedSecret(config.dataDir) };
}

/** Reads the environment for the other commands: the same checks, but no session secret wanted. */
export const loadCommandConfig = (env: NodeJS.ProcessEnv = process.env): CommandConfig =>
  commandConfigOf(parseEnv(env));

function parseEnv(env: NodeJS.ProcessEnv): Env {
  const blanksRemoved = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${name}: ${issue?.message ?? 'invalid value'}`);
  }
  return parsed.data;
}

function commandConfigOf(e: Env): CommandConfig {
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX ?? defaultRedisPrefix(e.DATABASE_URL),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    isEmbedded: e.DATABASE_URL === undefined,
    purgeAfterDays: e.PURGE_AFTER_DAYS,
    trustProxy: e.TRUST_PROXY ?? false,
    registrationRateLimit: e.REGISTRATION_RATE_LIMIT,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT * 1000,
    listenBacklog: e.LISTEN_BACKLOG,
    databaseTimeouts: {
      connectMs: e.DATABASE_CONNECT_TIMEOUT * 1000,
      statementMs: e.DATABASE_STATEMENT_TIMEOUT * 1000,
      idleTransactionMs: e.DATABASE_IDLE_TRANSACTION_TIMEOUT * 1000,
    },
    metricsToken: e.METRICS_TOKEN,
  };
}

/**
 * `pendopo:<database name>:`, so installations on one Redis stay apart unless their nodes share a
 * database (and so belong together); `pendopo:embedded:` for the embedded database.
 */
export function defaultRedisPrefix(databaseUrl: string | undefined): string {
  if (databaseUrl === undefined) return 'pendopo:embedded:';
  if (!URL.canParse(databaseUrl)) throw new ConfigError('DATABASE_URL: not a valid URL');
  const url = new URL(databaseUrl);
  // PostgreSQL's own default: a URL without a database connects to the one named like the user.
  const name = decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username) || 'postgres';
  return `pendopo:${name.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 55)}:`;
}

/** In embedded mode the secret is generated once and kept beside the data. */
function embeddedSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
