import { gzipSync } from 'node:zlib';

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
