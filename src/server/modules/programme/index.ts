import { PROGRAMME_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { editorRoutes } from './editor.routes.js';
import { seedProgrammeDemo } from './programme.demo.js';
import { programmeRoutes } from './programme.routes.js';
import { createPublishedCache } from './published.service.js';

export const programmeModule: ModuleManifest = {
  name: 'programme',
  seed: seedProgrammeDemo,
  policy: PROGRAMME_POLICY,
  routes: (app, ctx) => {
    const cache = createPublishedCache(app, ctx);
    programmeRoutes(app, ctx, cache);
    editorRoutes(app, ctx, cache);
  },
};
