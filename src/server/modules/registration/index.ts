import { LIST_POLICY, REGISTRATION_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { listRoutes } from './list/list.routes.js';
import { seedRegistrationDemo } from './registration.demo.js';
import { registrationJobs } from './registration.jobs.js';
import { registrationCancelled, registrationReceived, registrationUpdated } from './registration.mails.js';
import { registrationRoutes } from './registration.routes.js';

export const registrationModule: ModuleManifest = {
  name: 'registration',
  seed: seedRegistrationDemo,
  mails: [registrationReceived, registrationUpdated, registrationCancelled],
  policy: { ...REGISTRATION_POLICY, ...LIST_POLICY },
  routes: (app, ctx) => {
    registrationRoutes(app, ctx);
    listRoutes(app, ctx);
  },
  jobs: registrationJobs,
};
