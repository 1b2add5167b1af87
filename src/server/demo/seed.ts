import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createEventSchema } from '../../shared/events.js';
import { registrationFormSchema } from '../../shared/registration.js';
import { MODULES } from '../app.js';
import { SYSTEM } from '../core/auth/actor.js';
import { createOrganizer } from '../core/auth/auth.service.js';
import type { Db } from '../core/db/db.js';
import { PROJECT_ROOT } from '../core/paths.js';
import { createEvent, listEvents } from '../modules/events/events.service.js';

/** The parts the seed itself reads; each module checks its own part when it seeds. */
const demoSchema = z.looseObject({
  organizer: z.object({ email: z.email(), name: z.string() }),
  event: createEventSchema,
  registrationForm: registrationFormSchema,
});

export const DEMO_FILE = `${PROJECT_ROOT}demo/icdd-2021.json`;

const readDemoFile = (): Record<string, unknown> => JSON.parse(readFileSync(DEMO_FILE, 'utf8'));

export function readDemo() {
  return demoSchema.parse(readDemoFile());
}

/**
 * Seeds the ICDD 2021 event and its demo organizer, whose one-time sign-in link it
 * returns; then each module's part (its manifest's `seed`, in the order of MODULES),
 * through the modules' own services. Does nothing (returns null) when any event exists.
 */
export async function seedDemo(options: {
  db: Db;
  publicUrl: string;
  isForced?: boolean;
  /** Fewer invented registrants than the demo file's, for tests that need the event and not the crowd. */
  registrants?: number;
}) {
  if (!options.isForced && (await listEvents({ db: options.db })).length > 0) return null;
  const data = readDemoFile();
  const demo = demoSchema.parse(data);
  // The organizer is found by e-mail if the seed runs again.
  const { accountId, link } = await createOrganizer({
    db: options.db,
    ...demo.organizer,
    publicUrl: options.publicUrl,
  });
  const actor = { ...SYSTEM, accountId };
  const event = await createEvent({ db: options.db, actor, input: demo.event });
  for (const module of MODULES) {
    await module.seed?.({ db: options.db, actor, event, data, registrants: options.registrants });
  }
  return { slug: event.slug, organizerEmail: demo.organizer.email, link };
}
