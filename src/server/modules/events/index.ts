import type { ModuleManifest } from '../../core/http/module.js';
import { eventRoutes } from './events.routes.js';

export const eventsModule: ModuleManifest = {
  name: 'events',
  routes: eventRoutes,
  organizerNav: [
    { labelKey: 'nav.eventSettings', path: 'settings' },
    { labelKey: 'nav.roles', path: 'roles' },
  ],
};
