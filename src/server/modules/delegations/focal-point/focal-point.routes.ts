import { z } from 'zod';
import {
  chooseThemeSchema,
  delegationWorkspaceSchema,
  endorseMemberSchema,
  myDelegationSchema,
  submitStatementSchema,
} from '../../../../shared/delegations.js';
import { DELEGATION_POLICY } from '../../../../shared/policies.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { AppContext } from '../../../core/http/context.js';
import type { TypedApp } from '../../../core/http/module.js';
import { base, byId, params, tags } from '../delegations.http.js';
import * as members from './members.service.js';
import * as workspace from './workspace.service.js';

/** The focal point of one delegation (and the event's staff): its theme, statement and members. */
export function delegationFocalPointRoutes(app: TypedApp, { db }: AppContext) {
  const target = (request: { actor: Actor; params: z.infer<typeof byId> }) => ({
    db,
    actor: request.actor,
    slug: request.params.slug,
    delegationId: request.params.id,
  });
  const response = { 200: delegationWorkspaceSchema };

  // Signed in: the delegation the person is focal point of (404 when none).
  app.get(
    `${base}/mine`,
    { config: { access: DELEGATION_POLICY.findMine }, schema: { tags, params, response: { 200: myDelegationSchema } } },
    async (request) => workspace.findMyDelegation({ db, actor: request.actor, slug: request.params.slug }),
  );

  // Its focal point and the staff: the delegation, the themes and the delegate registrations to endorse.
  app.get(
    `${base}/:id/workspace`,
    { config: { access: DELEGATION_POLICY.readWorkspace }, schema: { tags, params: byId, response } },
    async (request) => workspace.readWorkspace(target(request)),
  );

  // Its focal point and the staff: the statement's theme, within quota, before the deadline.
  app.put(
    `${base}/:id/theme`,
    {
      config: { access: DELEGATION_POLICY.chooseTheme },
      schema: { tags, params: byId, body: chooseThemeSchema, response },
    },
    async (request) => workspace.chooseTheme({ ...target(request), themeId: request.body.themeId }),
  );

  // Its focal point and the staff: the country statement, before the deadline.
  app.put(
    `${base}/:id/statement`,
    {
      config: { access: DELEGATION_POLICY.submitStatement },
      schema: { tags, params: byId, body: submitStatementSchema, response },
    },
    async (request) => workspace.submitStatement({ ...target(request), input: request.body }),
  );

  // Its focal point and the staff: endorses a delegate registration as a member (or changes its role).
  app.post(
    `${base}/:id/members`,
    {
      config: { access: DELEGATION_POLICY.endorseMember },
      schema: { tags, params: byId, body: endorseMemberSchema, response },
    },
    async (request) => members.endorseMember({ ...target(request), input: request.body }),
  );

  // Its focal point and the staff: a member leaves the delegation (their registration stays).
  app.delete(
    `${base}/:id/members/:memberId`,
    {
      config: { access: DELEGATION_POLICY.removeMember },
      schema: { tags, params: byId.extend({ memberId: z.uuid() }), response },
    },
    async (request) => members.removeMember({ ...target(request), memberId: request.params.memberId }),
  );
}
