import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '../../../shared/auth.js';
import { type Actor, ANONYMOUS } from '../auth/actor.js';
import type { AccountRow } from '../auth/auth.repo.js';
import { findLiveSession } from '../auth/auth.repo.js';
import { loadActor, SESSION_DAYS } from '../auth/auth.service.js';
import { csrfTokenFor, hashToken, safeEqual } from '../auth/secrets.js';
import { AppError } from '../errors.js';
import type { AppContext } from './context.js';

export const SESSION_COOKIE = 'pendopo_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    account: AccountRow | null;
    /** The registration a personal link's session opens (its event and name), else null. */
    registrationSession: { eventSlug: string; name: string } | null;
    /** The raw session token, for sign-out. */
    sessionToken: string | null;
    csrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Reads the session cookie into `request.actor`, and refuses a write that
 * carries a session but not the session's CSRF token. Writes without a session
 * have no ambient authority to forge; they must still be JSON, which a form on
 * another site cannot send.
 */
export function registerSessions(app: FastifyInstance, ctx: AppContext) {
  // Fastify refuses object defaults shared by all requests; each request gets its own below.
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('account', null);
  app.decorateRequest('registrationSession', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const tokenHash = hashToken(token);
    const session = await findLiveSession(ctx.db, tokenHash);
    if (!session) return;
    if (session.registrationId) {
      // A personal link's session: the registration only, never the account or its roles.
      const registration = await ctx.directory.registrationOfSession(ctx.db, session.registrationId);
      if (!registration) return;
      const { eventId, eventSlug, name } = registration;
      request.actor = { ...ANONYMOUS, registration: { id: session.registrationId, eventId } };
      request.registrationSession = { eventSlug, name };
    } else {
      request.account = session.account;
      request.actor = await loadActor(ctx.db, session.account, ctx.directory);
    }
    request.sessionToken = token;
    request.csrfToken = csrfTokenFor(ctx.config.sessionSecret, tokenHash);
    if (SAFE_METHODS.has(request.method)) return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !safeEqual(sent, request.csrfToken)) {
      throw new AppError('auth.csrf_invalid', `Send the session's CSRF token in the ${CSRF_HEADER} header.`);
    }
  });
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  token: string,
  maxAgeSeconds = SESSION_DAYS * 86_400,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
