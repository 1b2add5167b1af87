import { z } from 'zod';
import { type AuditEntryView, auditEntrySchema, auditQuerySchema } from '../../../shared/admin.js';
import { EVENT_POLICY } from '../../modules/events/events.policy.js';
import { getEventRow } from '../../modules/events/events.service.js';
import { requireEventRole } from '../auth/actor.js';
import type { AppContext } from '../http/context.js';
import type { TypedApp } from '../http/module.js';
import { listAuditEntries } from './audit.js';

export function auditRoutes(app: TypedApp, { db }: AppContext) {
  // Organizers of the event: its audit log, newest first, paged by `before`.
  app.get(
    '/api/events/:slug/audit',
    {
      schema: {
        tags: ['audit'],
        params: z.object({ slug: z.string().max(60) }),
        querystring: auditQuerySchema,
        response: { 200: z.object({ entries: z.array(auditEntrySchema) }) },
      },
    },
    async (request) => {
      const event = await getEventRow(db, request.params.slug);
      requireEventRole(request.actor, event.id, EVENT_POLICY.readAudit);
      const rows = await listAuditEntries(db, { eventId: event.id, ...request.query });
      const entries: AuditEntryView[] = rows.map(({ entry, actorName }) => ({
        id: entry.id,
        actorId: entry.actorId,
        actorName,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        summary: entry.summary,
        createdAt: entry.createdAt.toISOString(),
      }));
      return { entries };
    },
  );
}
