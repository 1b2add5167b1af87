import { z } from 'zod';
import { roleGrantSchema, roleViewSchema } from '../../../shared/admin.js';
import { EVENT_ROLES } from '../../../shared/auth.js';
import { listOf } from '../../../shared/envelopes.js';
import { createEventSchema, eventSummarySchema, eventViewSchema, updateEventSchema } from '../../../shared/events.js';
import { EVENT_POLICY } from '../../../shared/policies.js';
import { slugParams } from '../../../shared/text.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { answerOnce, idempotencyHeaders } from '../../core/idempotency/idempotency.js';
import * as events from './events.service.js';
import * as roles from './roles.service.js';

const tags = ['events'];
const params = slugParams;

export function eventRoutes(app: TypedApp, { db, config }: AppContext) {
  // Public: every event.
  app.get(
    '/api/events',
    {
      config: { access: EVENT_POLICY.list },
      schema: { tags, response: { 200: listOf('events', eventSummarySchema) } },
    },
    async () => ({
      events: await events.listEvents({ db }),
    }),
  );

  // Platform administrators: create an event; the creator becomes its organizer.
  app.post(
    '/api/events',
    {
      config: { access: EVENT_POLICY.create },
      schema: { tags, headers: idempotencyHeaders, body: createEventSchema, response: { 201: eventViewSchema } },
    },
    async (request, reply) =>
      answerOnce(db, request, reply, 201, (idempotency) =>
        events.createEvent({ db, actor: request.actor, input: request.body, idempotency }),
      ),
  );

  // Public: one event with its themes, focus areas and rooms.
  app.get(
    '/api/events/:slug',
    { config: { access: EVENT_POLICY.read }, schema: { tags, params, response: { 200: eventViewSchema } } },
    async (request) => events.getEvent({ db, slug: request.params.slug }),
  );

  // Organizers and secretariat: edit the event.
  app.patch(
    '/api/events/:slug',
    {
      config: { access: EVENT_POLICY.update },
      schema: { tags, params, body: updateEventSchema, response: { 200: eventViewSchema } },
    },
    async (request) => events.updateEvent({ db, actor: request.actor, slug: request.params.slug, input: request.body }),
  );

  // Organizers: who holds which role in the event.
  app.get(
    '/api/events/:slug/roles',
    {
      config: { access: EVENT_POLICY.manageRoles },
      schema: { tags, params, response: { 200: listOf('roles', roleViewSchema) } },
    },
    async (request) => ({
      roles: await roles.listRoles({ db, actor: request.actor, slug: request.params.slug }),
    }),
  );

  // Organizers: give a person a role; they are mailed what it is for.
  app.post(
    '/api/events/:slug/roles',
    {
      config: { access: EVENT_POLICY.manageRoles },
      schema: { tags, params, body: roleGrantSchema, response: { 201: roleViewSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(
        await roles.grantRole({
          db,
          actor: request.actor,
          slug: request.params.slug,
          publicUrl: config.publicUrl,
          ...request.body,
        }),
      ),
  );

  // Organizers: take a role away, never the last organizer's (409 role.last_organizer).
  app.delete(
    '/api/events/:slug/roles/:accountId/:role',
    {
      config: { access: EVENT_POLICY.manageRoles },
      schema: {
        tags,
        params: params.extend({ accountId: z.uuid(), role: z.enum(EVENT_ROLES) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { slug, accountId, role } = request.params;
      await roles.revokeRole({ db, actor: request.actor, slug, accountId, role });
      return reply.status(204).send(null);
    },
  );
}
