import { LIST_POLICY, REGISTRATION_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { checkInRoutes } from './checkin.routes.js';
import { listRoutes } from './list.routes.js';
import { registrationJobs } from './registration.jobs.js';
import { registrationRoutes } from './registration.routes.js';

export const registrationModule: ModuleManifest = {
  name: 'registration',
  policy: { ...REGISTRATION_POLICY, ...LIST_POLICY },
  routes: (app, ctx) => {
    registrationRoutes(app, ctx);
    listRoutes(app, ctx);
    checkInRoutes(app, ctx);
  },
  jobs: registrationJobs,
};
