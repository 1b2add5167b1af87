import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createEventSchema } from '../../shared/events.js';
import { registrationFormSchema } from '../../shared/registration.js';
import { SYSTEM } from '../core/auth/actor.js';
import { createOrganizer } from '../core/auth/auth.service.js';
import type { Db } from '../core/db/db.js';
import { PROJECT_ROOT } from '../core/paths.js';
import { listEvents } from '../modules/events/events.repo.js';
import { createEvent } from '../modules/events/events.service.js';
import { saveForm } from '../modules/registration/registration.repo.js';
import { seedDemoDelegations } from './delegations.js';
import { demoProgrammeSchema, seedDemoProgramme } from './programme.js';
import { seedDemoRegistrants } from './registrants.js';

const demoSchema = z.object({
  organizer: z.object({ email: z.email(), name: z.string() }),
  event: createEventSchema,
  registrationForm: registrationFormSchema,
  programme: demoProgrammeSchema,
  /** How many invented registrants to add, so the organizer's list and figures have something to show. */
  registrants: z.number().int().min(0).max(20_000),
});

export const DEMO_FILE = `${PROJECT_ROOT}demo/icdd-2021.json`;

export function readDemo() {
  return demoSchema.parse(JSON.parse(readFileSync(DEMO_FILE, 'utf8')));
}

/**
 * Seeds the ICDD 2021 event and its demo organizer, whose one-time sign-in
 * link it returns. Does nothing (returns null) when any event exists.
 */
export async function seedDemo(options: {
  db: Db;
  publicUrl: string;
  isForced?: boolean;
  /** Fewer invented registrants than the demo file's, for tests that need the event and not the crowd. */
  registrants?: number;
}) {
  if (!options.isForced && (await listEvents(options.db)).length > 0) return null;
  const demo = readDemo();
  // Both steps may be run again: the organizer is found by e-mail, the event is made only when missing.
  const { accountId, link } = await createOrganizer({
    db: options.db,
    ...demo.organizer,
    publicUrl: options.publicUrl,
  });
  const event = await createEvent({ db: options.db, actor: { ...SYSTEM, accountId }, input: demo.event });
  await saveForm(options.db, event.id, demo.registrationForm);
  await seedDemoProgramme({
    db: options.db,
    actor: { ...SYSTEM, accountId },
    event,
    programme: demo.programme,
  });
  await seedDemoRegistrants({
    db: options.db,
    eventId: event.id,
    form: demo.registrationForm,
    count: options.registrants ?? demo.registrants,
    from: new Date('2021-11-08T10:00:00+07:00'),
    to: new Date(event.startsAt),
  });
  await seedDemoDelegations({ db: options.db, event, privacyVersion: demo.registrationForm.privacyVersion });
  return { slug: event.slug, organizerEmail: demo.organizer.email, link };
}
