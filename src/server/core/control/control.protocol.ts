import { join } from 'node:path';
import { z } from 'zod';

/**
 * The embedded server's control socket: how the command line reaches a server that holds
 * DATA_DIR (PGlite takes one process). One JSON object on one line in, one line out.
 */
export const controlSocketPath = (dataDir: string) => join(dataDir, 'pendopo.sock');

/** A request: the command's name and its own fields, which the command checks. */
export const controlRequestSchema = z.looseObject({ command: z.string().min(1).max(100) });
export type ControlRequest = z.infer<typeof controlRequestSchema>;

/** What a command prints and its exit status: the same whether this process ran it or the running server did. */
export const commandAnswerSchema = z.strictObject({
  code: z.number().int().min(0).max(255),
  stdout: z.string(),
  stderr: z.string(),
});
export type CommandAnswer = z.infer<typeof commandAnswerSchema>;

/** Far more than any command needs (a name, an e-mail address, a password, a list of migrations). */
export const MAX_LINE_BYTES = 64 * 1024;

export const failed = (message: string): CommandAnswer => ({ code: 1, stdout: '', stderr: `pendopo: ${message}\n` });
