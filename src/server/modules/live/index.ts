import { LIVE_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { seedLiveDemo } from './live.demo.js';
import { liveRoutes } from './live.routes.js';
import { eraseAskers } from './questions.service.js';

export const liveModule: ModuleManifest = {
  name: 'live',
  policy: LIVE_POLICY,
  routes: liveRoutes,
  onErase: eraseAskers,
  seed: seedLiveDemo,
};
