import { pagePath } from '../shared/routes.js';
import { buildApp, MODULES } from './app.js';
import { answerOf, checkOrganizerPassword, controlCommands, createOrganizerOn } from './commands.js';
import type { CommandConfig, Config } from './config.js';
import { handOver } from './core/control/control.client.js';
import type { CommandAnswer, ControlRequest } from './core/control/control.protocol.js';
import { type ControlSocket, startControlSocket } from './core/control/control.socket.js';
import { DataDirLockedError } from './core/db/lock.js';
import { committedMigrations } from './core/db/open.js';
import { startForgettingOldAnswers } from './core/idempotency/idempotency.js';
import { startMailSender } from './core/mail/sender.js';
import { openRuntime, type Runtime } from './core/runtime.js';
import { seedDemo } from './demo/seed.js';
import { stopOnSignals } from './shutdown.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

export async function runServe(config: Config, options: { withDemo: boolean }) {
  const runtime = await openRuntime(config);
  await runtime.database.migrate();
  const { app, ctx, drain } = await buildApp({ config, ...runtime });
  // Two nodes starting together on an empty database: the second finds the first's event and seeds nothing.
  const demo = options.withDemo
    ? await runtime.database.withStartLock(() => seedDemo({ db: ctx.db, publicUrl: config.publicUrl }))
    : null;

  const stops: (() => Promise<void>)[] = [];
  if (config.smtpUrl) {
    const sender = await startMailSender({
      db: ctx.db,
      bus: ctx.bus,
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      log: app.log,
    });
    stops.push(sender.stop);
  }
  stops.push(startForgettingOldAnswers(ctx.db, app.log));
  for (const module of MODULES) if (module.jobs) stops.push(await module.jobs(ctx));

  // The embedded server holds DATA_DIR: the command line's create-organizer and migrate come through it.
  let control: ControlSocket | null = null;
  if (config.isEmbedded) {
    const commands = controlCommands({ database: runtime.database, publicUrl: config.publicUrl });
    // Serving matters more: without the socket, those commands wait for a stop as before.
    control = await startControlSocket({ dataDir: config.dataDir, commands, log: app.log }).catch((error) => {
      app.log.warn({ err: error }, 'no control socket: the command line cannot reach this server');
      return null;
    });
  }

  stopOnSignals({
    drain,
    log: app.log,
    boundMs: config.shutdownTimeoutMs,
    finish: async () => {
      await control?.close();
      for (const stop of stops) await stop();
      // A purge the jobs finished while stopping is rewritten out of the files before they close.
      await ctx.scrub.flush();
      await runtime.close();
    },
  });

  await app.listen({ port: config.port, host: config.host, backlog: config.listenBacklog });
  say(`Pendopo is running at ${config.publicUrl} (database: ${runtime.database.kind}, bus: ${runtime.bus.kind})`);
  if (demo) {
    say(`Demo event: ${config.publicUrl}${pagePath('event', { slug: demo.slug })}`);
    say(`Demo organizer ${demo.organizerEmail}, one-time sign-in link (24 h): ${demo.link}`);
  }
}

function print(answer: CommandAnswer) {
  process.stdout.write(answer.stdout);
  process.stderr.write(answer.stderr);
  process.exitCode = answer.code;
}

/**
 * Runs a command's work on the database it opens; when the embedded server holds DATA_DIR
 * and listens on its control socket, hands the request to that server instead and prints
 * its answer. PostgreSQL takes no lock: the command connects as every node does.
 */
async function onDatabase(config: CommandConfig, request: ControlRequest, work: (runtime: Runtime) => Promise<string>) {
  let runtime: Runtime;
  try {
    runtime = await openRuntime(config, { withBus: false });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const answer = await handOver(config.dataDir, request).catch((reason: Error) => {
      throw new DataDirLockedError(`${error.message} Its control socket did not take the command: ${reason.message}`);
    });
    if (!answer) throw error;
    return print(answer);
  }
  try {
    print(await answerOf(() => work(runtime)));
  } finally {
    await runtime.close();
  }
}

export function runMigrate(config: CommandConfig) {
  return onDatabase(config, { command: 'migrate', migrations: committedMigrations() }, async (runtime) => {
    await runtime.database.migrate();
    return 'Migrations applied.';
  });
}

export async function runSeedDemo(config: CommandConfig) {
  const runtime = await openRuntime(config, { withBus: false });
  await runtime.database.migrate();
  const demo = await runtime.database.withStartLock(() =>
    seedDemo({ db: runtime.database.db, publicUrl: config.publicUrl }),
  );
  await runtime.close();
  say(demo ? `Seeded ${demo.slug}; organizer sign-in link: ${demo.link}` : 'An event exists already; nothing seeded.');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function runCreateOrganizer(
  config: CommandConfig,
  options: { email: string; name: string; eventSlug?: string; isPasswordFromStdin: boolean },
) {
  const password = options.isPasswordFromStdin ? await readStdin() : undefined;
  // Before the database opens, which takes seconds.
  checkOrganizerPassword(password);
  const input = { email: options.email, name: options.name, eventSlug: options.eventSlug, password };
  return onDatabase(config, { command: 'create-organizer', ...input }, async (runtime) => {
    await runtime.database.migrate();
    return createOrganizerOn(runtime.database.db, config.publicUrl, input);
  });
}
