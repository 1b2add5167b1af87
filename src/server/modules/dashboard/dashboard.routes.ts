import { eventDashboardSchema } from '../../../shared/dashboard.js';
import { DASHBOARD_POLICY } from '../../../shared/policies.js';
import { slugParams } from '../../../shared/text.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { readEventDashboard } from './dashboard.service.js';

export function dashboardRoutes(app: TypedApp, { db }: AppContext) {
  // Organizers and secretariat: the event's figures of the day (the organizer area's landing page).
  app.get(
    '/api/events/:slug/dashboard',
    {
      config: { access: DASHBOARD_POLICY.read },
      schema: { tags: ['dashboard'], params: slugParams, response: { 200: eventDashboardSchema } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return readEventDashboard({ db, actor: request.actor, slug: request.params.slug });
    },
  );
}
