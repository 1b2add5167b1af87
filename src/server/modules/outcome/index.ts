import { OUTCOME_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { outcomeRoutes } from './outcome.routes.js';

export const outcomeModule: ModuleManifest = {
  name: 'outcome',
  policy: OUTCOME_POLICY,
  routes: outcomeRoutes,
};
