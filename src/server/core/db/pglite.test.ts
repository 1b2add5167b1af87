import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEvent } from '../../modules/events/events.service.js';
import { runCli } from '../../testing/cli.js';
import { TestClient } from '../../testing/client.js';
import { createTestEvent } from '../../testing/factories.js';
import { buildTestApp, testConfig } from '../../testing/harness.js';
import { createMemoryBus } from '../bus/bus.js';
import { DataDirLockedError, lockDataDir } from './lock.js';
import { openPglite } from './open.js';

const SLOW = 120_000;

/** The pid of a process that has just ended: surely not running. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('the embedded database (PGlite on a directory)', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pendopo-pglite-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'keeps what was written before a restart',
    async () => {
      const before = await openPglite(join(dataDir, 'pglite'));
      await before.migrate();
      const event = await createTestEvent(before.db, { rooms: [{ name: { en: 'Bali room' }, capacity: 40 }] });
      await before.close();

      const after = await openPglite(join(dataDir, 'pglite'));
      try {
        expect(await after.isCurrent()).toBe(true);
        const reread = await getEvent({ db: after.db, slug: event.slug });
        expect(reread).toEqual(event);
      } finally {
        await after.close();
      }
    },
    SLOW,
  );

  describe('the DATA_DIR lock', () => {
    const lockFile = () => join(dataDir, 'pendopo.lock');

    it('is taken with our pid, refused a second time while held, and free again once released', () => {
      const release = lockDataDir(dataDir);
      expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
      expect(() => lockDataDir(dataDir)).toThrowError(DataDirLockedError);
      release();
      expect(existsSync(lockFile())).toBe(false);
      lockDataDir(dataDir)();
    });

    it('refuses a directory that a running process holds, naming DATA_DIR, and leaves its lock alone', () => {
      const owner = process.ppid;
      writeFileSync(lockFile(), String(owner));
      expect(() => lockDataDir(dataDir)).toThrowError(new RegExp(`^DATA_DIR ${dataDir} is in use .*${owner}`));
      expect(readFileSync(lockFile(), 'utf8')).toBe(String(owner));
    });

    it.each([
      ['a process that has ended', () => String(deadPid())],
      ['an earlier process with our pid (pids repeat in containers)', () => String(process.pid)],
      ['no pid at all (a crash while writing it)', () => ''],
    ])('takes over a lock left by %s', (_case, content) => {
      writeFileSync(lockFile(), content());
      const release = lockDataDir(dataDir);
      expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
      release();
    });
  });

  describe('the command line', () => {
    it(
      'refuses to run on a DATA_DIR another process holds: exit 1, one line naming DATA_DIR',
      async () => {
        const release = lockDataDir(dataDir);
        try {
          const result = await runCli(['migrate'], { dataDir });
          expect(result.code).toBe(1);
          const lines = result.stderr.trim().split('\n');
          expect(lines).toHaveLength(1);
          expect(lines[0]).toContain(`DATA_DIR ${dataDir}`);
          expect(lines[0]).toContain('in use');
          expect(result.stdout).toBe('');
          expect(readFileSync(join(dataDir, 'pendopo.lock'), 'utf8')).toBe(String(process.pid));
          expect(existsSync(join(dataDir, 'pglite'))).toBe(false);
        } finally {
          release();
        }
      },
      SLOW,
    );

    it(
      'creates an organizer and prints a one-time sign-in link that signs them in as an administrator',
      async () => {
        const result = await runCli(['create-organizer', '--email', 'Ketua@Example.org', '--name', 'Ketua Panitia'], {
          dataDir,
          env: { PUBLIC_URL: 'http://pendopo.test' },
        });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const token = /http:\/\/pendopo\.test\/sign-in\/link\?token=([A-Za-z0-9_-]+)/.exec(result.stdout)?.[1];
        expect(token).toBeDefined();
        expect(existsSync(join(dataDir, 'pendopo.lock'))).toBe(false);

        // The same directory, opened by the app: the link works there.
        const release = lockDataDir(dataDir);
        const database = await openPglite(join(dataDir, 'pglite'));
        const bus = createMemoryBus();
        const { app } = await buildTestApp({ config: testConfig({ DATA_DIR: dataDir }), database, bus });
        try {
          const client = new TestClient(app);
          expect((await client.post('/api/auth/magic-link/consume', { token })).status).toBe(204);
          const { account } = (await client.get('/api/session')).json;
          expect(account).toMatchObject({ email: 'ketua@example.org', name: 'Ketua Panitia', isAdmin: true });
        } finally {
          await app.close();
          await database.close();
          release();
        }
      },
      SLOW,
    );
  });
});
