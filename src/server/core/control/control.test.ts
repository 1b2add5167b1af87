import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type ServeProcess, startServe } from '../../testing/cli.js';
import { createPostgresDatabase } from '../../testing/harness.js';
import { handOver } from './control.client.js';
import { controlSocketPath } from './control.protocol.js';
import { startControlSocket } from './control.socket.js';

const SLOW = 180_000;
const PUBLIC_URL = 'http://pendopo.test';
const PASSWORD = 'a long password from stdin';
const LINK = /http:\/\/pendopo\.test\/sign-in\/link\?token=([A-Za-z0-9_-]+)/;

/** Signs in on the running server, by a one-time link or a password; the session's account, or null. */
async function signIn(origin: string, body: { token: string } | { email: string; password: string }) {
  const path = 'token' in body ? '/api/auth/magic-link/consume' : '/api/auth/password';
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 204) return null;
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const session = await fetch(`${origin}/api/session`, { headers: { cookie } });
  return ((await session.json()) as { account: { email: string; isAdmin: boolean } | null }).account;
}

/** A socket file with nobody behind it: what a server killed with SIGKILL leaves. */
function leaveStaleSocket(path: string) {
  const script = `require('node:net').createServer().listen(process.argv[1], () => process.kill(process.pid, 'SIGKILL'))`;
  spawnSync(process.execPath, ['-e', script, path]);
  expect(statSync(path).isSocket()).toBe(true);
}

/** A command's answer with its one-time token masked: two runs differ only there. */
const masked = (text: string) => text.replace(/token=[A-Za-z0-9_-]+/g, 'token=…');

describe('the command line beside the running embedded server', () => {
  let base: string;
  let dataDir: string;
  let server: ServeProcess;
  const socketPath = () => controlSocketPath(dataDir);
  const cli = (args: string[], input?: string) => runCli(args, { dataDir, input, env: { PUBLIC_URL } });

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'pendopo-control-'));
    dataDir = join(base, 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    leaveStaleSocket(socketPath());
    server = await startServe({ dataDir, env: { PUBLIC_URL, LOG_LEVEL: 'debug' } });
  }, SLOW);
  afterAll(async () => {
    await server?.stop();
    rmSync(base, { recursive: true, force: true });
  });

  it('listens on DATA_DIR/pendopo.sock (mode 0600, DATA_DIR made 0700) in place of a crashed one', async () => {
    expect(statSync(socketPath()).isSocket()).toBe(true);
    expect(statSync(socketPath()).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const answer = await handOver(dataDir, { command: 'seed-demo' });
    expect(answer).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'pendopo: the running server does not take "seed-demo" from the command line (it takes: create-organizer, migrate)\n',
    });
  });

  it(
    'creates an organizer through it: the sign-in link goes to the command alone and signs them in',
    async () => {
      const result = await cli(['create-organizer', '--email', 'Ketua@Example.org', '--name', 'Ketua Panitia']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      // The link names the server's PUBLIC_URL: the server made it (this command's would do as well).
      const token = LINK.exec(result.stdout)?.[1] ?? '';
      expect(token).not.toBe('');
      expect(server.output()).not.toContain(token);
      expect(await signIn(server.origin, { token })).toMatchObject({ email: 'ketua@example.org', isAdmin: true });
    },
    SLOW,
  );

  it(
    'takes the password from standard input, which the server never writes in its log',
    async () => {
      const result = await cli(
        ['create-organizer', '--email', 'wakil@example.org', '--name', 'Wakil', '--password-stdin'],
        `${PASSWORD}\n`,
      );
      expect(result).toEqual({ code: 0, stdout: 'Organizer ready; sign in with the password.\n', stderr: '' });
      expect(await signIn(server.origin, { email: 'wakil@example.org', password: PASSWORD })).toMatchObject({
        isAdmin: true,
      });
      expect(server.output()).not.toContain(PASSWORD);
      expect(server.output()).not.toContain('wakil@example.org');
    },
    SLOW,
  );

  it(
    'migrates through it, and refuses a command line whose migrations the server does not have',
    async () => {
      const result = await cli(['migrate']);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(/^Migrations applied/);
      const newer = await handOver(dataDir, { command: 'migrate', migrations: ['a-migration-of-another-build'] });
      expect(newer?.code).toBe(1);
      expect(newer?.stderr).toContain('another build');
    },
    SLOW,
  );

  it('answers a short password, a request without its fields and a line that is not JSON with an error', async () => {
    const short = { command: 'create-organizer', email: 'x@example.org', name: 'X', password: 'short' };
    expect(await handOver(dataDir, short)).toMatchObject({
      code: 1,
      stderr: 'pendopo: the password must have at least 12 characters\n',
    });
    expect((await handOver(dataDir, { command: 'create-organizer' }))?.stderr).toContain('needs an e-mail address');
    const raw = connect(socketPath());
    raw.end('not json\n');
    let answered = '';
    for await (const chunk of raw) answered += String(chunk);
    expect(JSON.parse(answered)).toMatchObject({ code: 1, stderr: expect.stringContaining('one JSON object') });
  });

  it.runIf(process.getuid?.() === 0)('refuses another user by the socket file’s mode alone', () => {
    const asNobody = () => {
      const script = `const s = require('node:net').connect(process.argv[1]);
        s.on('connect', () => { console.log('connected'); process.exit(0); });
        s.on('error', (e) => { console.log(e.code); process.exit(0); });`;
      const run = spawnSync(process.execPath, ['-e', script, socketPath()], { uid: 65534, gid: 65534, cwd: '/' });
      return String(run.stdout).trim();
    };
    // The directories let nobody through, so only the socket's own mode stands in the way.
    chmodSync(base, 0o711);
    chmodSync(dataDir, 0o711);
    try {
      expect(asNobody()).toBe('EACCES');
      chmodSync(socketPath(), 0o666);
      expect(asNobody()).toBe('connected');
    } finally {
      chmodSync(socketPath(), 0o600);
      chmodSync(dataDir, 0o700);
      chmodSync(base, 0o700);
    }
  });

  it(
    'answers a repeated create-organizer as the command does on its own, and goes with the server',
    async () => {
      const commands = [
        ['create-organizer', '--email', 'ketua@example.org', '--name', 'Ketua Panitia'],
        ['create-organizer', '--email', 'ketua@example.org', '--name', 'Ketua Panitia', '--event', 'no-such-event'],
      ];
      const handedOver = [];
      for (const args of commands) handedOver.push(await cli(args));
      await server.stop();
      expect(existsSync(socketPath())).toBe(false);
      const alone = [];
      for (const args of commands) alone.push(await cli(args));
      expect(alone.map((r) => r.code)).toEqual([0, 1]);
      expect(alone[0]?.stdout).toMatch(LINK);
      expect(alone[1]?.stderr).toBe('pendopo: No such event.\n');
      expect(handedOver.map((r) => ({ ...r, stdout: masked(r.stdout) }))).toEqual(
        alone.map((r) => ({ ...r, stdout: masked(r.stdout) })),
      );
    },
    SLOW,
  );
});

