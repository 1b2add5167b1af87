import { z } from 'zod';
import { delegationTasksSchema, eventDashboardSchema } from '../../../shared/dashboard.js';
import { DASHBOARD_POLICY } from '../../../shared/policies.js';
import { slugParams } from '../../../shared/text.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { readEventDashboard } from './dashboard.service.js';
import { readDelegationTasks } from './tasks.service.js';

const tags = ['dashboard'];
const delegationParams = slugParams.extend({ id: z.uuid() });

/** The landing pages' reads: each composes the other modules' services, and writes nothing. */
export function dashboardRoutes(app: TypedApp, { db }: AppContext) {
  // Organizers and secretariat: the event's figures of the day (the organizer area's landing page).
  app.get(
    '/api/events/:slug/dashboard',
    {
      config: { access: DASHBOARD_POLICY.read },
      schema: { tags, params: slugParams, response: { 200: eventDashboardSchema } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return readEventDashboard({ db, actor: request.actor, slug: request.params.slug });
    },
  );

  // The delegation's focal point, organizers and secretariat: its open tasks and their deadlines.
  app.get(
    '/api/events/:slug/delegations/:id/tasks',
    {
      config: { access: DASHBOARD_POLICY.readDelegationTasks },
      schema: { tags, params: delegationParams, response: { 200: delegationTasksSchema } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      const { slug, id } = request.params;
      return readDelegationTasks({ db, actor: request.actor, slug, delegationId: id });
    },
  );
}
