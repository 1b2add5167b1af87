import { z } from 'zod';
import { commitmentInputSchema, REVIEW_STATES, reportInputSchema } from '../../../shared/commitments.js';
import { commitmentDetailSchema } from '../../../shared/commitmentViews.js';
import { COMMITMENT_POLICY } from '../../../shared/policies.js';
import { slugParams } from '../../../shared/text.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { editCommitment, registerCommitment, submitCommitment, submitReport } from './commitments.service.js';
import { listOwn, readOwn } from './tracker/tracker.service.js';

const tags = ['commitments'];
const own = '/api/events/:slug/delegations/:id/commitments';
const delegationParams = slugParams.extend({ id: z.uuid() });
const ownParams = delegationParams.extend({ commitmentId: z.uuid() });
const idAnswer = { 200: z.object({ id: z.uuid() }) };
const noStore = { 'cache-control': 'private, no-store' };

/** A delegation's own commitments: its focal point, or the secretariat on its behalf. */
export function ownCommitmentRoutes(app: TypedApp, { db }: AppContext) {
  app.get(
    own,
    {
      config: { access: COMMITMENT_POLICY.readOwn },
      schema: { tags, params: delegationParams, response: { 200: z.array(commitmentDetailSchema) } },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return listOwn({ db, actor: request.actor, slug: request.params.slug, delegationId: request.params.id });
    },
  );

  app.post(
    own,
    {
      config: { access: COMMITMENT_POLICY.register },
      schema: {
        tags,
        params: delegationParams,
        body: commitmentInputSchema,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      reply.code(201);
      return registerCommitment({ db, actor: request.actor, slug, delegationId: id, input: request.body });
    },
  );

  app.get(
    `${own}/:commitmentId`,
    {
      config: { access: COMMITMENT_POLICY.readOwn },
      schema: { tags, params: ownParams, response: { 200: commitmentDetailSchema } },
    },
    async (request, reply) => {
      reply.headers(noStore);
      const { slug, id, commitmentId } = request.params;
      return readOwn({ db, actor: request.actor, slug, delegationId: id, commitmentId });
    },
  );

  app.put(
    `${own}/:commitmentId`,
    {
      config: { access: COMMITMENT_POLICY.edit },
      schema: { tags, params: ownParams, body: commitmentInputSchema, response: idAnswer },
    },
    async (request) => {
      const { slug, id, commitmentId } = request.params;
      return editCommitment({ db, actor: request.actor, slug, delegationId: id, commitmentId, input: request.body });
    },
  );

  app.post(
    `${own}/:commitmentId/submit`,
    {
      config: { access: COMMITMENT_POLICY.edit },
      schema: { tags, params: ownParams, response: { 200: z.object({ reviewState: z.enum(REVIEW_STATES) }) } },
    },
    async (request) => {
      const { slug, id, commitmentId } = request.params;
      return submitCommitment({ db, actor: request.actor, slug, delegationId: id, commitmentId });
    },
  );

  app.post(
    `${own}/:commitmentId/reports`,
    {
      config: { access: COMMITMENT_POLICY.report },
      schema: { tags, params: ownParams, body: reportInputSchema, response: { 201: z.object({ id: z.uuid() }) } },
    },
    async (request, reply) => {
      const { slug, id, commitmentId } = request.params;
      reply.code(201);
      return submitReport({ db, actor: request.actor, slug, delegationId: id, commitmentId, input: request.body });
    },
  );
}
