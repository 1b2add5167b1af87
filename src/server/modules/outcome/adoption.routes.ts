import { z } from 'zod';
import {
  ADOPTION_CHOICES,
  ADOPTION_METHODS,
  AUTHORITATIVE_LANGUAGE,
  adoptionBoardSchema,
  adoptionResponseSchema,
  LANGUAGES_OF_OUTCOME,
  OUTCOME_STAGES,
  openAdoptionSchema,
  publishedOutcomeSchema,
} from '../../../shared/outcome.js';
import { OUTCOME_POLICY } from '../../../shared/policies.js';
import { slugParams } from '../../../shared/text.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { adopt, openAdoption, readAdoptionBoard, readPublished, respond } from './adoption.service.js';
import { toAkomaNtoso } from './outcome.akn.js';
import { canonicalText } from './outcome.canonical.js';
import { renderOutcomePdf } from './outcome.pdf.js';
import { pdfLabels } from './outcome.words.js';

const tags = ['outcome'];
const langQuery = z.object({ lang: z.enum(LANGUAGES_OF_OUTCOME).default(AUTHORITATIVE_LANGUAGE) });
/** The adopted text never changes: a reader's copy stays good for a day, then is checked again. */
const ADOPTED_CACHE = 'public, max-age=86400';

/** The adoption (opening it, the delegations' answers, the declaration) and the adopted text's publication. */
export function adoptionRoutes(app: TypedApp, { db, config }: AppContext) {
  const base = '/api/events/:slug/outcome';

  app.post(
    `${base}/adoption`,
    {
      config: { access: OUTCOME_POLICY.adopt },
      schema: {
        tags,
        params: slugParams,
        body: openAdoptionSchema,
        response: {
          200: z.object({ stage: z.enum(OUTCOME_STAGES), method: z.enum(ADOPTION_METHODS), deadline: z.string() }),
        },
      },
    },
    async (request) => openAdoption({ db, actor: request.actor, slug: request.params.slug, input: request.body }),
  );

  app.get(
    `${base}/adoption`,
    {
      config: { access: OUTCOME_POLICY.readWorking },
      schema: { tags, params: slugParams, response: { 200: adoptionBoardSchema } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return readAdoptionBoard({ db, actor: request.actor, slug: request.params.slug });
    },
  );

  app.put(
    '/api/events/:slug/delegations/:id/outcome/adoption',
    {
      config: { access: OUTCOME_POLICY.respond },
      schema: {
        tags,
        params: slugParams.extend({ id: z.uuid() }),
        body: adoptionResponseSchema,
        response: { 200: z.object({ choice: z.enum(ADOPTION_CHOICES), stage: z.enum(OUTCOME_STAGES) }) },
      },
    },
    async (request) => {
      const { slug, id } = request.params;
      return respond({ db, actor: request.actor, slug, delegationId: id, input: request.body });
    },
  );

  app.post(
    `${base}/adopt`,
    {
      config: { access: OUTCOME_POLICY.adopt },
      schema: {
        tags,
        params: slugParams,
        response: { 200: z.object({ stage: z.enum(OUTCOME_STAGES), adoptedAt: z.string(), sha256: z.string() }) },
      },
    },
    async (request) => adopt({ db, actor: request.actor, slug: request.params.slug }),
  );

  // Anyone, for good: the adopted text's structure, and its canonical form (whose SHA-256 is the published hash).
  app.get(
    '/events/:slug/outcome.json',
    {
      config: { access: OUTCOME_POLICY.readPublic },
      schema: { tags, params: slugParams, response: { 200: publishedOutcomeSchema } },
    },
    async (request, reply) => {
      reply.header('cache-control', ADOPTED_CACHE);
      return readPublished({ db, slug: request.params.slug });
    },
  );

  app.get(
    '/events/:slug/outcome.txt',
    {
      config: { access: OUTCOME_POLICY.readPublic },
      schema: { tags, params: slugParams, querystring: langQuery, produces: ['text/plain'] },
    },
    async (request, reply) => {
      const published = await readPublished({ db, slug: request.params.slug });
      reply.header('cache-control', ADOPTED_CACHE).type('text/plain; charset=utf-8');
      return canonicalText(published, request.query.lang);
    },
  );

  // Anyone: the adopted text as Akoma Ntoso 3.0, in each language.
  app.get(
    '/events/:slug/outcome.akn.xml',
    {
      config: { access: OUTCOME_POLICY.readPublic },
      schema: { tags, params: slugParams, querystring: langQuery, produces: ['application/akn+xml'] },
    },
    async (request, reply) => {
      const published = await readPublished({ db, slug: request.params.slug });
      reply.header('cache-control', ADOPTED_CACHE).type('application/akn+xml; charset=utf-8');
      return toAkomaNtoso(published, request.query.lang, config.publicUrl);
    },
  );

  // Anyone: the adopted text to print, in one language or two side by side, the hash on every page.
  app.get(
    '/events/:slug/outcome.pdf',
    {
      config: { access: OUTCOME_POLICY.readPublic },
      schema: {
        tags,
        params: slugParams,
        querystring: z.object({ lang: z.enum([...LANGUAGES_OF_OUTCOME, 'both']).default(AUTHORITATIVE_LANGUAGE) }),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const published = await readPublished({ db, slug: request.params.slug });
      const { lang } = request.query;
      const languages = lang === 'both' ? [...LANGUAGES_OF_OUTCOME] : [lang];
      const labels = pdfLabels(languages[0] ?? AUTHORITATIVE_LANGUAGE, published.event.timeZone);
      const bytes = await renderOutcomePdf(published, { languages, labels });
      reply
        .header('cache-control', ADOPTED_CACHE)
        .header('content-disposition', `inline; filename="${published.event.slug}-outcome-${lang}.pdf"`);
      return reply.type('application/pdf').send(Buffer.from(bytes));
    },
  );
}
