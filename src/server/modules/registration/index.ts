import type { ModuleManifest } from '../../core/http/module.js';
import { checkInRoutes } from './checkin.routes.js';
import { REGISTRATION_POLICY } from './registration.policy.js';
import { registrationRoutes } from './registration.routes.js';

export const registrationModule: ModuleManifest = {
  name: 'registration',
  policy: REGISTRATION_POLICY,
  routes: (app, ctx) => {
    registrationRoutes(app, ctx);
    checkInRoutes(app, ctx);
  },
};
