import type { ModuleManifest } from '../../core/http/module.js';
import { REGISTRATION_POLICY } from './registration.policy.js';
import { registrationRoutes } from './registration.routes.js';

export const registrationModule: ModuleManifest = {
  name: 'registration',
  policy: REGISTRATION_POLICY,
  routes: registrationRoutes,
};
