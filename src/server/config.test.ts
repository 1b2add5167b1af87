import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadCommandConfig, loadConfig } from './config.js';

const SECRET = 'a-shared-secret-of-at-least-32-characters';

describe('loadConfig', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pendopo-config-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs embedded with nothing set but the data directory', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir,
      databaseUrl: undefined,
      redisUrl: undefined,
      smtpUrl: undefined,
      publicUrl: 'http://localhost:3000',
      logLevel: 'info',
      isEmbedded: true,
    });
    expect(config.mailFrom).toContain('@');
  });

  it('treats blank variables as unset, and takes the public address without its trailing slash', () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      PORT: '',
      LOG_LEVEL: '',
      PUBLIC_URL: 'https://pendopo.example.org/',
    });
    expect(config.port).toBe(3000);
    expect(config.logLevel).toBe('info');
    expect(config.publicUrl).toBe('https://pendopo.example.org');
  });

  it('reads the retention period in days, unset by default', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).purgeAfterDays).toBeUndefined();
    expect(loadConfig({ DATA_DIR: dataDir, PURGE_AFTER_DAYS: '180' }).purgeAfterDays).toBe(180);
  });

  it('times out PostgreSQL connects at 5 s, statements at 15 s and idle transactions at 30 s unless told', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).databaseTimeouts).toEqual({
      connectMs: 5000,
      statementMs: 15_000,
      idleTransactionMs: 30_000,
    });
    const set = {
      DATABASE_CONNECT_TIMEOUT: '2',
      DATABASE_STATEMENT_TIMEOUT: '0.5',
      DATABASE_IDLE_TRANSACTION_TIMEOUT: '60',
    };
    expect(loadConfig({ DATA_DIR: dataDir, ...set }).databaseTimeouts).toEqual({
      connectMs: 2000,
      statementMs: 500,
      idleTransactionMs: 60_000,
    });
  });

  it('gives a stopping node 10 s by default, SHUTDOWN_TIMEOUT seconds when set', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).shutdownTimeoutMs).toBe(10_000);
    expect(loadConfig({ DATA_DIR: dataDir, SHUTDOWN_TIMEOUT: '25' }).shutdownTimeoutMs).toBe(25_000);
  });

  it('queues 4096 connections to be accepted by default, LISTEN_BACKLOG when set', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).listenBacklog).toBe(4096);
    expect(loadConfig({ DATA_DIR: dataDir, LISTEN_BACKLOG: '16384' }).listenBacklog).toBe(16_384);
  });

  it('believes no X-Forwarded-For by default; TRUST_PROXY names the proxies by address or range', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(
      loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: '10.0.0.5, 10.0.1.0/24,fd00::/8,loopback' }).trustProxy,
    ).toEqual(['10.0.0.5', '10.0.1.0/24', 'fd00::/8', 'loopback']);
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });

  it('reads the registration windows per address, 60 in ten minutes and 300 a day by default', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).registrationRateLimit).toEqual([
      { max: 60, windowMs: 600_000 },
      { max: 300, windowMs: 86_400_000 },
    ]);
    expect(loadConfig({ DATA_DIR: dataDir, REGISTRATION_RATE_LIMIT: '500/1h' }).registrationRateLimit).toEqual([
      { max: 500, windowMs: 3_600_000 },
    ]);
  });

  it('keys Redis by the database name unless REDIS_PREFIX says otherwise', () => {
    const onDatabase = (url: string, prefix?: string) =>
      loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: SECRET, DATABASE_URL: url, REDIS_PREFIX: prefix }).redisPrefix;
    expect(loadConfig({ DATA_DIR: dataDir }).redisPrefix).toBe('pendopo:embedded:');
    expect(onDatabase('postgres://db.internal/icdd2021')).toBe('pendopo:icdd2021:');
    expect(onDatabase('postgres://pendopo@db.internal:5432/conference%20b?sslmode=require')).toBe(
      'pendopo:conference_b:',
    );
    expect(onDatabase('postgres://pendopo@db.internal')).toBe('pendopo:pendopo:');
    expect(onDatabase(`postgres://db.internal/${'d'.repeat(63)}`)).toHaveLength(64);
    expect(onDatabase('postgres://db.internal/icdd2021', 'icdd:staging:')).toBe('icdd:staging:');
  });

  it('builds the default public address from PORT', () => {
    expect(loadConfig({ DATA_DIR: dataDir, PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://db.example.org/pendopo'],
    ['DATABASE_URL', 'db.example.org:5432'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['REDIS_PREFIX', 'pendopo conference:'],
    ['REDIS_PREFIX', 'p'.repeat(65)],
    ['REDIS_PREFIX', 'pendopo/'],
    ['SMTP_URL', 'mail.example.org:25'],
    ['PUBLIC_URL', 'pendopo.example.org'],
    ['PUBLIC_URL', 'localhost:3000'],
    ['PUBLIC_URL', 'ftp://pendopo.example.org'],
    ['LOG_LEVEL', 'loud'],
    ['SESSION_SECRET', 'too-short'],
    ['METRICS_TOKEN', 'too-short'],
    ['PURGE_AFTER_DAYS', 'soon'],
    ['PURGE_AFTER_DAYS', '-1'],
    ['PURGE_AFTER_DAYS', '1.5'],
    ['SHUTDOWN_TIMEOUT', 'soon'],
    ['SHUTDOWN_TIMEOUT', '0'],
    ['SHUTDOWN_TIMEOUT', '3600'],
    ['LISTEN_BACKLOG', 'many'],
    ['LISTEN_BACKLOG', '0'],
    ['LISTEN_BACKLOG', '100000'],
    ['DATABASE_CONNECT_TIMEOUT', 'fast'],
    ['DATABASE_STATEMENT_TIMEOUT', '0'],
    ['DATABASE_IDLE_TRANSACTION_TIMEOUT', '-5'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '0'],
    ['TRUST_PROXY', '12'],
    ['TRUST_PROXY', 'nginx.internal'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '10.0.0.1,'],
    ['REGISTRATION_RATE_LIMIT', '60'],
    ['REGISTRATION_RATE_LIMIT', '60/10 minutes'],
    ['REGISTRATION_RATE_LIMIT', '0/1h'],
    ['REGISTRATION_RATE_LIMIT', '60/30d'],
    ['REGISTRATION_RATE_LIMIT', '1/1s,2/1m,3/1h,4/1d'],
  ])('refuses %s=%s with one line starting with the variable', (name, value) => {
    const env = { DATA_DIR: dataDir, SESSION_SECRET: SECRET, [name]: value };
    let error: unknown;
    try {
      loadConfig(env);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message.startsWith(`${name}: `)).toBe(true);
    expect(message).not.toContain('\n');
    expect(message.length).toBeGreaterThan(name.length + 5);
  });

  it('refuses DATABASE_URL without SESSION_SECRET: every node must share one', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, DATABASE_URL: 'postgres://db/pendopo' })).toThrowError(
      /^SESSION_SECRET: /,
    );
  });

  it('lets the other commands (migrate, seed-demo, create-organizer) run on PostgreSQL without the secret', () => {
    const config = loadCommandConfig({ DATA_DIR: dataDir, DATABASE_URL: 'postgres://db/pendopo' });
    expect(config).toMatchObject({ isEmbedded: false, databaseUrl: 'postgres://db/pendopo' });
    expect(config).not.toHaveProperty('sessionSecret');
    expect(existsSync(join(dataDir, 'session-secret'))).toBe(false);
    expect(() => loadCommandConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'too-short' })).toThrowError(
      /^SESSION_SECRET: /,
    );
  });

  it('runs on PostgreSQL with the shared secret, writing no secret file', () => {
    const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: 'postgresql://db/pendopo', SESSION_SECRET: SECRET });
    expect(config).toMatchObject({ isEmbedded: false, databaseUrl: 'postgresql://db/pendopo', sessionSecret: SECRET });
    expect(existsSync(join(dataDir, 'session-secret'))).toBe(false);
  });

  it('generates the embedded session secret once, keeps it in DATA_DIR, and reads the same one next time', () => {
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const file = join(dataDir, 'session-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first.sessionSecret);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(first.sessionSecret);
  });

  it('creates a missing DATA_DIR for the secret', () => {
    const nested = join(dataDir, 'not', 'yet');
    const config = loadConfig({ DATA_DIR: nested });
    expect(readFileSync(join(nested, 'session-secret'), 'utf8').trim()).toBe(config.sessionSecret);
  });

  it('gives another data directory another secret', () => {
    const other = mkdtempSync(join(tmpdir(), 'pendopo-config-'));
    try {
      expect(loadConfig({ DATA_DIR: other }).sessionSecret).not.toBe(loadConfig({ DATA_DIR: dataDir }).sessionSecret);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
