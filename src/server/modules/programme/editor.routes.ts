import { z } from 'zod';
import {
  PHOTO_MAX_BYTES,
  PHOTO_TYPES,
  programmeChangeSchema,
  programmeDraftSchema,
  sessionInputSchema,
  sessionPatchSchema,
  speakerInputSchema,
  speakerPatchSchema,
} from '../../../shared/programme.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { PROGRAMME_PUBLISHED_CHANNEL, publishProgramme, readDraft } from './programme.service.js';
import type { PublishedCache } from './published.cache.js';
import { createSession, deleteSession, updateSession } from './sessions.service.js';
import {
  createSpeaker,
  deleteSpeaker,
  removeSpeakerPhoto,
  requirePhotoUploader,
  setSpeakerPhoto,
  updateSpeaker,
} from './speakers.service.js';

const tags = ['programme'];
const params = z.object({ slug: z.string().max(60) });
const withId = params.extend({ id: z.uuid() });
const created = { 201: z.object({ id: z.uuid() }) };
const noContent = { 204: z.null() };

/** Organizers and secretariat: the working copy of the programme, its sessions and speakers, and publishing it. */
export function editorRoutes(app: TypedApp, { db, bus }: AppContext, cache: PublishedCache) {
  // Photos arrive as the raw image; the service checks the bytes, not this header.
  app.addContentTypeParser(
    [...PHOTO_TYPES],
    { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/api/events/:slug/programme/draft',
    { schema: { tags, params, response: { 200: programmeDraftSchema } } },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return readDraft({ db, actor: request.actor, slug: request.params.slug });
    },
  );

  app.post(
    '/api/events/:slug/programme/publish',
    {
      schema: {
        tags,
        params,
        response: { 200: z.object({ version: z.number().int(), changes: z.array(programmeChangeSchema) }) },
      },
    },
    async (request) => {
      const { eventId, version, changes } = await publishProgramme({ db, actor: request.actor, ...request.params });
      // This node at once (its next read is the new version); the others when the bus reaches them.
      cache.dropEvent(request.params.slug);
      await bus.publish(PROGRAMME_PUBLISHED_CHANNEL, JSON.stringify({ eventId, slug: request.params.slug, version }));
      return { version, changes };
    },
  );

  app.post(
    '/api/events/:slug/sessions',
    { schema: { tags, params, body: sessionInputSchema, response: created } },
    async (request, reply) =>
      reply.code(201).send(await createSession({ db, actor: request.actor, ...request.params, input: request.body })),
  );

  app.patch(
    '/api/events/:slug/sessions/:id',
    { schema: { tags, params: withId, body: sessionPatchSchema, response: noContent } },
    async (request, reply) => {
      await updateSession({ db, actor: request.actor, ...request.params, patch: request.body });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/events/:slug/sessions/:id',
    { schema: { tags, params: withId, response: noContent } },
    async (request, reply) => {
      await deleteSession({ db, actor: request.actor, ...request.params });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/events/:slug/speakers',
    { schema: { tags, params, body: speakerInputSchema, response: created } },
    async (request, reply) =>
      reply.code(201).send(await createSpeaker({ db, actor: request.actor, ...request.params, input: request.body })),
  );

  app.patch(
    '/api/events/:slug/speakers/:id',
    { schema: { tags, params: withId, body: speakerPatchSchema, response: noContent } },
    async (request, reply) => {
      await updateSpeaker({ db, actor: request.actor, ...request.params, patch: request.body });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/events/:slug/speakers/:id',
    { schema: { tags, params: withId, response: noContent } },
    async (request, reply) => {
      await deleteSpeaker({ db, actor: request.actor, ...request.params });
      return reply.code(204).send(null);
    },
  );

  // The body is the image itself (image/jpeg, image/png or image/webp), at most 5 MB; decoded one at a time.
  app.put(
    '/api/events/:slug/speakers/:id/photo',
    {
      bodyLimit: PHOTO_MAX_BYTES,
      schema: { tags, params: withId, consumes: [...PHOTO_TYPES], response: noContent },
      // Before the body is read, so that no one else makes the node buffer and decode an image.
      preParsing: async (request) => requirePhotoUploader(request.actor, request.params.slug),
    },
    async (request, reply) => {
      await setSpeakerPhoto({ db, actor: request.actor, ...request.params, bytes: request.body as Buffer });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/events/:slug/speakers/:id/photo',
    { schema: { tags, params: withId, response: noContent } },
    async (request, reply) => {
      await removeSpeakerPhoto({ db, actor: request.actor, ...request.params });
      return reply.code(204).send(null);
    },
  );
}
