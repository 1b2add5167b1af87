import { z } from 'zod';
import { COMMITMENT_POLICY } from '../../../../shared/policies.js';
import { slugParams } from '../../../../shared/text.js';
import { type Encoded, encodeOnce, etagOf, sendEncoded } from '../../../core/http/cached.js';
import type { AppContext } from '../../../core/http/context.js';
import type { TypedApp } from '../../../core/http/module.js';
import { eventRead } from '../../events/operation.service.js';
import { worldMap } from './tracker.map.js';

/** The world map's shapes: SVG path data in the viewBox's units, one per country by ISO 3166-1 alpha-2. */
export const worldMapSchema = z.object({
  viewBox: z.string(),
  outline: z.string(),
  countries: z.array(z.object({ code: z.string().length(2), d: z.string(), isSmall: z.boolean() })),
  unassigned: z.string(),
});

/** The shapes never change while a build runs: a year, and the tag for a check after a new one. */
export const MAP_CACHE_CONTROL = 'public, max-age=31536000, immutable';

let encoded: Promise<Encoded> | null = null;

/** The map's JSON as it is, brotli'd and gzipped, built once per process. */
function encodedMap() {
  if (!encoded) {
    const body = Buffer.from(JSON.stringify(worldMap()));
    encoded = encodeOnce(etagOf(body), body);
  }
  return encoded;
}

/** The tracker's public drawings (the world map). */
export function publicTrackerRoutes(app: TypedApp, { db }: AppContext) {
  app.get(
    '/api/events/:slug/commitments/map',
    {
      config: { access: COMMITMENT_POLICY.readPublic },
      schema: { tags: ['commitments'], params: slugParams, response: { 200: worldMapSchema } },
    },
    async (request, reply) => {
      // The same shapes for every event; an unknown one is still a 404.
      await eventRead({ db, slug: request.params.slug, actor: request.actor, may: COMMITMENT_POLICY.readPublic });
      return sendEncoded(request, reply, await encodedMap(), {
        cacheControl: MAP_CACHE_CONTROL,
        type: 'application/json; charset=utf-8',
      });
    },
  );
}
