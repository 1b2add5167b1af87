import { z } from 'zod';
import { AUDIT_ACTIONS } from './audit.js';
import { EVENT_ROLES } from './auth.js';
import { nameSchema } from './text.js';

/**
 * One act in the audit log: the rows one person's one write left with the same action
 * (a bulk approval writes a row per registration in one transaction, so they share
 * their time), read as one line with their count.
 */
export const auditEntrySchema = z.object({
  /** The act's newest row. */
  id: z.number(),
  /** Its oldest row: the `before` of the next page. */
  firstId: z.number(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.string(),
  /** The first record the act touched; `entityIds` lists up to 20 of them. */
  entityId: z.string(),
  entityIds: z.array(z.string()),
  count: z.number().int().positive(),
  /** The newest row's details. */
  summary: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

/** Filters of the audit log: dates are calendar days in the event's time zone, both included. */
export const auditQuerySchema = z
  .strictObject({
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    actor: z.uuid().optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'must not be before from',
  });
export type AuditQuery = z.input<typeof auditQuerySchema>;

/** Who appears in an event's audit log, for the filter by person. */
export const auditActorSchema = z.object({ id: z.string(), name: z.string() });
export type AuditActorView = z.infer<typeof auditActorSchema>;

export const outboxMailSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  template: z.string(),
  language: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMailView = z.infer<typeof outboxMailSchema>;

export const roleGrantSchema = z.strictObject({
  email: z
    .email()
    .max(254)
    .transform((v) => v.toLowerCase()),
  name: nameSchema(200).optional(),
  role: z.enum(EVENT_ROLES),
});

export const roleViewSchema = z.object({
  accountId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(EVENT_ROLES),
  /** For a focal point or a delegate: the delegation they act for. */
  delegationId: z.uuid().nullable(),
});
