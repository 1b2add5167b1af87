import { z } from 'zod';
import {
  chooseThemeSchema,
  createDelegationSchema,
  createdDelegationsSchema,
  delegationOverviewSchema,
  delegationViewSchema,
  delegationWorkspaceSchema,
  endorseMemberSchema,
  inviteFocalPointSchema,
  myDelegationSchema,
  publicDelegationDetailSchema,
  publicDelegationListSchema,
  speakingOrderSchema,
  submitStatementSchema,
  updateDelegationSettingsSchema,
} from '../../../shared/delegations.js';
import { DELEGATION_POLICY } from '../../../shared/policies.js';
import { slugParams } from '../../../shared/text.js';
import type { Actor } from '../../core/auth/actor.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { answerOnce, idempotencyHeaders } from '../../core/idempotency/idempotency.js';
import { MAIL_QUEUED_CHANNEL } from '../../core/mail/outbox.js';
import * as staff from './delegations.service.js';
import { readPublicDelegation, readPublicDelegations } from './public.service.js';
import * as workspace from './workspace.service.js';

const tags = ['delegations'];
const params = slugParams;
const byId = params.extend({ id: z.uuid() });
const base = '/api/events/:slug/delegations';

/** Organizers and secretariat: the event's delegations, their focal points, the deadline, quotas and speaking order. */
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

  // Organizers: their own plenary speaking order.
  app.put(
    `${base}/speaking-order`,
    {
      config: { access: DELEGATION_POLICY.reorder },
      schema: { tags, params, body: speakingOrderSchema, response: { 200: delegationOverviewSchema } },
    },
    async (request) =>
      staff.reorderSpeakers({ db, actor: request.actor, slug: request.params.slug, ids: request.body.ids }),
  );

  // Organizers: back to the protocol's order.
  app.delete(
    `${base}/speaking-order`,
    {
      config: { access: DELEGATION_POLICY.reorder },
      schema: { tags, params, response: { 200: delegationOverviewSchema } },
    },
    async (request) => staff.restoreProtocolOrder({ db, actor: request.actor, slug: request.params.slug }),
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
      const invited = await staff.inviteFocalPoint({
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

/** The focal point of one delegation (and the event's staff): its theme, statement and members. */
export function delegationWorkspaceRoutes(app: TypedApp, { db }: AppContext) {
  const target = (request: { actor: Actor; params: z.infer<typeof byId> }) => ({
    db,
    actor: request.actor,
    slug: request.params.slug,
    delegationId: request.params.id,
  });
  const response = { 200: delegationWorkspaceSchema };

  // Signed in: the delegation the person is focal point of (404 when none).
  app.get(
    `${base}/mine`,
    { config: { access: DELEGATION_POLICY.findMine }, schema: { tags, params, response: { 200: myDelegationSchema } } },
    async (request) => workspace.findMyDelegation({ db, actor: request.actor, slug: request.params.slug }),
  );

  // Its focal point and the staff: the delegation, the themes and the delegate registrations to endorse.
  app.get(
    `${base}/:id/workspace`,
    { config: { access: DELEGATION_POLICY.readWorkspace }, schema: { tags, params: byId, response } },
    async (request) => workspace.readWorkspace(target(request)),
  );

  // Its focal point and the staff: the statement's theme, within quota, before the deadline.
  app.put(
    `${base}/:id/theme`,
    {
      config: { access: DELEGATION_POLICY.chooseTheme },
      schema: { tags, params: byId, body: chooseThemeSchema, response },
    },
    async (request) => workspace.chooseTheme({ ...target(request), themeId: request.body.themeId }),
  );

  // Its focal point and the staff: the country statement, before the deadline.
  app.put(
    `${base}/:id/statement`,
    {
      config: { access: DELEGATION_POLICY.submitStatement },
      schema: { tags, params: byId, body: submitStatementSchema, response },
    },
    async (request) => workspace.submitStatement({ ...target(request), input: request.body }),
  );

  // Its focal point and the staff: endorses a delegate registration as a member (or changes its role).
  app.post(
    `${base}/:id/members`,
    {
      config: { access: DELEGATION_POLICY.endorseMember },
      schema: { tags, params: byId, body: endorseMemberSchema, response },
    },
    async (request) => workspace.endorseMember({ ...target(request), input: request.body }),
  );

  // Its focal point and the staff: a member leaves the delegation (their registration stays).
  app.delete(
    `${base}/:id/members/:memberId`,
    {
      config: { access: DELEGATION_POLICY.removeMember },
      schema: { tags, params: byId.extend({ memberId: z.uuid() }), response },
    },
    async (request) => workspace.removeMember({ ...target(request), memberId: request.params.memberId }),
  );
}

/** Anyone: the delegations and their submitted statements. */
export function delegationPublicRoutes(app: TypedApp, { db }: AppContext) {
  // Anyone: every delegation in speaking order, head's name and rank only.
  app.get(
    base,
    {
      config: { access: DELEGATION_POLICY.readPublic },
      schema: { tags, params, response: { 200: publicDelegationListSchema } },
    },
    async (request) => readPublicDelegations({ db, slug: request.params.slug }),
  );

  // Anyone: one delegation and its submitted statement.
  app.get(
    `${base}/:id`,
    {
      config: { access: DELEGATION_POLICY.readPublic },
      schema: { tags, params: byId, response: { 200: publicDelegationDetailSchema } },
    },
    async (request) => readPublicDelegation({ db, slug: request.params.slug, delegationId: request.params.id }),
  );
}
