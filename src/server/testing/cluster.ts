import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres } from '../core/db/open.js';
import { PROJECT_ROOT } from '../core/paths.js';
import { createTestEvent } from './factories.js';
import { createPostgresDatabase } from './harness.js';

/** The nginx configuration of the deployment guide, as the tests run it. */
export const NGINX_CONF = join(PROJECT_ROOT, 'deploy/nginx/pendopo.conf');
export const NGINX_BIN = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => {
  try {
    execFileSync(path, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

const NGINX_TEMPS = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

export const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export async function waitFor(check: () => Promise<boolean> | boolean, boundMs: number, what: string) {
  const until = Date.now() + boundMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: not within ${boundMs} ms`);
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface NodeProcess {
  port: number;
  child: ChildProcess;
  exited: Promise<Exit>;
  /** What the node printed (its JSON log lines and the banner). */
  output(): string;
}

/** `pendopo serve --no-demo` from the sources in a process of its own, as an operator runs a node. */
export async function startNodeProcess(env: Record<string, string>, port?: number): Promise<NodeProcess> {
  const nodePort = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve', '--no-demo'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env, PORT: String(nodePort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  await waitFor(() => hasExited || output.includes('Pendopo is running'), 60_000, `node on port ${nodePort}`);
  if (hasExited) throw new Error(`the node exited at start:\n${output}`);
  return { port: nodePort, child, exited, output: () => output };
}

export interface Nginx {
  /** The TLS port, as clients reach the platform. */
  port: number;
  stop(): Promise<void>;
}

/**
 * The guide's nginx configuration on loopback: the upstream servers swapped for the given
 * node ports, the listening ports for free ones, the certificate for a throwaway one.
 */
export async function startNginx(nodePorts: number[]): Promise<Nginx> {
  if (!NGINX_BIN) throw new Error('nginx is not installed (Debian package nginx-light)');
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-nginx-'));
  chmodSync(dir, 0o755);
  // nginx's workers run as another user when the master is root: their scratch folders are open to them.
  for (const temp of NGINX_TEMPS) {
    mkdirSync(join(dir, temp));
    chmodSync(join(dir, temp), 0o777);
  }
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'],
      ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    ],
    { stdio: 'ignore' },
  );
  const [port, plainPort] = [await freePort(), await freePort()];
  const swaps: [string, string][] = [
    [
      '    server 10.0.1.11:3000 max_fails=3 fail_timeout=10s;\n    server 10.0.1.12:3000 max_fails=3 fail_timeout=10s;\n',
      nodePorts.map((p) => `    server 127.0.0.1:${p} max_fails=3 fail_timeout=10s;\n`).join(''),
    ],
    ['listen 80;', `listen 127.0.0.1:${plainPort};`],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${port} ssl http2;`],
    ['/etc/ssl/certs/conference.example.org.pem', join(dir, 'cert.pem')],
    ['/etc/ssl/private/conference.example.org.key', join(dir, 'key.pem')],
  ];
  let site = readFileSync(NGINX_CONF, 'utf8');
  for (const [from, to] of swaps) {
    if (!site.includes(from)) throw new Error(`deploy/nginx/pendopo.conf no longer has "${from.trim()}"`);
    site = site.replace(from, to);
  }
  writeFileSync(join(dir, 'pendopo.conf'), site);
  const temps = NGINX_TEMPS.map((name) => `${name}_temp_path ${join(dir, name)};`).join('\n  ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  ${temps}
  include ${join(dir, 'pendopo.conf')};
}
`,
  );
  const child = spawn(NGINX_BIN, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitFor(() => accepts(port), 10_000, `nginx: ${errors}`);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    port,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A PostgreSQL database of its own, migrated, with one event whose plenary holds `capacity`:
 * what node processes, outages and benchmarks start from. `drop` closes and removes it.
 */
export async function openEventDatabase(prefix: string, capacity: number) {
  const created = await createPostgresDatabase(process.env.DATABASE_URL, prefix);
  const database = await openPostgres(created.url, 3);
  await database.migrate();
  const event = await createTestEvent(database.db, { rooms: [{ name: { en: 'Plenary' }, capacity }] });
  return {
    url: created.url,
    database,
    event,
    drop: async () => {
      await database.close();
      await created.drop();
    },
  };
}
