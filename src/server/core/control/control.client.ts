import { connect } from 'node:net';
import { type CommandAnswer, type ControlRequest, commandAnswerSchema, controlSocketPath } from './control.protocol.js';

/** Errors that mean nobody listens there: no socket file, or one a crashed server left. */
const NOBODY = new Set(['ENOENT', 'ECONNREFUSED']);

/** Long enough for a migration on a large database; a server that never answers is not waited on forever. */
const ANSWER_MS = 10 * 60_000;

/**
 * Hands a command to the server running on DATA_DIR and returns its answer; null when no
 * server listens on the control socket.
 */
export function handOver(dataDir: string, request: ControlRequest): Promise<CommandAnswer | null> {
  return new Promise((resolve, reject) => {
    const socket = connect(controlSocketPath(dataDir));
    let isConnected = false;
    let received = '';
    socket.setTimeout(ANSWER_MS, () =>
      socket.destroy(new Error('the running server did not answer in time; its log may say why')),
    );
    socket.on('connect', () => {
      isConnected = true;
      socket.write(`${JSON.stringify(request)}\n`);
    });
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (!isConnected && NOBODY.has(error.code ?? '')) resolve(null);
      else reject(error);
    });
    socket.on('end', () => {
      const line = received.split('\n')[0] ?? '';
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        parsed = undefined;
      }
      const answer = commandAnswerSchema.safeParse(parsed);
      if (answer.success) resolve(answer.data);
      else reject(new Error('the running server answered something this command cannot read'));
    });
  });
}
