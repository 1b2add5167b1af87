import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The content codings the server sends, best first. */
export type Coding = 'br' | 'gzip';
export const CODINGS: readonly Coding[] = ['br', 'gzip'];

/**
 * The coding to send for an Accept-Encoding header: the best-rated one the client names (or
 * covers with "*") with a quality above zero; brotli before gzip at the same rating.
 */
export function negotiateCoding(header: string | string[] | undefined): Coding | null {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ratings = new Map<string, number>();
  for (const item of value.split(',')) {
    const [coding = '', ...params] = item.split(';').map((part) => part.trim().toLowerCase());
    if (!coding) continue;
    const quality = params.find((p) => p.startsWith('q='));
    const rating = quality === undefined ? 1 : Number(quality.slice(2));
    ratings.set(coding, Number.isFinite(rating) ? rating : 0);
  }
  let best: Coding | null = null;
  let bestRating = 0;
  for (const coding of CODINGS) {
    const rating = ratings.get(coding) ?? ratings.get('*') ?? 0;
    if (rating > bestRating) [best, bestRating] = [coding, rating];
  }
  return best;
}

/**
 * How hard to work: `once` for bytes a node builds once and sends many times (a programme's
 * version), `live` for an answer built for one request. Brotli 5 is about as fast as gzip 6
 * and smaller; 9 costs a few times more for a little less; 11 (the build's, for the app's
 * files) is too slow to run while someone waits. Past a few megabytes (a tracker's open data)
 * `once` works as `live` does: the time goes by the bytes in, and 9 would keep the first reader
 * waiting seconds for a tenth off the size.
 */
export type Effort = 'once' | 'live';

const LARGE = 4 * 1024 * 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export function compress(body: Buffer, coding: Coding, effort: Effort): Promise<Buffer> {
  const isHard = effort === 'once' && body.length <= LARGE;
  if (coding === 'gzip') return gzipped(body, { level: isHard ? 9 : 6 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: isHard ? 9 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** A strong validator names one representation: a compressed one gets a tag of its own. */
export const codedEtag = (etag: string, coding: Coding) => etag.replace(/"$/, `-${coding}"`);

/** Adds Accept-Encoding to the reply's Vary, keeping what is there. */
export function varyOnEncoding(reply: FastifyReply) {
  const current = String(reply.getHeader('vary') ?? '');
  const names = current.split(',').map((name) => name.trim().toLowerCase());
  if (names.includes('accept-encoding') || names.includes('*')) return;
  reply.header('vary', current ? `${current}, accept-encoding` : 'accept-encoding');
}

/** Below this a compressed answer saves less than the work and the header cost. */
export const MIN_COMPRESSED_BYTES = 1024;
const COMPRESSIBLE = /^(application\/(json|problem\+json|xml|ld\+json)|text\/|image\/svg\+xml)/;

/**
 * Every answer the server builds in one piece (JSON, problems, pages, exports) goes out
 * compressed when it is big enough and the client takes a coding; an answer that already
 * carries a coding (bytes built once, the app's precompressed files) and streams (the check-in
 * feed, CSV downloads) pass as they are.
 */
export function registerCompression(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.getHeader('content-encoding') || reply.statusCode === 204 || reply.statusCode === 304) return payload;
    if (!COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < MIN_COMPRESSED_BYTES) return payload;
    varyOnEncoding(reply);
    const coding = negotiateCoding(request.headers['accept-encoding']);
    if (!coding) return payload;
    const etag = reply.getHeader('etag');
    if (typeof etag === 'string') reply.header('etag', codedEtag(etag, coding));
    reply.header('content-encoding', coding).removeHeader('content-length');
    return compress(body, coding, 'live');
  });
}
