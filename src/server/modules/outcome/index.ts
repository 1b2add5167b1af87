import { OUTCOME_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { eventSlugs } from '../events/events.service.js';
import { adoptSilenceDue } from './adoption.service.js';
import { seedOutcomeDemo } from './outcome.demo.js';
import { outcomeRoutes } from './outcome.routes.js';

export const outcomeModule: ModuleManifest = {
  name: 'outcome',
  policy: OUTCOME_POLICY,
  routes: outcomeRoutes,
  seed: seedOutcomeDemo,
  jobs: async (ctx) => {
    const slugOf = async (eventId: string) => (await eventSlugs(ctx.db, [eventId])).get(eventId) ?? '';
    const timer = setInterval(() => {
      adoptSilenceDue(ctx.db, slugOf, ctx.log).catch((err: unknown) =>
        ctx.log.warn({ err }, 'outcome: silence not closed'),
      );
    }, SILENCE_CHECK_MS);
    timer.unref();
    return async () => clearInterval(timer);
  },
};

/** How often a node looks for a silence procedure whose deadline has passed. */
const SILENCE_CHECK_MS = 30_000;
