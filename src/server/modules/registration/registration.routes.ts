import { z } from 'zod';
import { registrationCreatedSchema, registrationInputSchema } from '../../../shared/registration.js';
import type { AppContext } from '../../core/http/context.js';
import { strictRateLimit, type TypedApp } from '../../core/http/module.js';
import { MAIL_QUEUED_CHANNEL } from '../../core/mail/outbox.js';
import * as registration from './registration.service.js';

const tags = ['registration'];
const params = z.object({ slug: z.string().max(60) });

export function registrationRoutes(app: TypedApp, { db, bus }: AppContext) {
  // Public and stable: anyone registers for an event; limited per address against floods.
  app.post(
    '/api/events/:slug/registrations',
    {
      schema: { tags, params, body: registrationInputSchema, response: { 201: registrationCreatedSchema } },
      config: strictRateLimit(30),
    },
    async (request, reply) => {
      const created = await registration.register({
        db,
        actor: request.actor,
        slug: request.params.slug,
        input: request.body,
      });
      await bus.publish(MAIL_QUEUED_CHANNEL, '1');
      return reply.status(201).send(created);
    },
  );
}
