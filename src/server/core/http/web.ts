import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { RenderPage } from '../../../shared/ssr.js';
import { WEB_DIST_DIR } from '../paths.js';
import { loadPages, sendPage } from './pages.js';
import { sendProblem } from './problems.js';

/**
 * Serves the built browser app, and answers every unknown path: a problem for
 * the API, the app's page (with 404 when no page matches) for a browser, rendered on the
 * server where it is a public one (pages.ts).
 */
export async function registerWeb(app: FastifyInstance, webDir = WEB_DIST_DIR, render?: RenderPage) {
  const pages = await loadPages(webDir, render);
  if (pages) {
    await app.register(fastifyStatic, {
      root: `${webDir}/assets`,
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      // The build writes each file brotli'd and gzipped beside it (vite.config.ts): sent by Accept-Encoding.
      preCompressed: true,
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isApi = path.startsWith('/api/') || path === '/api';
    // A file the app does not have is not a page: scripts and style sheets get a problem, not the app's HTML.
    const isAsset = path.startsWith('/assets/');
    if (isApi || isAsset || !pages || !['GET', 'HEAD'].includes(request.method)) {
      return sendProblem(reply, 'route.not_found', `There is nothing at ${request.method} ${path}.`);
    }
    return sendPage(app, pages, request, reply);
  });
}
