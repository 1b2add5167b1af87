import { z } from 'zod';
import { ConfigError } from './config.js';
import { SYSTEM } from './core/auth/actor.js';
import { createOrganizer } from './core/auth/auth.service.js';
import type { CommandAnswer } from './core/control/control.protocol.js';
import { failed } from './core/control/control.protocol.js';
import type { ControlCommand } from './core/control/control.socket.js';
import type { Database, Db } from './core/db/db.js';
import { DataDirLockedError } from './core/db/lock.js';
import { committedMigrations } from './core/db/open.js';
import { AppError } from './core/errors.js';
import { grantRole } from './modules/events/roles.service.js';

/**
 * The commands' own work on an open database, whichever process runs it: the command line
 * on a database it opened, or the running embedded server for a command handed to it.
 */

/** A fault the operator can act on, as one line; anything else is a bug and keeps its stack. */
export function operatorFault(error: unknown): string | null {
  if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof AppError) {
    return error.message;
  }
  return null;
}

/** The answer of a command's work: its line on success, the operator's fault on failure. */
export async function answerOf(work: () => Promise<string>): Promise<CommandAnswer> {
  try {
    return { code: 0, stdout: `${await work()}\n`, stderr: '' };
  } catch (error) {
    const fault = operatorFault(error);
    if (fault === null) throw error;
    return failed(fault);
  }
}

export const MIN_PASSWORD_LENGTH = 12;

export function checkOrganizerPassword(password: string | undefined) {
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH)
    throw new ConfigError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
}

export interface OrganizerInput {
  email: string;
  name: string;
  eventSlug?: string;
  password?: string;
}

/** create-organizer: an administrator (made one if the account exists), organizer of the event if named. */
export async function createOrganizerOn(db: Db, publicUrl: string, input: OrganizerInput): Promise<string> {
  checkOrganizerPassword(input.password);
  const { link } = await createOrganizer({ db, ...input, publicUrl });
  if (input.eventSlug)
    await grantRole({ db, actor: SYSTEM, slug: input.eventSlug, publicUrl, email: input.email, role: 'organizer' });
  return link
    ? `Organizer ready. One-time sign-in link (24 h): ${link}`
    : 'Organizer ready; sign in with the password.';
}

const organizerRequestSchema = z.strictObject({
  command: z.literal('create-organizer'),
  email: z.string().min(1).max(320),
  name: z.string().min(1).max(200),
  eventSlug: z.string().min(1).max(200).optional(),
  password: z.string().max(1024).optional(),
});

const migrateRequestSchema = z.strictObject({
  command: z.literal('migrate'),
  /** The migrations the command line knows: a server of another build may not have them all. */
  migrations: z.array(z.string().max(200)).max(10_000),
});

/** What the running embedded server does for the command line (see core/control). */
export function controlCommands(options: { database: Database; publicUrl: string }): Record<string, ControlCommand> {
  const { database, publicUrl } = options;
  return {
    'create-organizer': async (request) => {
      const parsed = organizerRequestSchema.safeParse(request);
      if (!parsed.success) return failed('create-organizer needs an e-mail address and a name');
      const { command: _, ...input } = parsed.data;
      return answerOf(() => createOrganizerOn(database.db, publicUrl, input));
    },
    migrate: async (request) => {
      const parsed = migrateRequestSchema.safeParse(request);
      if (!parsed.success) return failed('migrate needs the list of the migrations it knows');
      // It migrated when it started; this applies any committed since, from the files it runs on.
      await database.migrate();
      const own = new Set(committedMigrations());
      const missing = parsed.data.migrations.filter((hash) => !own.has(hash)).length;
      if (missing > 0) {
        return failed(
          `the running server is another build: ${missing} of this command's migrations are not its own. ` +
            'Stop it, then run `pendopo migrate` (or start the new build, which migrates).',
        );
      }
      return { code: 0, stdout: 'Migrations applied (by the running server, which has them all).\n', stderr: '' };
    },
  };
}
