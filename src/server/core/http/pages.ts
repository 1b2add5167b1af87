import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isLanguage, type Language } from '../../../shared/constants.js';
import { isPagePath, matchPage, SERVER_RENDERED } from '../../../shared/routes.js';
import {
  LANGUAGE_COOKIE,
  type PageFetch,
  type RenderedPage,
  type RenderPage,
  STATE_ELEMENT_ID,
  TIME_ZONE_COOKIE,
} from '../../../shared/ssr.js';

/** The app's element in index.html; a page rendered on the server arrives inside it. */
const ROOT = /<div id="root">[\s\S]*?<\/div>/;

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface Pages {
  template: string;
  manifest: Manifest;
  render: RenderPage | null;
}

/**
 * The built app: index.html, the manifest of its files, and the server rendering beside it
 * (dist/ssr/render.js next to dist/web). A test may bring its own rendering.
 */
export async function loadPages(webDir: string, render?: RenderPage): Promise<Pages | null> {
  const indexFile = join(webDir, 'index.html');
  if (!existsSync(indexFile)) return null;
  const template = readFileSync(indexFile, 'utf8');
  if (!ROOT.test(template)) throw new Error(`${indexFile} has no <div id="root">`);
  const manifestFile = join(webDir, '.vite/manifest.json');
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest) : {};
  const renderFile = join(dirname(webDir), 'ssr/render.js');
  const built = existsSync(renderFile)
    ? ((await import(pathToFileURL(renderFile).href)) as { render: RenderPage }).render
    : null;
  return { template, manifest, render: render ?? built };
}

function cookie(request: FastifyRequest, name: string): string | null {
  const value = request.cookies[name];
  return typeof value === 'string' && value.length <= 64 ? value : null;
}

/** The first supported language of Accept-Language by its rating, English when none. */
export function acceptedLanguage(header: string | undefined): Language {
  const ranked = (header ?? '')
    .split(',')
    .map((item, index) => {
      const [tag = '', ...params] = item.split(';').map((part) => part.trim().toLowerCase());
      const quality = params.find((p) => p.startsWith('q='));
      return { language: tag.split('-')[0] ?? '', rating: quality ? Number(quality.slice(2)) || 0 : 1, index };
    })
    .filter((item) => item.rating > 0 && isLanguage(item.language))
    .sort((a, b) => b.rating - a.rating || a.index - b.index);
  const best = ranked[0]?.language;
  return isLanguage(best) ? best : 'en';
}

const chosenLanguage = (value: string | null): Language | null => (isLanguage(value) ? value : null);

function timeZoneOf(value: string | null): string | null {
  if (!value) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The page's API requests, answered in this process by the same routes, with the reader's cookies and address. */
function fetchFor(app: FastifyInstance, request: FastifyRequest): PageFetch {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const name of ['cookie', 'accept-language', 'user-agent']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return async (path) => {
    const answer = await app.inject({ method: 'GET', url: path, headers, remoteAddress: request.ip });
    const empty = answer.statusCode === 204 || answer.statusCode === 304;
    return new Response(empty ? null : new Uint8Array(answer.rawPayload), {
      status: answer.statusCode,
      headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
    });
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** JSON that cannot end its script element: every "<" escaped, and the two line separators JavaScript once refused. */
const embeddedJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * The page's own chunk, what it imports and their style sheets, and the messages of its language
 * (a file of their own but English's: src/web/i18n/i18n.ts), as links the head gives the browser at once.
 */
function linksFor(pages: Pages, module: string | null, language: string): string {
  const files = new Set<string>();
  const sheets = new Set<string>();
  const visit = (key: string) => {
    const chunk = pages.manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const sheet of chunk.css ?? []) sheets.add(sheet);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  if (module) visit(module);
  visit(`src/web/i18n/${language}.json`);
  const fresh = (file: string) => !pages.template.includes(`/${file}"`);
  return [
    ...[...sheets].filter(fresh).map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
    ...[...files].filter(fresh).map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ].join('');
}

/** A feed reader finds a page's feeds in its head; the browser's app takes these over (ui/feedLink.ts). */
const feedLinks = (page: RenderedPage) =>
  page.feeds
    .map(
      (feed) =>
        `<link rel="alternate" type="application/atom+xml" data-feed title="${escapeHtml(feed.title)}" href="${escapeHtml(feed.href)}">`,
    )
    .join('');

function fill(pages: Pages, page: RenderedPage): string {
  const state = `<script type="application/json" id="${STATE_ELEMENT_ID}">${embeddedJson(page.state)}</script>`;
  return pages.template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.language}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', () => `${feedLinks(page)}${linksFor(pages, page.module, page.language)}</head>`)
    .replace(ROOT, () => `<div id="root">${page.html}</div>${state}`);
}

function sendHtml(reply: FastifyReply, status: number, html: string) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'private, no-cache')
    .header('vary', 'accept-language, cookie')
    .send(html);
}

/**
 * Answers a browser's GET for a page: the public pages (and the page for an unknown path)
 * rendered with their content in the reader's language, the others as the app's bare page
 * for the browser to render. A rendering that fails falls back to the bare page.
 */
export async function sendPage(app: FastifyInstance, pages: Pages, request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0] ?? '/';
  const status = isPagePath(path) ? 200 : 404;
  const id = matchPage(path);
  if (!pages.render || (id && !SERVER_RENDERED.has(id))) return sendHtml(reply, status, pages.template);
  try {
    const page = await pages.render({
      url: request.url,
      chosenLanguage: chosenLanguage(cookie(request, LANGUAGE_COOKIE)),
      acceptedLanguage: acceptedLanguage(request.headers['accept-language']),
      timeZone: timeZoneOf(cookie(request, TIME_ZONE_COOKIE)),
      fetch: fetchFor(app, request),
    });
    return sendHtml(reply, page.status === 200 ? status : page.status, fill(pages, page));
  } catch (error) {
    request.log.error({ err: error }, 'page: the server rendering failed; the browser renders the page');
    return sendHtml(reply, status, pages.template);
  }
}
