import { z } from 'zod';
import { type OutboxMailView, outboxMailSchema } from '../../../shared/admin.js';
import { PLATFORM_POLICY } from '../../../shared/policies.js';
import { requireAdmin } from '../auth/actor.js';
import type { AppContext } from '../http/context.js';
import type { TypedApp } from '../http/module.js';
import { listOutbox, type OutboxRow } from './outbox.js';

export const presentMail = (row: OutboxRow): OutboxMailView => ({
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

export const mailListResponse = { 200: z.object({ mails: z.array(outboxMailSchema) }) };
export const mailListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) });

export function mailRoutes(app: TypedApp, { db }: AppContext) {
  // Platform administrators: every mail, sign-in links included (how the embedded default reads its mail).
  app.get(
    '/api/admin/outbox',
    {
      config: { access: PLATFORM_POLICY.readPlatformOutbox },
      schema: { tags: ['mail'], querystring: mailListQuery, response: mailListResponse },
    },
    async (request) => {
      requireAdmin(request.actor);
      const rows = await listOutbox(db, { limit: request.query.limit });
      return { mails: rows.map(presentMail) };
    },
  );
}
