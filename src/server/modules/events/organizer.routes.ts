import { type AuditEntryView, auditEntrySchema, auditQuerySchema } from '../../../shared/admin.js';
import { listOf } from '../../../shared/envelopes.js';
import { EVENT_POLICY } from '../../../shared/policies.js';
import { slugParams } from '../../../shared/text.js';
import { listAuditEntries } from '../../core/audit/audit.js';
import { requireEventRole } from '../../core/auth/actor.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { mailListQuery, mailListResponse, presentMail } from '../../core/mail/mail.routes.js';
import { listOutbox } from '../../core/mail/outbox.js';
import { getEventRow } from './events.service.js';

const params = slugParams;

/** The organizer area's views of an event: its audit log and its mails. */
export function organizerRoutes(app: TypedApp, { db }: AppContext) {
  // Organizers of the event: its audit log, newest first, paged by `before`.
  app.get(
    '/api/events/:slug/audit',
    {
      config: { access: EVENT_POLICY.readAudit },
      schema: {
        tags: ['audit'],
        params,
        querystring: auditQuerySchema,
        response: { 200: listOf('entries', auditEntrySchema) },
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

  // Organizers and secretariat of the event: the mails the event sent or will send, every credential redacted.
  app.get(
    '/api/events/:slug/outbox',
    {
      config: { access: EVENT_POLICY.readOutbox },
      schema: { tags: ['mail'], params, querystring: mailListQuery, response: mailListResponse },
    },
    async (request) => {
      const event = await getEventRow(db, request.params.slug);
      requireEventRole(request.actor, event.id, EVENT_POLICY.readOutbox);
      const rows = await listOutbox(db, { eventId: event.id, limit: request.query.limit });
      return { mails: rows.map((row) => presentMail(row, { isFullText: false })) };
    },
  );
}
