import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A strong validator for bytes a node built once: the same bytes give the same tag on every node. */
export const etagOf = (body: string | Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

function matches(header: string | undefined, etag: string) {
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** One form of an export's bytes, with its own strong validator. */
export interface Representation {
  etag: string;
  body: Buffer;
  encoding: 'gzip' | null;
}

export interface Encoded {
  identity: Representation;
  gzip: Representation;
}

/**
 * The bytes as they are and gzipped, once per version on a node: a programme of 500 sessions is
 * about 500 KB of XML that shrinks about twentyfold, and compressing it on every request would
 * cost more than all the rest of the request. A strong validator names one representation, so
 * the gzipped one has a tag of its own.
 */
export function encodeOnce(etag: string, body: Buffer): Encoded {
  return {
    identity: { etag, body, encoding: null },
    gzip: { etag: etag.replace(/"$/, '-gzip"'), body: gzipSync(body, { level: 9 }), encoding: 'gzip' },
  };
}

/** Whether Accept-Encoding takes gzip: named (or "*") with a quality above zero. */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((item) => {
    const [coding = '', ...params] = item.split(';').map((part) => part.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') return false;
    const quality = params.find((p) => p.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

export const pickRepresentation = (encoded: Encoded, acceptEncoding: string | string[] | undefined) =>
  acceptsGzip(acceptEncoding) ? encoded.gzip : encoded.identity;

/**
 * Sends a representation with its validator and caching rule, or 304 Not Modified when the
 * client already holds it (If-None-Match).
 */
export function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { etag: string; cacheControl: string; type: string; body: string | Buffer; encoding?: 'gzip' | null },
) {
  if (options.encoding) reply.header('content-encoding', options.encoding);
  reply.header('etag', options.etag).header('cache-control', options.cacheControl).header('vary', 'accept-encoding');
  if (matches(request.headers['if-none-match'], options.etag)) return reply.code(304).send();
  return reply.header('content-type', options.type).send(options.body);
}

/** Sends the representation of bytes built once that the client takes (gzip where it says so). */
export const sendEncoded = (
  request: FastifyRequest,
  reply: FastifyReply,
  encoded: Encoded,
  options: { cacheControl: string; type: string },
) => sendCached(request, reply, { ...pickRepresentation(encoded, request.headers['accept-encoding']), ...options });
