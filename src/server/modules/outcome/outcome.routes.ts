import { z } from 'zod';
import {
  AMENDMENT_STATUSES,
  AUTHORITATIVE_LANGUAGE,
  comparisonSchema,
  decideAmendmentSchema,
  LANGUAGES_OF_OUTCOME,
  moveStageSchema,
  OUTCOME_STAGES,
  outcomeContentSchema,
  PARAGRAPH_STATES,
  POSITIONS,
  paragraphStateSchema,
  positionSchema,
  proposeAmendmentSchema,
  publicDraftSchema,
  publicOutcomeSchema,
  saveTextSchema,
  versionSummarySchema,
  workingDocumentSchema,
} from '../../../shared/outcome.js';
import { OUTCOME_POLICY } from '../../../shared/policies.js';
import { slugParams } from '../../../shared/text.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { adoptionRoutes } from './adoption.routes.js';
import { decideAmendment, proposeAmendment, takePosition, withdrawAmendment } from './amendments.service.js';
import {
  compare,
  listVersions,
  moveStage,
  readPublic,
  readVersion,
  readWorking,
  saveText,
  setDraftPublic,
  setParagraphState,
} from './outcome.service.js';

const tags = ['outcome'];
const base = '/api/events/:slug/outcome';
const delegationBase = '/api/events/:slug/delegations/:id/outcome/amendments';
const delegationParams = slugParams.extend({ id: z.uuid() });
const amendmentParams = slugParams.extend({ amendmentId: z.uuid() });
const delegationAmendmentParams = delegationParams.extend({ amendmentId: z.uuid() });
const amendmentStatus = z.object({ id: z.uuid(), status: z.enum(AMENDMENT_STATUSES) });
const noStore = { 'cache-control': 'private, no-store' };

