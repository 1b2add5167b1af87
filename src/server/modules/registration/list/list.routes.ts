import { z } from 'zod';
import { LIST_POLICY } from '../../../../shared/policies.js';
import {
  figuresSchema,
  IMPORT_MAX_BYTES,
  importRequestSchema,
  importResultSchema,
  listFilterSchema,
  listQuerySchema,
  registrationListItemSchema,
  registrationPageSchema,
} from '../../../../shared/registrationList.js';
import { slugParams } from '../../../../shared/text.js';
import type { AppContext } from '../../../core/http/context.js';
import type { TypedApp } from '../../../core/http/module.js';
import { MAIL_QUEUED_CHANNEL } from '../../../core/mail/outbox.js';
import { importRegistrations } from './import.service.js';
import * as list from './list.service.js';

const tags = ['registration'];
const params = slugParams;

/** The organizer's side of registrations: the list, its CSV both ways, the figures (LIST_POLICY). */
export function listRoutes(app: TypedApp, { db, bus, config }: AppContext) {
  const links = { publicUrl: config.publicUrl, secret: config.sessionSecret };
  // Organizers and secretariat: one page of the list, filtered, searched and sorted.
  app.get(
    '/api/events/:slug/registrations',
    {
      config: { access: LIST_POLICY.readList },
      schema: { tags, params, querystring: listQuerySchema, response: { 200: registrationPageSchema } },
    },
    async (request) =>
      list.listRegistrations({ db, actor: request.actor, slug: request.params.slug, query: request.query }),
  );

  // Organizers and secretariat: the same filters, every matching row, as a spreadsheet file.
  app.get(
    '/api/events/:slug/registrations.csv',
    {
      config: { access: LIST_POLICY.exportList },
      schema: { tags, params, querystring: listFilterSchema, produces: ['text/csv'] },
    },
    async (request, reply) => {
      const csv = await list.exportRegistrations({
        db,
        actor: request.actor,
        slug: request.params.slug,
        filter: request.query,
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.slug}-registrations.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );

  // Organizers and secretariat: counts by country, sector, category, attendance, status and day.
  app.get(
    '/api/events/:slug/registrations/figures',
    { config: { access: LIST_POLICY.readFigures }, schema: { tags, params, response: { 200: figuresSchema } } },
    async (request) => list.registrationFigures({ db, actor: request.actor, slug: request.params.slug }),
  );

  // Organizers and secretariat: one registration.
  app.get(
    '/api/events/:slug/registrations/:id',
    {
      config: { access: LIST_POLICY.readList },
      schema: {
        tags,
        params: params.extend({ id: z.uuid() }),
        response: { 200: registrationListItemSchema },
      },
    },
    async (request) =>
      list.getRegistration({ db, actor: request.actor, slug: request.params.slug, id: request.params.id }),
  );

  // Organizers and secretariat: invited people from a CSV file; a dry run reports, a real run imports all or none.
  app.post(
    '/api/events/:slug/registrations/import',
    {
      config: { access: LIST_POLICY.importList },
      // The file rides in the JSON body; the app's 256 KiB limit is for forms, not spreadsheets.
      bodyLimit: IMPORT_MAX_BYTES + 64 * 1024,
      schema: { tags, params, body: importRequestSchema, response: { 200: importResultSchema } },
    },
    async (request) => {
      const result = await importRegistrations({
        db,
        actor: request.actor,
        slug: request.params.slug,
        ...request.body,
        links,
      });
      if (result.imported > 0) await bus.publish(MAIL_QUEUED_CHANNEL, '1');
      return result;
    },
  );
}
