import { z } from 'zod';
import { PROGRAMME_POLICY } from '../../../shared/policies.js';
import { agendaSchema, changelogSchema, publishedProgrammeSchema } from '../../../shared/programme.js';
import { slugParams } from '../../../shared/text.js';
import type { Actor } from '../../core/auth/actor.js';
import { encodeOnce, etagOf, sendCached, sendEncoded } from '../../core/http/cached.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { addToAgenda, readAgenda, removeFromAgenda, renewAgendaFeed } from './agenda.service.js';
import { readChangelog } from './programme.service.js';
import type { PublishedCache } from './published.service.js';
import { readSpeakerPhoto } from './speakers.service.js';

const params = slugParams;
const withSession = params.extend({ sessionId: z.uuid() });
const withSpeaker = params.extend({ id: z.uuid() });

/** The published programme, its changelog, speakers' photos, and each person's agenda. */
export function programmeRoutes(app: TypedApp, { db, config }: AppContext, cache: PublishedCache) {
  const links = { publicUrl: config.publicUrl, secret: config.sessionSecret };
  /** The node's copy of the published programme (no query while it is fresh). */
  const published = async (slug: string) => (await cache.get(slug, 'programme', (programme) => programme)).value;
  const agendaOf = async (request: { actor: Actor; params: { slug: string } }) => ({
    db,
    actor: request.actor,
    programme: await published(request.params.slug),
    links,
  });

  // Anyone: the latest published programme (version 0 with no sessions before the first publication).
  app.get(
    '/api/events/:slug/programme',
    {
      config: { access: PROGRAMME_POLICY.readPublished },
      schema: { tags: ['programme'], params, response: { 200: publishedProgrammeSchema } },
    },
    async (request, reply) => {
      // Bytes built once per version on this node, as they are and compressed: a cached GET costs no query.
      const { value } = await cache.get(request.params.slug, 'api', (programme) => {
        const body = Buffer.from(JSON.stringify(programme));
        return encodeOnce(etagOf(body), body);
      });
      return sendEncoded(request, reply, value, {
        cacheControl: 'public, max-age=60',
        type: 'application/json; charset=utf-8',
      });
    },
  );

  // Anyone: every published version and what it changed, newest first.
  app.get(
    '/api/events/:slug/programme/changes',
    {
      config: { access: PROGRAMME_POLICY.readChangelog },
      schema: { tags: ['programme'], params, response: { 200: changelogSchema } },
    },
    async (request) => readChangelog({ db, slug: request.params.slug }),
  );

  // Anyone for a published speaker; organizers and secretariat also for a draft one.
  app.get(
    '/api/events/:slug/speakers/:id/photo',
    {
      config: { access: PROGRAMME_POLICY.readSpeakerPhoto },
      schema: { tags: ['programme'], params: withSpeaker, produces: ['image/jpeg'] },
    },
    async (request, reply) => {
      const programme = await published(request.params.slug);
      const photo = await readSpeakerPhoto({ db, actor: request.actor, programme, id: request.params.id });
      return sendCached(request, reply, {
        etag: `"${photo.version}"`,
        cacheControl: 'public, max-age=86400',
        type: photo.type,
        body: photo.bytes,
      });
    },
  );

  // Signed in: one's own agenda for the event and the secret address of its calendar feed.
  app.get(
    '/api/events/:slug/agenda',
    {
      config: { access: PROGRAMME_POLICY.useAgenda },
      schema: { tags: ['agenda'], params, response: { 200: agendaSchema } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return readAgenda(await agendaOf(request));
    },
  );

  // Signed in: adds a published session to one's agenda (adding it twice is harmless).
  app.put(
    '/api/events/:slug/agenda/:sessionId',
    {
      config: { access: PROGRAMME_POLICY.useAgenda },
      schema: { tags: ['agenda'], params: withSession, response: { 200: agendaSchema } },
    },
    async (request) => addToAgenda({ ...(await agendaOf(request)), sessionId: request.params.sessionId }),
  );

  // Signed in: takes a session off one's agenda.
  app.delete(
    '/api/events/:slug/agenda/:sessionId',
    {
      config: { access: PROGRAMME_POLICY.useAgenda },
      schema: { tags: ['agenda'], params: withSession, response: { 200: agendaSchema } },
    },
    async (request) => removeFromAgenda({ ...(await agendaOf(request)), sessionId: request.params.sessionId }),
  );

  // Signed in: a new secret feed address; the old one stops working.
  app.post(
    '/api/events/:slug/agenda/feed',
    {
      config: { access: PROGRAMME_POLICY.useAgenda },
      schema: { tags: ['agenda'], params, response: { 200: agendaSchema } },
    },
    async (request) => renewAgendaFeed(await agendaOf(request)),
  );
}
