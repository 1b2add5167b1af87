import { DASHBOARD_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { dashboardRoutes } from './dashboard.routes.js';

/** The organizer's landing page: no tables of its own, it reads the other modules through their services. */
export const dashboardModule: ModuleManifest = {
  name: 'dashboard',
  policy: DASHBOARD_POLICY,
  routes: dashboardRoutes,
};
