import { buildApp, MODULES } from './app.js';
import { type Config, ConfigError } from './config.js';
import { SYSTEM } from './core/auth/actor.js';
import { createOrganizer } from './core/auth/auth.service.js';
import { startForgettingOldAnswers } from './core/idempotency/idempotency.js';
import { startMailSender } from './core/mail/sender.js';
import { openRuntime } from './core/runtime.js';
import { seedDemo } from './demo/seed.js';
import { grantRole } from './modules/events/roles.service.js';
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

  stopOnSignals({
    drain,
    log: app.log,
    boundMs: config.shutdownTimeoutMs,
    finish: async () => {
      for (const stop of stops) await stop();
      // A purge the jobs finished while stopping is rewritten out of the files before they close.
      await ctx.scrub.flush();
      await runtime.close();
    },
  });

  await app.listen({ port: config.port, host: config.host });
  say(`Pendopo is running at ${config.publicUrl} (database: ${runtime.database.kind}, bus: ${runtime.bus.kind})`);
  if (demo) {
    say(`Demo event: ${config.publicUrl}/events/${demo.slug}`);
    say(`Demo organizer ${demo.organizerEmail}, one-time sign-in link (24 h): ${demo.link}`);
  }
}

export async function runMigrate(config: Config) {
  const runtime = await openRuntime(config, { withBus: false });
  await runtime.database.migrate();
  await runtime.close();
  say('Migrations applied.');
}

export async function runSeedDemo(config: Config) {
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
  config: Config,
  options: { email: string; name: string; eventSlug?: string; isPasswordFromStdin: boolean },
) {
  const password = options.isPasswordFromStdin ? await readStdin() : undefined;
  if (password !== undefined && password.length < 12)
    throw new ConfigError('the password must have at least 12 characters');
  const runtime = await openRuntime(config, { withBus: false });
  try {
    await runtime.database.migrate();
    const db = runtime.database.db;
    const { link } = await createOrganizer({
      db,
      email: options.email,
      name: options.name,
      password,
      publicUrl: config.publicUrl,
    });
    if (options.eventSlug)
      await grantRole({ db, actor: SYSTEM, slug: options.eventSlug, email: options.email, role: 'organizer' });
    say(
      link ? `Organizer ready. One-time sign-in link (24 h): ${link}` : 'Organizer ready; sign in with the password.',
    );
  } finally {
    await runtime.close();
  }
}
