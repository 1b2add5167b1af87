import { z } from 'zod';
import { PROGRAMME_POLICY } from '../../../shared/policies.js';
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
import { slugParams } from '../../../shared/text.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { PROGRAMME_PUBLISHED_CHANNEL, publishProgramme, readDraft } from './programme.service.js';
import type { PublishedCache } from './published.service.js';
import { createSession, deleteSession, updateSession } from './sessions.service.js';
import {
  createSpeaker,
  deleteSpeaker,
  removeSpeakerPhoto,
  setSpeakerPhoto,
  updateSpeaker,
} from './speakers.service.js';

const tags = ['programme'];
const params = slugParams;
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
    {
      config: { access: PROGRAMME_POLICY.readDraft },
      schema: { tags, params, response: { 200: programmeDraftSchema } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return readDraft({ db, actor: request.actor, slug: request.params.slug });
    },
  );

  app.post(
    '/api/events/:slug/programme/publish',
    {
      config: { access: PROGRAMME_POLICY.publish },
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
    {
      config: { access: PROGRAMME_POLICY.editSessions },
      schema: { tags, params, body: sessionInputSchema, response: created },
    },
    async (request, reply) =>
      reply.code(201).send(await createSession({ db, actor: request.actor, ...request.params, input: request.body })),
  );

  app.patch(
    '/api/events/:slug/sessions/:id',
    {
      config: { access: PROGRAMME_POLICY.editSessions },
      schema: { tags, params: withId, body: sessionPatchSchema, response: noContent },
    },
    async (request, reply) => {
      await updateSession({ db, actor: request.actor, ...request.params, patch: request.body });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/events/:slug/sessions/:id',
    { config: { access: PROGRAMME_POLICY.editSessions }, schema: { tags, params: withId, response: noContent } },
    async (request, reply) => {
      await deleteSession({ db, actor: request.actor, ...request.params });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/events/:slug/speakers',
    {
      config: { access: PROGRAMME_POLICY.editSpeakers },
      schema: { tags, params, body: speakerInputSchema, response: created },
    },
    async (request, reply) =>
      reply.code(201).send(await createSpeaker({ db, actor: request.actor, ...request.params, input: request.body })),
  );

  app.patch(
    '/api/events/:slug/speakers/:id',
    {
      config: { access: PROGRAMME_POLICY.editSpeakers },
      schema: { tags, params: withId, body: speakerPatchSchema, response: noContent },
    },
    async (request, reply) => {
      await updateSpeaker({ db, actor: request.actor, ...request.params, patch: request.body });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/events/:slug/speakers/:id',
    { config: { access: PROGRAMME_POLICY.editSpeakers }, schema: { tags, params: withId, response: noContent } },
    async (request, reply) => {
      await deleteSpeaker({ db, actor: request.actor, ...request.params });
      return reply.code(204).send(null);
    },
  );

  // The body is the image itself (image/jpeg, image/png or image/webp), at most 5 MB; decoded one at a time.
  app.put(
    '/api/events/:slug/speakers/:id/photo',
    {
      config: { access: PROGRAMME_POLICY.editSpeakers },
      bodyLimit: PHOTO_MAX_BYTES,
      schema: { tags, params: withId, consumes: [...PHOTO_TYPES], response: noContent },
    },
    async (request, reply) => {
      await setSpeakerPhoto({ db, actor: request.actor, ...request.params, bytes: request.body as Buffer });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/events/:slug/speakers/:id/photo',
    { config: { access: PROGRAMME_POLICY.editSpeakers }, schema: { tags, params: withId, response: noContent } },
    async (request, reply) => {
      await removeSpeakerPhoto({ db, actor: request.actor, ...request.params });
      return reply.code(204).send(null);
    },
  );
}
