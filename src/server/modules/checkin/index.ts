import { CHECKIN_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { checkInRoutes } from './checkin.routes.js';

/** Badges (one, a registrant's own, or the whole event's) and check-in at the door. */
export const checkinModule: ModuleManifest = {
  name: 'checkin',
  policy: CHECKIN_POLICY,
  routes: checkInRoutes,
};
