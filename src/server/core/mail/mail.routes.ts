import { z } from 'zod';
import { type OutboxMailView, outboxMailSchema } from '../../../shared/admin.js';
import { listOf } from '../../../shared/envelopes.js';
import { PLATFORM_POLICY } from '../../../shared/policies.js';
import { requireAdmin } from '../auth/actor.js';
import type { AppContext } from '../http/context.js';
import type { TypedApp } from '../http/module.js';
import { listOutbox, type OutboxRow } from './outbox.js';

/**
 * A mail as a list shows it. Staff read the redacted text (a note where a credential
 * was); only platform administrators, through the platform outbox, read the full text.
 */
export const presentMail = (row: OutboxRow, options: { isFullText: boolean }): OutboxMailView => ({
  id: row.id,
  to: row.toAddress,
  subject: row.subject,
  text: options.isFullText ? row.textBody : row.redactedText,
  template: row.template,
  language: row.language,
  status: row.status as OutboxMailView['status'],
  attempts: row.attempts,
  lastError: row.lastError,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
});

export const mailListResponse = { 200: listOf('mails', outboxMailSchema) };
export const mailListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) });

export function mailRoutes(app: TypedApp, { db }: AppContext) {
  // Platform administrators only: every mail in full, sign-in links included (how the embedded default,
  // with no SMTP server, reads its mail). Event staff read their event's mails redacted, in organizer.routes.
  app.get(
    '/api/admin/outbox',
    {
      config: { access: PLATFORM_POLICY.readPlatformOutbox },
      schema: { tags: ['mail'], querystring: mailListQuery, response: mailListResponse },
    },
    async (request) => {
      requireAdmin(request.actor);
      const rows = await listOutbox(db, { limit: request.query.limit });
      return { mails: rows.map((row) => presentMail(row, { isFullText: true })) };
    },
  );
}
