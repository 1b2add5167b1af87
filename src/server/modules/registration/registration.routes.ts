import { z } from 'zod';
import { REGISTRATION_POLICY } from '../../../shared/policies.js';
import {
  decisionResultSchema,
  decisionSchema,
  eraseAllResultSchema,
  eraseAllSchema,
  registrationCreatedSchema,
  registrationFormSchema,
  registrationFormViewSchema,
  registrationInputSchema,
  registrationLinkSchema,
  registrationUpdateSchema,
  registrationViewSchema,
} from '../../../shared/registration.js';
import { slugParams } from '../../../shared/text.js';
import type { Actor } from '../../core/auth/actor.js';
import type { AppContext } from '../../core/http/context.js';
import { perAddressLimit } from '../../core/http/limits.js';
import { strictRateLimit, type TypedApp } from '../../core/http/module.js';
import { setSessionCookie } from '../../core/http/session.js';
import { answerOnce, idempotencyHeaders } from '../../core/idempotency/idempotency.js';
import { MAIL_QUEUED_CHANNEL } from '../../core/mail/outbox.js';
import { decideRegistrations } from './decisions.service.js';
import { eraseAllRegistrations } from './erase.service.js';
import { getFormView, updateForm } from './form.service.js';
import { register } from './registration.service.js';
import * as self from './self.service.js';

const tags = ['registration'];
const params = slugParams;
const noContent = { 204: z.null() };

export function registrationRoutes(app: TypedApp, { db, bus, config, scrub, limits }: AppContext) {
  const links = { publicUrl: config.publicUrl, secret: config.sessionSecret };
  /** Answers with the operation's result once the mail sender has been told of the mails it queued. */
  const mailing = async <T>(operation: Promise<T>): Promise<T> => {
    const result = await operation;
    await bus.publish(MAIL_QUEUED_CHANNEL, '1');
    return result;
  };
  /** What every operation on one event's registrations takes from the request. */
  const on = (request: { actor: Actor; params: { slug: string } }) => ({
    db,
    actor: request.actor,
    slug: request.params.slug,
    links,
  });

  // Anyone: the form to fill in, with the places left.
  app.get(
    '/api/events/:slug/registration-form',
    {
      config: { access: REGISTRATION_POLICY.readForm },
      schema: { tags, params, response: { 200: registrationFormViewSchema } },
    },
    async (request) => getFormView({ db, slug: request.params.slug }),
  );

  // Organizer, secretariat: configure the form.
  app.put(
    '/api/events/:slug/registration-form',
    {
      config: { access: REGISTRATION_POLICY.configureForm },
      schema: { tags, params, body: registrationFormSchema, response: { 200: registrationFormSchema } },
    },
    async (request) => mailing(updateForm({ ...on(request), input: request.body })),
  );

  // Public and stable: anyone registers for an event. Limited per address against scripts, in windows
  // (REGISTRATION_RATE_LIMIT) wide enough for a crowd behind one carrier-grade NAT.
  const registrationLimit = perAddressLimit(
    limits,
    'registration',
    config.registrationRateLimit,
    (minutes) =>
      `Too many registrations from this address; try again in ${minutes} minute${minutes === 1 ? '' : 's'}. Organizers can import many people at once from a CSV file.`,
  );
  app.post(
    '/api/events/:slug/registrations',
    {
      config: { access: REGISTRATION_POLICY.register },
      schema: {
        tags,
        params,
        headers: idempotencyHeaders,
        body: registrationInputSchema,
        response: { 201: registrationCreatedSchema },
      },
      onRequest: registrationLimit,
    },
    async (request, reply) => {
      const account = request.account ? { id: request.account.id, email: request.account.email } : null;
      return answerOnce(db, request, reply, 201, (idempotency) =>
        mailing(register({ db, account, slug: request.params.slug, input: request.body, links, idempotency })),
      );
    },
  );

  // Anyone holding the personal link of a mail: a session as its registrant.
  app.post(
    '/api/events/:slug/registrations/link',
    {
      config: { access: REGISTRATION_POLICY.useLink, ...strictRateLimit(20) },
      schema: { tags, params, body: registrationLinkSchema, response: noContent },
    },
    async (request, reply) => {
      const token = await self.signInWithLink({ db, slug: request.params.slug, token: request.body.token, links });
      setSessionCookie(reply, request, token);
      return reply.status(204).send(null);
    },
  );

  // The registrant: their own registration.
  app.get(
    '/api/events/:slug/registrations/me',
    {
      config: { access: REGISTRATION_POLICY.readOwn },
      schema: { tags, params, response: { 200: registrationViewSchema } },
    },
    async (request) => self.getOwnRegistration(on(request)),
  );
  app.patch(
    '/api/events/:slug/registrations/me',
    {
      config: { access: REGISTRATION_POLICY.changeOwn },
      schema: { tags, params, body: registrationUpdateSchema, response: { 200: registrationViewSchema } },
    },
    async (request) => mailing(self.updateOwnRegistration({ ...on(request), input: request.body })),
  );
  app.post(
    '/api/events/:slug/registrations/me/cancel',
    {
      config: { access: REGISTRATION_POLICY.changeOwn },
      schema: { tags, params, response: { 200: registrationViewSchema } },
    },
    async (request) => mailing(self.cancelOwnRegistration(on(request))),
  );
  app.get(
    '/api/events/:slug/registrations/me/export',
    { config: { access: REGISTRATION_POLICY.readOwn }, schema: { tags, params } },
    async (request, reply) => {
      const data = await self.exportOwnData(on(request));
      return reply
        .header('content-disposition', `attachment; filename="registration-${request.params.slug}.json"`)
        .header('cache-control', 'no-store')
        .send(data);
    },
  );
  app.delete(
    '/api/events/:slug/registrations/me',
    { config: { access: REGISTRATION_POLICY.changeOwn }, schema: { tags, params, response: noContent } },
    async (request, reply) => {
      await mailing(self.eraseOwnData(on(request)));
      scrub.request();
      return reply.status(204).send(null);
    },
  );

  // Organizers: erase every registrant's personal data at once (the anonymous counts stay).
  app.post(
    '/api/events/:slug/registrations/erase',
    {
      config: { access: REGISTRATION_POLICY.eraseAll },
      schema: { tags, params, body: eraseAllSchema, response: { 200: eraseAllResultSchema } },
    },
    async (request) => {
      const { slug } = request.params;
      const result = await eraseAllRegistrations({ db, actor: request.actor, slug, confirm: request.body.confirm });
      scrub.request();
      return result;
    },
  );

  // Organizer, secretariat: approve or decline one or many, with a reason.
  app.post(
    '/api/events/:slug/registrations/decisions',
    {
      config: { access: REGISTRATION_POLICY.decide },
      schema: { tags, params, body: decisionSchema, response: { 200: decisionResultSchema } },
    },
    async (request) => mailing(decideRegistrations({ ...on(request), input: request.body })),
  );
}
