import { z } from 'zod';
import { listOf } from '../../../../shared/envelopes.js';
import { LIVE_POLICY } from '../../../../shared/policies.js';
import { pollInputSchema, pollViewSchema, pollVoteSchema } from '../../../../shared/polls.js';
import { slugParams } from '../../../../shared/text.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { TypedApp } from '../../../core/http/module.js';
import type { LiveDeps } from '../live.service.js';
import * as polls from './polls.service.js';

const tags = ['live'];
const params = slugParams.extend({ id: z.uuid() });
const pollBase = '/api/events/:slug/polls/:id';

/** A session's polls: prepared, opened and closed by its moderators, answered by registrants. */
export function pollRoutes(app: TypedApp, deps: LiveDeps) {
  const target = (request: { actor: Actor; params: { slug: string; id: string } }) => ({
    actor: request.actor,
    slug: request.params.slug,
    pollId: request.params.id,
  });

  // The session's moderators: a poll prepared, a draft until opened.
  app.post(
    '/api/events/:slug/sessions/:id/polls',
    {
      config: { access: LIVE_POLICY.moderate },
      schema: { tags, params, body: pollInputSchema, response: { 201: pollViewSchema } },
    },
    async (request, reply) => {
      reply.code(201);
      const { slug, id } = request.params;
      return polls.createPoll(deps, { actor: request.actor, slug, sessionId: id, input: request.body });
    },
  );

  // The session's moderators: every poll, drafts included, with results.
  app.get(
    '/api/events/:slug/sessions/:id/polls',
    {
      config: { access: LIVE_POLICY.moderate },
      schema: { tags, params, response: { 200: listOf('polls', pollViewSchema) } },
    },
    async (request) =>
      polls.listPolls(deps, { actor: request.actor, slug: request.params.slug, sessionId: request.params.id }),
  );

  for (const [action, run] of [
    ['open', polls.openPoll],
    ['close', polls.closePoll],
  ] as const) {
    // The session's moderators: a draft opened for votes (one at a time), or an open poll closed.
    app.post(
      `${pollBase}/${action}`,
      { config: { access: LIVE_POLICY.moderate }, schema: { tags, params, response: { 200: pollViewSchema } } },
      async (request) => run(deps, target(request)),
    );
  }

  // The session's moderators: a draft taken back.
  app.delete(
    pollBase,
    { config: { access: LIVE_POLICY.moderate }, schema: { tags, params, response: { 204: z.null() } } },
    async (request, reply) => {
      await polls.deletePoll(deps, target(request));
      return reply.status(204).send(null);
    },
  );

  // A registrant of the event: their choice in an open poll, which they may change while it is open.
  app.put(
    `${pollBase}/vote`,
    {
      config: { access: LIVE_POLICY.vote },
      schema: { tags, params, body: pollVoteSchema, response: { 200: pollVoteSchema } },
    },
    async (request) => polls.votePoll(deps, { ...target(request), optionIds: request.body.optionIds }),
  );

  // The session's moderators: the results as CSV, while the session is still live.
  app.get(
    `${pollBase}/results.csv`,
    { config: { access: LIVE_POLICY.moderate }, schema: { tags, params, produces: ['text/csv'] } },
    async (request, reply) => {
      const { filename, csv } = await polls.pollResultsCsv(deps, target(request));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'private, no-store')
        .send(csv);
    },
  );
}
