import { delegationOverviewSchema, speakingOrderSchema } from '../../../../shared/delegations.js';
import { DELEGATION_POLICY } from '../../../../shared/policies.js';
import type { AppContext } from '../../../core/http/context.js';
import type { TypedApp } from '../../../core/http/module.js';
import { base, params, tags } from '../delegations.http.js';
import * as speaking from './speaking.service.js';

/** Organizers: the plenary speaking order, their own or the protocol's. */
export function delegationSpeakingRoutes(app: TypedApp, { db }: AppContext) {
  // Organizers: their own plenary speaking order.
  app.put(
    `${base}/speaking-order`,
    {
      config: { access: DELEGATION_POLICY.reorder },
      schema: { tags, params, body: speakingOrderSchema, response: { 200: delegationOverviewSchema } },
    },
    async (request) =>
      speaking.reorderSpeakers({ db, actor: request.actor, slug: request.params.slug, ids: request.body.ids }),
  );

  // Organizers: back to the protocol's order.
  app.delete(
    `${base}/speaking-order`,
    {
      config: { access: DELEGATION_POLICY.reorder },
      schema: { tags, params, response: { 200: delegationOverviewSchema } },
    },
    async (request) => speaking.restoreProtocolOrder({ db, actor: request.actor, slug: request.params.slug }),
  );
}
