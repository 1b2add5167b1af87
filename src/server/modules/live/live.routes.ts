import { z } from 'zod';
import {
  askedQuestionSchema,
  askQuestionSchema,
  attendanceSchema,
  LIVE_CHANNELS,
  liveNowSchema,
  liveSettingsPatchSchema,
  liveSettingsSchema,
  liveSnapshotSchema,
  moderationSchema,
} from '../../../shared/live.js';
import { LIVE_POLICY } from '../../../shared/policies.js';
import { slugParams } from '../../../shared/text.js';
import { viewerOf } from '../../core/auth/actor.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { readAttendance, recordViewer } from './attendance.service.js';
import { createSessionLookup, type LiveDeps } from './live.service.js';
import { createLiveStreams } from './live.stream.js';
import { pollRoutes } from './polls/polls.routes.js';
import { startPresenceReports } from './presence.js';
import { askQuestion, moderateQuestion, setVote } from './questions.service.js';
import { authorizeView, readLiveNow, readSnapshot, updateLiveSettings } from './snapshot.service.js';

const tags = ['live'];
const sessionParams = slugParams.extend({ id: z.uuid() });
const questionParams = slugParams.extend({ id: z.uuid() });
const viewQuery = z.object({ view: z.enum(LIVE_CHANNELS).default('public') });
const streamQuery = viewQuery.extend({
  /** For clients that cannot set the Last-Event-ID header. */
  lastEventId: z.coerce.number().int().min(0).optional(),
});
const streamHeaders = z.object({ 'last-event-id': z.coerce.number().int().min(0).optional() });
const votesSchema = z.object({ id: z.uuid(), votes: z.number().int() });
const moderatedSchema = askedQuestionSchema.extend({ onScreen: z.uuid().nullable() });

/** A session's live view and stream, its questions, votes and moderation. */
export function liveRoutes(app: TypedApp, ctx: AppContext) {
  const { findSession, listSessions } = createSessionLookup(app, ctx);
  const deps: LiveDeps = { db: ctx.db, bus: ctx.bus, findSession };
  const streams = createLiveStreams(ctx);
  app.addHook('preClose', async () => streams.closeAll());
  const presence = startPresenceReports(app, ctx, streams.viewerCounts);
  const base = '/api/events/:slug/sessions/:id';
  pollRoutes(app, deps);

  // Anyone: the session's live view (`?view=moderation`: a moderator's, every question with its asker).
  app.get(
    `${base}/live`,
    {
      config: { access: LIVE_POLICY.follow },
      schema: { tags, params: sessionParams, querystring: viewQuery, response: { 200: liveSnapshotSchema } },
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      reply.header('cache-control', 'private, no-store');
      return readSnapshot(deps, { actor: request.actor, slug, sessionId: id, channel: request.query.view });
    },
  );

  // Anyone: Server-Sent Events, each message with its sequence as `id:`; resumes after Last-Event-ID.
  app.get(
    `${base}/live/stream`,
    {
      config: { access: LIVE_POLICY.follow },
      schema: {
        tags,
        params: sessionParams,
        querystring: streamQuery,
        headers: streamHeaders,
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      const { actor } = request;
      const channel = request.query.view;
      const { event, session } = await authorizeView(deps, { actor, slug, sessionId: id, channel });
      await presence.track(event.id, session.id);
      await recordViewer(ctx.db, actor, event, session.id);
      const lastEventId = request.headers['last-event-id'] ?? request.query.lastEventId ?? null;
      reply.hijack();
      presence.soon();
      reply.raw.on('close', presence.soon);
      await streams.open(reply.raw, {
        sessionId: session.id,
        channel,
        lastEventId,
        snapshot: () => readSnapshot(deps, { actor, slug, sessionId: session.id, channel }),
        isShared: channel === 'public' && !viewerOf(actor).isSignedIn,
      });
    },
  );

  // Anyone: the event's sessions live now and the ones that start next (the event page's strip).
  app.get(
    '/api/events/:slug/live',
    { config: { access: LIVE_POLICY.follow }, schema: { tags, params: slugParams, response: { 200: liveNowSchema } } },
    async (request) => {
      const { slug } = request.params;
      return readLiveNow(deps, { actor: request.actor, slug, sessions: await listSessions(slug) });
    },
  );

  // Organizers, secretariat: viewers now and at the peak per session, and who attended online, in person or both.
  app.get(
    '/api/events/:slug/live/attendance',
    {
      config: { access: LIVE_POLICY.readAttendance },
      schema: { tags, params: slugParams, response: { 200: attendanceSchema } },
    },
    async (request, reply) => {
      const { slug } = request.params;
      reply.header('cache-control', 'private, no-store');
      const sessionIds = (await listSessions(slug)).map((session) => session.id);
      return readAttendance(ctx.db, { actor: request.actor, slug, sessionIds });
    },
  );

  // The session's moderators: moderation on or off, questions open or closed, the clock overridden.
  app.patch(
    `${base}/live`,
    {
      config: { access: LIVE_POLICY.moderate },
      schema: { tags, params: sessionParams, body: liveSettingsPatchSchema, response: { 200: liveSettingsSchema } },
    },
    async (request) => {
      const { slug, id } = request.params;
      return updateLiveSettings(deps, { actor: request.actor, slug, sessionId: id, patch: request.body });
    },
  );

  // A registrant of the event: a question, shown once a moderator approves it (at once without moderation).
  app.post(
    `${base}/questions`,
    {
      config: { access: LIVE_POLICY.ask },
      schema: { tags, params: sessionParams, body: askQuestionSchema, response: { 201: askedQuestionSchema } },
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      reply.code(201);
      return askQuestion(deps, { actor: request.actor, slug, sessionId: id, input: request.body });
    },
  );

  for (const [method, isAdding] of [
    ['put', true],
    ['delete', false],
  ] as const) {
    // A registrant of the event: their vote for a question, given once, or withdrawn.
    app[method](
      '/api/events/:slug/questions/:id/vote',
      {
        config: { access: LIVE_POLICY.vote },
        schema: { tags, params: questionParams, response: { 200: votesSchema } },
      },
      async (request) =>
        setVote(deps, { actor: request.actor, slug: request.params.slug, questionId: request.params.id, isAdding }),
    );
  }

  // The session's moderators: approve, reject, mark answered, put on the room's screen or take off.
  app.post(
    '/api/events/:slug/questions/:id/moderation',
    {
      config: { access: LIVE_POLICY.moderate },
      schema: { tags, params: questionParams, body: moderationSchema, response: { 200: moderatedSchema } },
    },
    async (request) =>
      moderateQuestion(deps, {
        actor: request.actor,
        slug: request.params.slug,
        questionId: request.params.id,
        action: request.body.action,
      }),
  );
}
