import type { EventView } from '../../shared/events.js';
import { SYSTEM } from '../core/auth/actor.js';
import type { Db } from '../core/db/db.js';
import { seedDemoDelegations as seedThroughModule } from '../modules/delegations/delegations.demo.js';

/** The demo's delegations now seed in their module (its manifest's `seed`): these stay until seed.ts calls it. */
export { DEMO_FOCAL_POINT, DEMO_HEADS } from '../modules/delegations/delegations.demo.js';

/** Until demo/seed.ts calls each manifest's seed: the delegations' part, as the system. */
export async function seedDemoDelegations(options: { db: Db; event: EventView; privacyVersion: string }) {
  const data = { registrationForm: { privacyVersion: options.privacyVersion } };
  await seedThroughModule({ db: options.db, actor: SYSTEM, event: options.event, data });
}
