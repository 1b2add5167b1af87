import { SCHEDULE_POLICY } from '../../../shared/policies.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { createPublishedCache } from '../programme/published.service.js';
import { scheduleRoutes } from './schedule.routes.js';

/** The published programme for calendars and conference apps: iCalendar, frab XML and JSON. */
export const scheduleModule: ModuleManifest = {
  name: 'schedule',
  policy: SCHEDULE_POLICY,
  routes: (app, ctx) => scheduleRoutes(app, ctx, createPublishedCache(app, ctx)),
};
