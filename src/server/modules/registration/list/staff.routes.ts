import { z } from 'zod';
import { LIST_POLICY } from '../../../../shared/policies.js';
import {
  historySchema,
  linkResentSchema,
  registrationListItemSchema,
  staffEditSchema,
  staffNoteSchema,
} from '../../../../shared/registrationList.js';
import { slugParams } from '../../../../shared/text.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { AppContext } from '../../../core/http/context.js';
import type { TypedApp } from '../../../core/http/module.js';
import { MAIL_QUEUED_CHANNEL } from '../../../core/mail/outbox.js';
import * as staff from './staff.service.js';

const tags = ['registration'];
const params = slugParams.extend({ id: z.uuid() });

/** The detail panel's actions on one registration (LIST_POLICY); check-in by hand is the checkin module's. */
export function staffRoutes(app: TypedApp, { db, bus, config }: AppContext) {
  const links = { publicUrl: config.publicUrl, secret: config.sessionSecret };
  const on = (request: { actor: Actor; params: z.infer<typeof params> }) => ({
    db,
    actor: request.actor,
    slug: request.params.slug,
    id: request.params.id,
  });

  // Organizers and secretariat: the record's audit entries, newest first.
  app.get(
    '/api/events/:slug/registrations/:id/history',
    { config: { access: LIST_POLICY.readHistory }, schema: { tags, params, response: { 200: historySchema } } },
    async (request) => staff.registrationHistory(on(request)),
  );

  // Organizers and secretariat: the private note, replaced whole (empty clears it).
  app.put(
    '/api/events/:slug/registrations/:id/note',
    {
      config: { access: LIST_POLICY.writeNote },
      schema: { tags, params, body: staffNoteSchema, response: { 200: registrationListItemSchema } },
    },
    async (request) => staff.saveStaffNote({ ...on(request), input: request.body }),
  );

  // Organizers and secretariat: correct the registrant's name, organization, position, country or sector.
  app.patch(
    '/api/events/:slug/registrations/:id',
    {
      config: { access: LIST_POLICY.editRegistration },
      schema: { tags, params, body: staffEditSchema, response: { 200: registrationListItemSchema } },
    },
    async (request) => staff.editRegistration({ ...on(request), input: request.body }),
  );

  // Organizers and secretariat: a new personal link, mailed to the registrant (never shown here).
  app.post(
    '/api/events/:slug/registrations/:id/link',
    { config: { access: LIST_POLICY.resendLink }, schema: { tags, params, response: { 200: linkResentSchema } } },
    async (request) => {
      const result = await staff.resendPersonalLink({ ...on(request), links });
      await bus.publish(MAIL_QUEUED_CHANNEL, '1');
      return result;
    },
  );
}
