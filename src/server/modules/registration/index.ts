import { LIST_POLICY, REGISTRATION_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { listRoutes } from './list/list.routes.js';
import { staffRoutes } from './list/staff.routes.js';
import { seedRegistrationDemo } from './registration.demo.js';
import { registrationJobs } from './registration.jobs.js';
import {
  registrationCancelled,
  registrationLinkRenewed,
  registrationReceived,
  registrationUpdated,
} from './registration.mails.js';
import { registrationRoutes } from './registration.routes.js';

export const registrationModule: ModuleManifest = {
  name: 'registration',
  seed: seedRegistrationDemo,
  mails: [registrationReceived, registrationUpdated, registrationCancelled, registrationLinkRenewed],
  policy: { ...REGISTRATION_POLICY, ...LIST_POLICY },
  routes: (app, ctx) => {
    registrationRoutes(app, ctx);
    listRoutes(app, ctx);
    staffRoutes(app, ctx);
  },
  jobs: registrationJobs,
};
