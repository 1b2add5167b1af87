import { z } from 'zod';
import {
  COMMITMENT_IMPORT_MAX_CHARS,
  commitmentImportAcceptedSchema,
  commitmentImportCheckSchema,
  commitmentImportRequestSchema,
  commitmentImportViewSchema,
} from '../../../../shared/commitmentImport.js';
import { COMMITMENT_POLICY } from '../../../../shared/policies.js';
import { slugParams } from '../../../../shared/text.js';
import type { AppContext } from '../../../core/http/context.js';
import type { TypedApp } from '../../../core/http/module.js';
import { IMPORT_QUEUED_CHANNEL } from './import.jobs.js';
import { readImport, startImport } from './import.service.js';

const tags = ['commitments'];
const base = '/api/events/:slug/commitments/imports';
const noStore = { 'cache-control': 'private, no-store' };

/**
 * The files ride in the JSON body, where escaping (quotes, line ends) can nearly double them: room
 * for that above the files' own limit (the app's 256 KiB is for forms, not spreadsheets).
 */
const IMPORT_BODY_LIMIT = 2 * COMMITMENT_IMPORT_MAX_CHARS + 64 * 1024;

/** The secretariat's CSV import: a dry run, then a background job with its progress. */
export function importRoutes(app: TypedApp, { db, bus }: AppContext) {
  // The secretariat: a dry run says what is wrong (200); a real run is queued (202) or refused whole (400).
  app.post(
    base,
    {
      config: { access: COMMITMENT_POLICY.import },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        params: slugParams,
        body: commitmentImportRequestSchema,
        response: { 200: commitmentImportCheckSchema, 202: commitmentImportAcceptedSchema },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      const result = await startImport({ db, actor: request.actor, slug: request.params.slug, ...request.body });
      if (result.dryRun) return reply.code(200).send(result.check);
      await bus.publish(IMPORT_QUEUED_CHANNEL, result.accepted.importId);
      return reply.code(202).send(result.accepted);
    },
  );

  // The secretariat: how far an import has come.
  app.get(
    `${base}/:importId`,
    {
      config: { access: COMMITMENT_POLICY.import },
      schema: {
        tags,
        params: slugParams.extend({ importId: z.uuid() }),
        response: { 200: commitmentImportViewSchema },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      const { slug, importId } = request.params;
      return readImport({ db, actor: request.actor, slug, importId });
    },
  );
}
