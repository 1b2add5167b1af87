import type { FastifyInstance } from 'fastify';
import { type Access, judgeAccess } from '../../../shared/access.js';
import { viewerOf } from '../auth/actor.js';
import { AppError, forbidden, unauthenticated } from '../errors.js';
import { isOperatorRequest } from './operator.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (src/shared/policies.ts): required of every route. */
    access?: Access;
  }
}

/** One route as declared: what the role-by-route test walks. */
export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
}

/** The built browser app's files: the static plugin's routes, public by nature. */
const isStaticAsset = (url: string) => url.startsWith('/assets/');

/**
 * Makes each route's declared access part of the app: a route without one stops the
 * app from being built, and every request is judged against its route's before its
 * body is read (the `preParsing` hook runs after the session is known).
 */
export function registerAccess(app: FastifyInstance, options: { metricsToken?: string } = {}): DeclaredRoute[] {
  const declared: DeclaredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (isStaticAsset(route.url)) return;
    const access = route.config?.access;
    if (!access) throw new Error(`${methods.join(',')} ${route.url} declares no access (config.access)`);
    for (const method of methods) if (method !== 'HEAD') declared.push({ method, url: route.url, access });
  });
  app.addHook('preParsing', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    if (access.kind === 'operator') {
      if (isOperatorRequest(request, options.metricsToken)) return;
      // 404, as for an address the app does not have: a stranger learns nothing, not even that it is here.
      const path = request.url.split('?')[0] ?? '/';
      throw new AppError('route.not_found', `There is nothing at ${request.method} ${path}.`);
    }
    const verdict = judgeAccess(access, viewerOf(request.actor), request.params as Record<string, unknown>);
    if (verdict === 'unauthenticated') throw unauthenticated();
    if (verdict === 'forbidden') throw forbidden();
  });
  return declared;
}
