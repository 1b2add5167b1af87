import { buildApp, MODULES } from './app.js';
import { type CommandConfig, type Config, ConfigError } from './config.js';
import { SYSTEM } from './core/auth/actor.js';
import { createOrganizer } from './core/auth/auth.service.js';
import { startMailSender } from './core/mail/sender.js';
import { openRuntime } from './core/runtime.js';
import { seedDemo } from './demo/seed.js';
import { grantRole } from './modules/events/roles.service.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

export async function runServe(config: Config, options: { withDemo: boolean }) {
  const runtime = await openRuntime(config);
  await runtime.database.migrate();
  const { app, ctx } = await buildApp({ config, ...runtime });
  const demo = options.withDemo ? await seedDemo({ db: ctx.db, publicUrl: config.publicUrl }) : null;

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
  for (const module of MODULES) if (module.jobs) stops.push(await module.jobs(ctx));

  let isClosing = false;
  const shutdown = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    app.log.info({ signal }, 'finishing in-flight requests, then stopping');
    // Fastify answers new requests with 503 and waits for those under way.
    await app.close();
    for (const stop of stops) await stop();
    // A purge the jobs finished while stopping is rewritten out of the files before they close.
    await ctx.scrub.flush();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  say(`Pendopo is running at ${config.publicUrl} (database: ${runtime.database.kind}, bus: ${runtime.bus.kind})`);
  if (demo) {
    say(`Demo event: ${config.publicUrl}/events/${demo.slug}`);
    say(`Demo organizer ${demo.organizerEmail}, one-time sign-in link (24 h): ${demo.link}`);
  }
}

export async function runMigrate(config: CommandConfig) {
  const runtime = await openRuntime(config, { withBus: false });
  await runtime.database.migrate();
  await runtime.close();
  say('Migrations applied.');
}

export async function runSeedDemo(config: CommandConfig) {
  const runtime = await openRuntime(config, { withBus: false });
  await runtime.database.migrate();
  const demo = await seedDemo({ db: runtime.database.db, publicUrl: config.publicUrl });
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
