import { publicDelegationDetailSchema, publicDelegationListSchema } from '../../../shared/delegations.js';
import { DELEGATION_POLICY } from '../../../shared/policies.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { base, byId, params, tags } from './delegations.http.js';
import { readPublicDelegation, readPublicDelegations } from './public.service.js';

/** Anyone: the delegations and their submitted statements. */
export function delegationPublicRoutes(app: TypedApp, { db }: AppContext) {
  // Anyone: every delegation in speaking order, head's name and rank only.
  app.get(
    base,
    {
      config: { access: DELEGATION_POLICY.readPublic },
      schema: { tags, params, response: { 200: publicDelegationListSchema } },
    },
    async (request) => readPublicDelegations({ db, slug: request.params.slug }),
  );

  // Anyone: one delegation and its submitted statement.
  app.get(
    `${base}/:id`,
    {
      config: { access: DELEGATION_POLICY.readPublic },
      schema: { tags, params: byId, response: { 200: publicDelegationDetailSchema } },
    },
    async (request) => readPublicDelegation({ db, slug: request.params.slug, delegationId: request.params.id }),
  );
}
