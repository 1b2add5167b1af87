#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { runCreateOrganizer, runMigrate, runSeedDemo, runServe } from './cli.js';
import { operatorFault } from './commands.js';
import { ConfigError, loadCommandConfig, loadConfig } from './config.js';

const USAGE = `Usage: pendopo [command] [options]

Commands:
  serve                 run the platform (the default); --no-demo skips the demo event
  migrate               apply the database migrations and exit
  seed-demo             add the ICDD 2021 demo event when the database has no event
  create-organizer      --email E --name N [--password-stdin] [--event SLUG]
                        an administrator account; prints a one-time sign-in link
                        unless a password is read from standard input

Only serve needs SESSION_SECRET. While the embedded server runs on DATA_DIR,
migrate and create-organizer are handed to it (DATA_DIR/pendopo.sock).
`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      'no-demo': { type: 'boolean', default: false },
      email: { type: 'string' },
      name: { type: 'string' },
      event: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help) return void process.stdout.write(USAGE);
  switch (command) {
    case 'serve':
      return runServe(loadConfig(), { withDemo: !values['no-demo'] });
    case 'migrate':
      return runMigrate(loadCommandConfig());
    case 'seed-demo':
      return runSeedDemo(loadCommandConfig());
    case 'create-organizer':
      if (!values.email || !values.name) throw new ConfigError('create-organizer needs --email and --name');
      return runCreateOrganizer(loadCommandConfig(), {
        email: values.email,
        name: values.name,
        eventSlug: values.event,
        isPasswordFromStdin: values['password-stdin'],
      });
    default:
      throw new ConfigError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

main().catch((error: unknown) => {
  const fault = operatorFault(error);
  if (fault !== null) {
    process.stderr.write(`pendopo: ${fault}\n`);
  } else {
    process.stderr.write(`pendopo: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
