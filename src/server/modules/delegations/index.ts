import { DELEGATION_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { seedDemoDelegations } from './delegations.demo.js';
import { delegationFocalPoint, delegationFocalPointNotice } from './delegations.mails.js';
import { delegationFocalPointRoutes } from './focal-point/focal-point.routes.js';
import { delegationPublicRoutes } from './public.routes.js';
import { delegationSpeakingRoutes } from './speaking/speaking.routes.js';
import { delegationStaffRoutes } from './staff/staff.routes.js';

export const delegationsModule: ModuleManifest = {
  name: 'delegations',
  policy: DELEGATION_POLICY,
  routes: (app, ctx) => {
    delegationPublicRoutes(app, ctx);
    delegationStaffRoutes(app, ctx);
    delegationSpeakingRoutes(app, ctx);
    delegationFocalPointRoutes(app, ctx);
  },
  mails: [delegationFocalPoint, delegationFocalPointNotice],
  seed: seedDemoDelegations,
};
