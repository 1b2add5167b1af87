import { z } from 'zod';
import {
  COMMITMENT_TYPES,
  commitmentWeightSchema,
  REVIEW_STATES,
  reviewInputSchema,
  TRACKER_STATUSES,
  trackerSettingsSchema,
} from '../../../shared/commitments.js';
import {
  commitmentDetailSchema,
  commitmentListSchema,
  trackerDashboardSchema,
  trackerSettingsViewSchema,
  trackerSummarySchema,
} from '../../../shared/commitmentViews.js';
import { COMMITMENT_POLICY } from '../../../shared/policies.js';
import { countrySchema } from '../../../shared/registration.js';
import { slugParams } from '../../../shared/text.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { MAIL_QUEUED_CHANNEL } from '../../core/mail/outbox.js';
import { confirmCompletion, reviewCommitment, updateSettings, weighCommitment } from './commitments.service.js';
import { importRoutes } from './import/import.routes.js';
import { openDataRoutes } from './opendata/opendata.routes.js';
import { ownCommitmentRoutes } from './own.routes.js';
import { remindNow } from './reminders/reminders.service.js';
import { publicTrackerRoutes } from './tracker/map.routes.js';
import {
  listAll,
  listPublic,
  readDashboard,
  readPublicCommitment,
  readSettings,
  readSummary,
} from './tracker/tracker.service.js';

const tags = ['commitments'];
const base = '/api/events/:slug/commitments';
const commitmentParams = slugParams.extend({ commitmentId: z.uuid() });
const noStore = { 'cache-control': 'private, no-store' };

/** The filters of a list, from the query string: the same names the tracker page keeps in its URL. */
export const listQuery = z.object({
  area: z.uuid().optional(),
  country: countrySchema.optional(),
  /** A delegation's id: its commitments only (an organisation's too, which has no country). */
  delegation: z.uuid().optional(),
  status: z.enum(TRACKER_STATUSES).optional(),
  type: z.enum(COMMITMENT_TYPES).optional(),
  late: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
type ListQuery = z.infer<typeof listQuery>;
const filtersOf = (q: ListQuery) => ({
  focusAreaId: q.area,
  country: q.country,
  delegationId: q.delegation,
  status: q.status,
  type: q.type,
  isLate: q.late === undefined ? undefined : q.late === 'true',
  page: q.page,
  pageSize: q.pageSize,
});

/** The tracker's API: the public figures and lists, a country's own commitments and reports, the secretariat's tools. */
export function commitmentRoutes(app: TypedApp, ctx: AppContext) {
  const { db, config } = ctx;

  app.get(
    `${base}/summary`,
    {
      config: { access: COMMITMENT_POLICY.readPublic },
      schema: { tags, params: slugParams, response: { 200: trackerSummarySchema } },
    },
    async (request) => readSummary({ db, slug: request.params.slug }),
  );

  app.get(
    base,
    {
      config: { access: COMMITMENT_POLICY.readPublic },
      schema: { tags, params: slugParams, querystring: listQuery, response: { 200: commitmentListSchema } },
    },
    async (request) => listPublic({ db, slug: request.params.slug, filters: filtersOf(request.query) }),
  );

  app.get(
    `${base}/all`,
    {
      config: { access: COMMITMENT_POLICY.readAll },
      schema: {
        tags,
        params: slugParams,
        querystring: listQuery.extend({ reviewState: z.enum(REVIEW_STATES).optional() }),
        response: { 200: commitmentListSchema },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      const { reviewState, ...query } = request.query;
      const filters = { ...filtersOf(query), reviewState };
      return listAll({ db, actor: request.actor, slug: request.params.slug, filters });
    },
  );

  app.get(
    `${base}/settings`,
    {
      config: { access: COMMITMENT_POLICY.readSettings },
      schema: { tags, params: slugParams, response: { 200: trackerSettingsViewSchema } },
    },
    async (request) => readSettings({ db, actor: request.actor, slug: request.params.slug }),
  );

  app.put(
    `${base}/settings`,
    {
      config: { access: COMMITMENT_POLICY.updateSettings },
      schema: { tags, params: slugParams, body: trackerSettingsSchema, response: { 200: trackerSettingsViewSchema } },
    },
    async (request) => updateSettings({ db, actor: request.actor, slug: request.params.slug, input: request.body }),
  );

  app.get(
    `${base}/dashboard`,
    {
      config: { access: COMMITMENT_POLICY.readDashboard },
      schema: { tags, params: slugParams, response: { 200: trackerDashboardSchema } },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return readDashboard({ db, actor: request.actor, slug: request.params.slug });
    },
  );

  app.post(
    `${base}/reminders`,
    {
      config: { access: COMMITMENT_POLICY.remind },
      schema: {
        tags,
        params: slugParams,
        response: {
          200: z.object({ sent: z.number().int(), alreadySent: z.number().int(), withoutFocalPoint: z.number().int() }),
        },
      },
    },
    async (request) => {
      const result = await remindNow({
        db,
        actor: request.actor,
        slug: request.params.slug,
        publicUrl: config.publicUrl,
      });
      if (result.sent > 0) await ctx.bus.publish(MAIL_QUEUED_CHANNEL, '1');
      return result;
    },
  );

  app.get(
    `${base}/:commitmentId`,
    {
      config: { access: COMMITMENT_POLICY.readPublic },
      schema: { tags, params: commitmentParams, response: { 200: commitmentDetailSchema } },
    },
    async (request) =>
      readPublicCommitment({ db, slug: request.params.slug, commitmentId: request.params.commitmentId }),
  );

  app.post(
    `${base}/:commitmentId/review`,
    {
      config: { access: COMMITMENT_POLICY.review },
      schema: {
        tags,
        params: commitmentParams,
        body: reviewInputSchema,
        response: { 200: z.object({ reviewState: z.enum(REVIEW_STATES) }) },
      },
    },
    async (request) => {
      const { slug, commitmentId } = request.params;
      return reviewCommitment({ db, actor: request.actor, slug, commitmentId, input: request.body });
    },
  );

  app.post(
    `${base}/:commitmentId/completion`,
    {
      config: { access: COMMITMENT_POLICY.confirmCompletion },
      schema: {
        tags,
        params: commitmentParams,
        response: { 200: z.object({ completionConfirmedAt: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { slug, commitmentId } = request.params;
      return confirmCompletion({ db, actor: request.actor, slug, commitmentId });
    },
  );

  app.put(
    `${base}/:commitmentId/weight`,
    {
      config: { access: COMMITMENT_POLICY.weigh },
      schema: {
        tags,
        params: commitmentParams,
        body: commitmentWeightSchema,
        response: { 200: commitmentWeightSchema },
      },
    },
    async (request) => {
      const { slug, commitmentId } = request.params;
      return weighCommitment({ db, actor: request.actor, slug, commitmentId, weight: request.body.weight });
    },
  );

  ownCommitmentRoutes(app, ctx);
  publicTrackerRoutes(app, ctx);
  openDataRoutes(app, ctx);
  importRoutes(app, ctx);
}
