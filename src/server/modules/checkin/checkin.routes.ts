import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { checkInInputSchema, checkInResultSchema, checkInSummarySchema } from '../../../shared/checkin.js';
import { CHECKIN_POLICY } from '../../../shared/policies.js';
import { listFilterSchema } from '../../../shared/registrationList.js';
import { slugParams } from '../../../shared/text.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { type BadgePdf, getBadges, getOwnBadge } from './badge.service.js';
import {
  authorizeCheckInStream,
  checkIn,
  checkInByHand,
  checkInChannel,
  getCheckInSummary,
} from './checkin.service.js';
import { createCheckInStreams } from './checkin.stream.js';

const params = slugParams;
const pdf = { produces: ['application/pdf'] };

const sendPdf = (reply: FastifyReply, { filename, bytes }: BadgePdf) =>
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${filename}"`)
    // Badges carry the codes that let people in: never kept by a shared cache.
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(bytes));

/** Badges (PDF) and check-in at the door, with its live count. */
export function checkInRoutes(app: TypedApp, ctx: AppContext) {
  const { db, bus } = ctx;
  const streams = createCheckInStreams(ctx);
  app.addHook('preClose', async () => streams.closeAll());

  // The registrant: their own badge, once their in-person place is confirmed.
  app.get(
    '/api/events/:slug/registrations/me/badge.pdf',
    { config: { access: CHECKIN_POLICY.downloadOwnBadge }, schema: { tags: ['badges'], params, ...pdf } },
    async (request, reply) =>
      sendPdf(reply, await getOwnBadge({ db, actor: request.actor, slug: request.params.slug })),
  );

  // Organizer, secretariat: every badge, or a filtered set, one per page.
  app.get(
    '/api/events/:slug/badges.pdf',
    {
      config: { access: CHECKIN_POLICY.downloadBadges },
      schema: { tags: ['badges'], params, querystring: listFilterSchema, ...pdf },
    },
    async (request, reply) =>
      sendPdf(reply, await getBadges({ db, actor: request.actor, slug: request.params.slug, filter: request.query })),
  );

  // Organizer, secretariat: check a badge's code in; says who it is and whether they came before.
  app.post(
    '/api/events/:slug/check-ins',
    {
      config: { access: CHECKIN_POLICY.checkIn },
      schema: { tags: ['check-in'], params, body: checkInInputSchema, response: { 200: checkInResultSchema } },
    },
    async (request) => {
      const { eventId, result } = await checkIn({
        db,
        actor: request.actor,
        slug: request.params.slug,
        code: request.body.code,
      });
      // After the commit: every node's streams read the new count.
      await bus.publish(checkInChannel(eventId), String(result.checkedIn));
      return result;
    },
  );

  // Organizer, secretariat: check a registration in by hand (no badge at hand), from the registrations list.
  app.post(
    '/api/events/:slug/registrations/:id/check-in',
    {
      config: { access: CHECKIN_POLICY.checkInByHand },
      schema: { tags: ['check-in'], params: params.extend({ id: z.uuid() }), response: { 200: checkInResultSchema } },
    },
    async (request) => {
      const { eventId, result } = await checkInByHand({ db, actor: request.actor, ...request.params });
      await bus.publish(checkInChannel(eventId), String(result.checkedIn));
      return result;
    },
  );

  // Organizer, secretariat: how many of the badge holders have come.
  app.get(
    '/api/events/:slug/check-ins/summary',
    {
      config: { access: CHECKIN_POLICY.readCheckIns },
      schema: { tags: ['check-in'], params, response: { 200: checkInSummarySchema } },
    },
    async (request) => getCheckInSummary({ db, actor: request.actor, slug: request.params.slug }),
  );

  // Organizer, secretariat: Server-Sent Events, a `count` event with {checkedIn, expected} at connect and on each change.
  app.get(
    '/api/events/:slug/check-ins/stream',
    {
      config: { access: CHECKIN_POLICY.readCheckIns },
      schema: { tags: ['check-in'], params, produces: ['text/event-stream'] },
    },
    async (request, reply) => {
      const eventId = await authorizeCheckInStream({ db, actor: request.actor, slug: request.params.slug });
      reply.hijack();
      await streams.open(eventId, reply.raw);
    },
  );
}
