import { EVENT_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { roleGranted } from './events.mails.js';
import { eventRoutes } from './events.routes.js';
import { organizerRoutes } from './organizer.routes.js';

export const eventsModule: ModuleManifest = {
  name: 'events',
  policy: EVENT_POLICY,
  mails: [roleGranted],
  routes: (app, ctx) => {
    eventRoutes(app, ctx);
    organizerRoutes(app, ctx);
  },
};
