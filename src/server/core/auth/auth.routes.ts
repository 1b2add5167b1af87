import { z } from 'zod';
import {
  magicLinkConsumeSchema,
  magicLinkRequestSchema,
  passwordSignInSchema,
  sessionViewSchema,
  updateMeSchema,
} from '../../../shared/auth.js';
import { PLATFORM_POLICY } from '../../../shared/policies.js';
import { unauthenticated } from '../errors.js';
import type { AppContext } from '../http/context.js';
import { strictRateLimit, type TypedApp } from '../http/module.js';
import { clearSessionCookie, setSessionCookie } from '../http/session.js';
import { MAIL_QUEUED_CHANNEL } from '../mail/outbox.js';
import { requireSignedIn } from './actor.js';
import * as auth from './auth.service.js';
import { withSignInLimits } from './sign-in.limits.js';

const tags = ['auth'];
const noContent = { 204: z.null() };

export function authRoutes(app: TypedApp, ctx: AppContext) {
  const { db } = ctx;

  // Anyone: who am I, and the CSRF token for my writes.
  app.get(
    '/api/session',
    { config: { access: PLATFORM_POLICY.readSession }, schema: { tags, response: { 200: sessionViewSchema } } },
    async (request) => ({
      account: request.account ? auth.presentAccount(request.account, request.actor) : null,
      registration: request.registrationSession,
      csrfToken: request.csrfToken,
    }),
  );

  // Anyone: password sign-in (staff accounts with a password); failures limited per address and per account.
  app.post(
    '/api/auth/password',
    {
      config: { access: PLATFORM_POLICY.signIn, ...strictRateLimit(30) },
      schema: { tags, body: passwordSignInSchema, response: noContent },
    },
    async (request, reply) => {
      const limited = { limits: ctx.limits, reply, ip: request.ip, email: request.body.email };
      const token = await withSignInLimits(limited, () => auth.signInWithPassword({ db, ...request.body }));
      setSessionCookie(reply, request, token);
      return reply.status(204).send(null);
    },
  );

  // Anyone: mail me a sign-in link. Always 202, whether or not the address is known.
  app.post(
    '/api/auth/magic-link',
    {
      schema: { tags, body: magicLinkRequestSchema, response: { 202: z.object({ sent: z.literal(true) }) } },
      config: { access: PLATFORM_POLICY.signIn, ...strictRateLimit(5) },
    },
    async (request, reply) => {
      await auth.requestMagicLink({ db, publicUrl: ctx.config.publicUrl, ...request.body });
      await ctx.bus.publish(MAIL_QUEUED_CHANNEL, '1');
      return reply.status(202).send({ sent: true });
    },
  );

  // Anyone holding a link's token: exchange it, once, for a session.
  app.post(
    '/api/auth/magic-link/consume',
    {
      config: { access: PLATFORM_POLICY.useSignInLink, ...strictRateLimit(20) },
      schema: { tags, body: magicLinkConsumeSchema, response: noContent },
    },
    async (request, reply) => {
      const token = await auth.consumeMagicLink({ db, token: request.body.token });
      setSessionCookie(reply, request, token);
      return reply.status(204).send(null);
    },
  );

  // Signed in, or holding a registration's session: end this session.
  app.post(
    '/api/auth/sign-out',
    { config: { access: PLATFORM_POLICY.signOut }, schema: { tags, response: noContent } },
    async (request, reply) => {
      if (!request.sessionToken) throw unauthenticated();
      await auth.signOut({ db, token: request.sessionToken, actor: request.actor });
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  // Signed in: change my name or preferred language.
  app.patch(
    '/api/me',
    { config: { access: PLATFORM_POLICY.changeMe }, schema: { tags, body: updateMeSchema, response: noContent } },
    async (request, reply) => {
      requireSignedIn(request.actor);
      await auth.updateMe({ db, accountId: request.actor.accountId, ...request.body });
      return reply.status(204).send(null);
    },
  );
}
