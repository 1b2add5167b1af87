import { existsSync, readFileSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isPagePath } from '../../../shared/routes.js';
import { WEB_DIST_DIR } from '../paths.js';
import { sendProblem } from './problems.js';

/**
 * Serves the built browser app, and answers every unknown path: a problem for
 * the API, the app's page (with 404 when no page matches) for a browser.
 */
export async function registerWeb(app: FastifyInstance, webDir = WEB_DIST_DIR) {
  const indexFile = `${webDir}/index.html`;
  const hasWeb = existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: `${webDir}/assets`,
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      // The build writes each file brotli'd and gzipped beside it (vite.config.ts): sent by Accept-Encoding.
      preCompressed: true,
    });
  }
  const indexHtml = hasWeb ? readFileSync(indexFile, 'utf8') : null;

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isApi = path.startsWith('/api/') || path === '/api';
    // A file the app does not have is not a page: scripts and style sheets get a problem, not the app's HTML.
    const isAsset = path.startsWith('/assets/');
    if (isApi || isAsset || !indexHtml || !['GET', 'HEAD'].includes(request.method)) {
      return sendProblem(reply, 'route.not_found', `There is nothing at ${request.method} ${path}.`);
    }
    return reply
      .status(isPagePath(path) ? 200 : 404)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(indexHtml);
  });
}
