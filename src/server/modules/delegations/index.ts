import { DELEGATION_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { delegationPublicRoutes, delegationStaffRoutes, delegationWorkspaceRoutes } from './delegations.routes.js';

export const delegationsModule: ModuleManifest = {
  name: 'delegations',
  policy: DELEGATION_POLICY,
  routes: (app, ctx) => {
    delegationPublicRoutes(app, ctx);
    delegationStaffRoutes(app, ctx);
    delegationWorkspaceRoutes(app, ctx);
  },
};
