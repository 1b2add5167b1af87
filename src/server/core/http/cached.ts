import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A strong validator for bytes a node built once: the same bytes give the same tag on every node. */
export const etagOf = (body: string | Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

function matches(header: string | undefined, etag: string) {
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends a representation with its validator and caching rule, or 304 Not Modified when the
 * client already holds it (If-None-Match).
 */
export function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { etag: string; cacheControl: string; type: string; body: string | Buffer },
) {
  reply.header('etag', options.etag).header('cache-control', options.cacheControl).header('vary', 'accept-encoding');
  if (matches(request.headers['if-none-match'], options.etag)) return reply.code(304).send();
  return reply.header('content-type', options.type).send(options.body);
}
