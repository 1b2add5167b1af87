import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CODINGS, type Coding, codedEtag, compress, negotiateCoding, varyOnEncoding } from './compression.js';

/** A strong validator for bytes a node built once: the same bytes give the same tag on every node. */
export const etagOf = (body: string | Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** The client's tag for this resource, if it holds any of its representations (If-None-Match compares weakly). */
function heldTag(header: string | undefined, etag: string) {
  if (!header) return null;
  if (header.trim() === '*') return etag;
  const ours = [etag, ...CODINGS.map((coding) => codedEtag(etag, coding))];
  return (
    header
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .find((tag) => ours.includes(tag)) ?? null
  );
}

/** One form of an export's bytes, with its own strong validator. */
export interface Representation {
  etag: string;
  body: Buffer;
  encoding: Coding | null;
}

/** An export's bytes as they are, and each compressed form made when a client first asks for it. */
export interface Encoded {
  identity: Representation;
  coded: (coding: Coding) => Promise<Representation>;
}

/**
 * The bytes as they are, brotli'd or gzipped once per version on a node, each when first asked
 * for: a programme of 500 sessions is about 500 KB of XML that shrinks twentyfold or more, and
 * compressing it on every request would cost more than all the rest of the request, while a
 * large open-data file that browsers take as brotli need never be gzipped. The same negotiation
 * and the same compression as every other answer (compression.ts), kept. A strong validator
 * names one representation, so each compressed one has a tag of its own.
 */
export async function encodeOnce(etag: string, body: Buffer): Promise<Encoded> {
  const made = new Map<Coding, Promise<Representation>>();
  const coded = (coding: Coding) => {
    let representation = made.get(coding);
    if (!representation) {
      representation = compress(body, coding, 'once').then((bytes) => ({
        etag: codedEtag(etag, coding),
        body: bytes as Buffer,
        encoding: coding,
      }));
      made.set(coding, representation);
      representation.catch(() => made.delete(coding));
    }
    return representation;
  };
  return { identity: { etag, body, encoding: null }, coded };
}

export async function pickRepresentation(encoded: Encoded, acceptEncoding: string | string[] | undefined) {
  const coding = negotiateCoding(acceptEncoding);
  return coding ? encoded.coded(coding) : encoded.identity;
}

/**
 * Sends a representation with its validator and caching rule, or 304 Not Modified when the
 * client already holds it (If-None-Match).
 */
export function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { etag: string; cacheControl: string; type: string; body: string | Buffer; encoding?: Coding | null },
) {
  if (options.encoding) reply.header('content-encoding', options.encoding);
  reply.header('etag', options.etag).header('cache-control', options.cacheControl);
  varyOnEncoding(reply);
  const held = heldTag(request.headers['if-none-match'], options.etag);
  if (held) return reply.header('etag', held).code(304).send();
  return reply.header('content-type', options.type).send(options.body);
}

/** Sends the representation of bytes built once that the client takes (brotli or gzip where it says so). */
export const sendEncoded = async (
  request: FastifyRequest,
  reply: FastifyReply,
  encoded: Encoded,
  options: { cacheControl: string; type: string },
) =>
  sendCached(request, reply, {
    ...(await pickRepresentation(encoded, request.headers['accept-encoding'])),
    ...options,
  });
