import { z } from 'zod';
import { type OutboxMailView, outboxMailSchema } from '../../../shared/admin.js';
import { EVENT_POLICY } from '../../modules/events/events.policy.js';
import { getEventRow } from '../../modules/events/events.service.js';
import { requireAdmin, requireEventRole } from '../auth/actor.js';
import type { AppContext } from '../http/context.js';
import type { TypedApp } from '../http/module.js';
import { listAllOutbox, listOutbox, type OutboxRow } from './outbox.js';

const present = (row: OutboxRow): OutboxMailView => ({
  id: row.id,
  to: row.toAddress,
  subject: row.subject,
  text: row.textBody,
  template: row.template,
  language: row.language,
  status: row.status as OutboxMailView['status'],
  attempts: row.attempts,
  lastError: row.lastError,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
});

const response = { 200: z.object({ mails: z.array(outboxMailSchema) }) };
const querystring = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) });

export function mailRoutes(app: TypedApp, { db }: AppContext) {
  // Organizers and secretariat of the event: the mails the event sent or will send.
  app.get(
    '/api/events/:slug/outbox',
    { schema: { tags: ['mail'], params: z.object({ slug: z.string().max(60) }), querystring, response } },
    async (request) => {
      const event = await getEventRow(db, request.params.slug);
      requireEventRole(request.actor, event.id, EVENT_POLICY.readOutbox);
      return { mails: (await listOutbox(db, { eventId: event.id, limit: request.query.limit })).map(present) };
    },
  );

  // Platform administrators: every mail, including sign-in links (how the embedded default reads mail).
  app.get('/api/admin/outbox', { schema: { tags: ['mail'], querystring, response } }, async (request) => {
    requireAdmin(request.actor);
    return { mails: (await listAllOutbox(db, request.query.limit)).map(present) };
  });
}
