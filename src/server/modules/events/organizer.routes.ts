import { auditActorSchema, auditEntrySchema, auditQuerySchema } from '../../../shared/admin.js';
import { listOf } from '../../../shared/envelopes.js';
import { EVENT_POLICY } from '../../../shared/policies.js';
import { slugParams } from '../../../shared/text.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { mailListQuery, mailListResponse, presentMail } from '../../core/mail/mail.routes.js';
import { readAuditActors, readAuditLog, readEventOutbox } from './organizer.service.js';

const params = slugParams;

/** The organizer area's views of an event: its audit log and its mails. */
export function organizerRoutes(app: TypedApp, { db }: AppContext) {
  // Organizers of the event: its audit log as acts, newest first, filtered by person, action and days, paged by `before`.
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
    async (request) => ({
      entries: await readAuditLog({ db, actor: request.actor, slug: request.params.slug, query: request.query }),
    }),
  );

  // Organizers of the event: the people its audit log names, for the filter by person.
  app.get(
    '/api/events/:slug/audit/actors',
    {
      config: { access: EVENT_POLICY.readAudit },
      schema: { tags: ['audit'], params, response: { 200: listOf('actors', auditActorSchema) } },
    },
    async (request) => ({
      actors: await readAuditActors({ db, actor: request.actor, slug: request.params.slug }),
    }),
  );

  // Organizers and secretariat of the event: the mails the event sent or will send, every credential redacted.
  app.get(
    '/api/events/:slug/outbox',
    {
      config: { access: EVENT_POLICY.readOutbox },
      schema: { tags: ['mail'], params, querystring: mailListQuery, response: mailListResponse },
    },
    async (request) => {
      const { actor, params, query } = request;
      const rows = await readEventOutbox({ db, actor, slug: params.slug, limit: query.limit });
      return { mails: rows.map((row) => presentMail(row, { isFullText: false })) };
    },
  );
}
