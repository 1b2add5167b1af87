import { z } from 'zod';
import {
  createDelegationSchema,
  createdDelegationsSchema,
  delegationOverviewSchema,
  delegationViewSchema,
  inviteFocalPointSchema,
  updateDelegationSettingsSchema,
} from '../../../../shared/delegations.js';
import { DELEGATION_POLICY } from '../../../../shared/policies.js';
import type { AppContext } from '../../../core/http/context.js';
import type { TypedApp } from '../../../core/http/module.js';
import { answerOnce, idempotencyHeaders } from '../../../core/idempotency/idempotency.js';
import { MAIL_QUEUED_CHANNEL } from '../../../core/mail/outbox.js';
import { base, byId, params, tags } from '../delegations.http.js';
import { inviteFocalPoint } from './invite.service.js';
import * as staff from './staff.service.js';

/** Organizers and secretariat: the event's delegations, their focal points, the deadline and the quotas. */
export function delegationStaffRoutes(app: TypedApp, { db, bus, config }: AppContext) {
  // Organizers and secretariat: every delegation with its people and statement, in speaking order.
  app.get(
    `${base}/overview`,
    {
      config: { access: DELEGATION_POLICY.readOverview },
      schema: { tags, params, response: { 200: delegationOverviewSchema } },
    },
    async (request) => staff.readOverview({ db, actor: request.actor, slug: request.params.slug }),
  );

  // Organizers and secretariat: one delegation per invited country that has none yet.
  app.post(
    `${base}/invited`,
    {
      config: { access: DELEGATION_POLICY.create },
      schema: { tags, params, response: { 200: createdDelegationsSchema } },
    },
    async (request) => staff.createInvitedDelegations({ db, actor: request.actor, slug: request.params.slug }),
  );

  // Organizers and secretariat: one delegation, of a country or an organisation.
  app.post(
    base,
    {
      config: { access: DELEGATION_POLICY.create },
      schema: {
        tags,
        params,
        headers: idempotencyHeaders,
        body: createDelegationSchema,
        response: { 201: delegationViewSchema },
      },
    },
    async (request, reply) =>
      answerOnce(db, request, reply, 201, (idempotency) =>
        staff.createDelegation({
          db,
          actor: request.actor,
          slug: request.params.slug,
          input: request.body,
          idempotency,
        }),
      ),
  );

  // Organizers and secretariat: the statement deadline and the quota of each theme.
  app.put(
    `${base}/settings`,
    {
      config: { access: DELEGATION_POLICY.updateSettings },
      schema: { tags, params, body: updateDelegationSettingsSchema, response: { 200: delegationOverviewSchema } },
    },
    async (request) =>
      staff.updateSettings({ db, actor: request.actor, slug: request.params.slug, input: request.body }),
  );

  // Organizers and secretariat: names the delegation's focal point and mails them a sign-in link.
  app.post(
    `${base}/:id/focal-points`,
    {
      config: { access: DELEGATION_POLICY.inviteFocalPoint },
      schema: {
        tags,
        params: byId,
        body: inviteFocalPointSchema,
        response: { 201: z.object({ accountId: z.string(), email: z.string(), name: z.string() }) },
      },
    },
    async (request, reply) => {
      const invited = await inviteFocalPoint({
        db,
        actor: request.actor,
        slug: request.params.slug,
        delegationId: request.params.id,
        input: request.body,
        publicUrl: config.publicUrl,
      });
      await bus.publish(MAIL_QUEUED_CHANNEL, '1');
      return reply.status(201).send(invited);
    },
  );
}