/** The outcome document: its public text, the chair's working text and versions, the delegations' amendments. */
export function outcomeRoutes(app: TypedApp, ctx: AppContext) {
  const { db } = ctx;
  adoptionRoutes(app, ctx);

  // Anyone: the stage, and the text once adopted or while the chair shows the draft.
  app.get(
    base,
    {
      config: { access: OUTCOME_POLICY.readPublic },
      schema: { tags, params: slugParams, response: { 200: publicOutcomeSchema } },
    },
    async (request) => readPublic({ db, slug: request.params.slug }),
  );

  // The chair and the delegations (focal points, delegates): the working text, its states and every amendment.
  app.get(
    `${base}/working`,
    {
      config: { access: OUTCOME_POLICY.readWorking },
      schema: { tags, params: slugParams, response: { 200: workingDocumentSchema } },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return readWorking({ db, actor: request.actor, slug: request.params.slug });
    },
  );

  app.get(
    `${base}/versions`,
    {
      config: { access: OUTCOME_POLICY.readWorking },
      schema: { tags, params: slugParams, response: { 200: z.array(versionSummarySchema) } },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return listVersions({ db, actor: request.actor, slug: request.params.slug });
    },
  );

  app.get(
    `${base}/versions/:number`,
    {
      config: { access: OUTCOME_POLICY.readWorking },
      schema: {
        tags,
        params: slugParams.extend({ number: z.coerce.number().int().min(1).max(1_000_000) }),
        response: { 200: versionSummarySchema.extend({ content: outcomeContentSchema }) },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      const { slug, number } = request.params;
      return readVersion({ db, actor: request.actor, slug, number });
    },
  );

  app.get(
    `${base}/compare`,
    {
      config: { access: OUTCOME_POLICY.readWorking },
      schema: {
        tags,
        params: slugParams,
        querystring: z.object({
          from: z.coerce.number().int().min(1).max(1_000_000),
          to: z.coerce.number().int().min(1).max(1_000_000),
          lang: z.enum(LANGUAGES_OF_OUTCOME).default(AUTHORITATIVE_LANGUAGE),
        }),
        response: { 200: comparisonSchema },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      const { from, to, lang } = request.query;
      return compare({ db, actor: request.actor, slug: request.params.slug, from, to, language: lang });
    },
  );

  // The chair: the text saved as the next version, against the version it was edited from.
  app.put(
    `${base}/text`,
    {
      config: { access: OUTCOME_POLICY.editText },
      schema: {
        tags,
        params: slugParams,
        body: saveTextSchema,
        response: { 200: z.object({ version: z.number().int() }) },
      },
    },
    async (request) => saveText({ db, actor: request.actor, slug: request.params.slug, input: request.body }),
  );

  app.post(
    `${base}/stage`,
    {
      config: { access: OUTCOME_POLICY.moveStage },
      schema: {
        tags,
        params: slugParams,
        body: moveStageSchema,
        response: { 200: z.object({ stage: z.enum(OUTCOME_STAGES), amendmentDeadline: z.string().nullable() }) },
      },
    },
    async (request) => moveStage({ db, actor: request.actor, slug: request.params.slug, input: request.body }),
  );

  app.put(
    `${base}/public-draft`,
    {
      config: { access: OUTCOME_POLICY.moveStage },
      schema: { tags, params: slugParams, body: publicDraftSchema, response: { 200: publicDraftSchema } },
    },
    async (request) =>
      setDraftPublic({
        db,
        actor: request.actor,
        slug: request.params.slug,
        isDraftPublic: request.body.isDraftPublic,
      }),
  );

  app.put(
    `${base}/paragraphs/:paragraphId/state`,
    {
      config: { access: OUTCOME_POLICY.setParagraphState },
      schema: {
        tags,
        params: slugParams.extend({ paragraphId: z.uuid() }),
        body: paragraphStateSchema,
        response: { 200: z.object({ paragraphId: z.uuid(), state: z.enum(PARAGRAPH_STATES) }) },
      },
    },
    async (request) => {
      const { slug, paragraphId } = request.params;
      return setParagraphState({ db, actor: request.actor, slug, paragraphId, state: request.body.state });
    },
  );

  app.post(
    `${base}/amendments/:amendmentId/decision`,
    {
      config: { access: OUTCOME_POLICY.decide },
      schema: {
        tags,
        params: amendmentParams,
        body: decideAmendmentSchema,
        response: { 200: amendmentStatus.extend({ version: z.number().int() }) },
      },
    },
    async (request) => {
      const { slug, amendmentId } = request.params;
      return decideAmendment({ db, actor: request.actor, slug, amendmentId, input: request.body });
    },
  );

  // A delegation, through its focal point or head: propose, withdraw, support or object.
  app.post(
    delegationBase,
    {
      config: { access: OUTCOME_POLICY.propose },
      schema: {
        tags,
        params: delegationParams,
        body: proposeAmendmentSchema,
        response: { 201: amendmentStatus.extend({ againstVersion: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      reply.code(201);
      return proposeAmendment({ db, actor: request.actor, slug, delegationId: id, input: request.body });
    },
  );

  app.post(
    `${delegationBase}/:amendmentId/withdraw`,
    {
      config: { access: OUTCOME_POLICY.withdraw },
      schema: { tags, params: delegationAmendmentParams, response: { 200: amendmentStatus } },
    },
    async (request) => {
      const { slug, id, amendmentId } = request.params;
      return withdrawAmendment({ db, actor: request.actor, slug, delegationId: id, amendmentId });
    },
  );

  app.put(
    `${delegationBase}/:amendmentId/position`,
    {
      config: { access: OUTCOME_POLICY.takePosition },
      schema: {
        tags,
        params: delegationAmendmentParams,
        body: positionSchema,
        response: { 200: z.object({ id: z.uuid(), delegationId: z.uuid(), position: z.enum(POSITIONS) }) },
      },
    },
    async (request) => {
      const { slug, id, amendmentId } = request.params;
      const { position } = request.body;
      return takePosition({ db, actor: request.actor, slug, delegationId: id, amendmentId, position });
    },
  );
}