describe('the control socket on its own', () => {
  const log = Fastify({ logger: false }).log;

  it('refuses a DATA_DIR too long for a socket address rather than listen beside it', async () => {
    const base = mkdtempSync(join(tmpdir(), 'pendopo-control-'));
    try {
      const dataDir = join(base, 'd'.repeat(120));
      mkdirSync(dataDir);
      await expect(startControlSocket({ dataDir, commands: {}, log })).rejects.toThrow('longer than');
      expect(readdirSync(base)).toEqual(['d'.repeat(120)]);
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('refuses to take the place of a file that is not a socket', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pendopo-control-'));
    try {
      writeFileSync(controlSocketPath(dataDir), 'notes');
      await expect(startControlSocket({ dataDir, commands: {}, log })).rejects.toThrow('is not one');
      expect(readFileSync(controlSocketPath(dataDir), 'utf8')).toBe('notes');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.runIf(process.env.DATABASE_URL)('the command line beside a node on PostgreSQL', () => {
  let dataDir: string;
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let server: ServeProcess;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pendopo-control-pg-'));
    database = await createPostgresDatabase();
    const env = { DATABASE_URL: database.url, SESSION_SECRET: 'a-shared-secret-of-at-least-32-characters' };
    server = await startServe({ dataDir, env: { ...env, PUBLIC_URL } });
  }, SLOW);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'opens no socket; migrate and create-organizer connect directly, without SESSION_SECRET',
    async () => {
      expect(existsSync(controlSocketPath(dataDir))).toBe(false);
      const env = { DATABASE_URL: database.url, PUBLIC_URL };
      expect(await runCli(['migrate'], { dataDir, env })).toEqual({
        code: 0,
        stdout: 'Migrations applied.\n',
        stderr: '',
      });
      const created = await runCli(['create-organizer', '--email', 'ketua@example.org', '--name', 'Ketua'], {
        dataDir,
        env,
      });
      expect(created.stderr).toBe('');
      const token = LINK.exec(created.stdout)?.[1] ?? '';
      expect(await signIn(server.origin, { token })).toMatchObject({ email: 'ketua@example.org', isAdmin: true });
    },
    SLOW,
  );
});
