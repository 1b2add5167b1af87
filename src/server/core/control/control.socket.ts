import { chmodSync, lstatSync, rmSync, statSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import {
  type CommandAnswer,
  controlRequestSchema,
  controlSocketPath,
  failed,
  MAX_LINE_BYTES,
} from './control.protocol.js';

/** A command the socket takes: it checks its own fields and answers what to print. */
export type ControlCommand = (request: Record<string, unknown>) => Promise<CommandAnswer>;

export interface ControlSocket {
  readonly path: string;
  close(): Promise<void>;
}

/** What fits a socket's address everywhere: 108 bytes with the final NUL on Linux, 104 on macOS. */
const MAX_PATH_BYTES = 103;

/** A client that connects and says nothing is let go; a command itself may take its time. */
const IDLE_MS = 30_000;

/**
 * Only this user may connect. Linux needs write permission on a socket file to connect to it, so
 * its mode 0600 refuses everyone else (root aside, who could read the database files anyway); no
 * peer credentials (SO_PEERCRED) are needed. The directory is made private too: it holds the
 * session secret and the database, and some systems ignore a socket's own mode.
 */
function makePrivate(dataDir: string, log: FastifyBaseLogger) {
  if ((statSync(dataDir).mode & 0o077) === 0) return;
  chmodSync(dataDir, 0o700);
  log.info({ dataDir }, 'DATA_DIR made private to this user (mode 0700): it holds the secret and the database');
}

/** One left by a process that crashed: no other server runs here, we hold the DATA_DIR lock. */
function removeStale(path: string) {
  let isSocket: boolean;
  try {
    isSocket = lstatSync(path).isSocket();
  } catch {
    return;
  }
  if (!isSocket) throw new Error(`${path} is in the way of the control socket and is not one: move it away`);
  rmSync(path, { force: true });
}

/**
 * Listens on DATA_DIR/pendopo.sock for the commands given. Call it only while holding the DATA_DIR
 * lock. Nothing a client sends or is answered is logged: a password or a sign-in link may be in it.
 */
export async function startControlSocket(options: {
  dataDir: string;
  commands: Readonly<Record<string, ControlCommand>>;
  log: FastifyBaseLogger;
}): Promise<ControlSocket> {
  const { dataDir, commands, log } = options;
  const path = controlSocketPath(dataDir);
  // A longer path is cut short without an error, and the socket lands beside DATA_DIR instead.
  if (Buffer.byteLength(path) > MAX_PATH_BYTES) {
    throw new Error(`${path} is longer than a Unix socket's address may be (${MAX_PATH_BYTES} bytes)`);
  }
  makePrivate(dataDir, log);
  removeStale(path);

  const answer = async (line: string): Promise<CommandAnswer> => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return failed('the control socket takes one JSON object on one line');
    }
    const request = controlRequestSchema.safeParse(parsed);
    if (!request.success) return failed('the request names no command');
    const { command } = request.data;
    const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!run) {
      const known = Object.keys(commands).join(', ');
      return failed(`the running server does not take "${command}" from the command line (it takes: ${known})`);
    }
    try {
      return await run(request.data);
    } catch (error) {
      log.error({ err: error, command }, 'a command from the control socket failed');
      return failed(`the running server could not run ${command}; its log says why`);
    }
  };

  const connections = new Set<Socket>();
  const server = createServer((socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(IDLE_MS, () => socket.destroy());
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const end = received.indexOf('\n');
      if (end === -1 && Buffer.byteLength(received) <= MAX_LINE_BYTES) return;
      socket.off('data', onData);
      socket.setTimeout(0);
      const reply = end === -1 ? Promise.resolve(failed('the request is too long')) : answer(received.slice(0, end));
      void reply.then((result) => socket.end(`${JSON.stringify(result)}\n`));
    };
    socket.on('data', onData);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const close = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of connections) socket.destroy();
    await closed;
    rmSync(path, { force: true });
  };
  try {
    chmodSync(path, 0o600);
  } catch (error) {
    await close();
    throw error;
  }
  return { path, close };
}
