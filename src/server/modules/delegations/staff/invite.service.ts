import { countryName } from '../../../../shared/countries.js';
import type { InviteFocalPointInput } from '../../../../shared/delegations.js';
import { DELEGATION_POLICY } from '../../../../shared/policies.js';
import { pagePath } from '../../../../shared/routes.js';
import { type Language, pickText } from '../../../../shared/text.js';
import { ensureAccount, findFocalDelegationId, upsertFocalPoint } from '../../../core/auth/accounts.js';
import type { Actor } from '../../../core/auth/actor.js';
import { issueMagicLink } from '../../../core/auth/auth.service.js';
import type { Db } from '../../../core/db/db.js';
import { AppError, invalidField, notFound } from '../../../core/errors.js';
import { enqueueMail } from '../../../core/mail/outbox.js';
import { type EventScope, eventOperation } from '../../events/operation.service.js';
import { delegationFocalPoint, delegationFocalPointNotice } from '../delegations.mails.js';
import * as repo from '../delegations.repo.js';

/** An invitation stays usable long enough for a ministry's mail to reach the person. */
const INVITATION_MINUTES = 7 * 24 * 60;

/** The name a mail gives the delegation, in the reader's language. */
export function delegationName(row: Pick<repo.DelegationRow, 'country' | 'name'>, language: Language): string {
  if (row.country) return countryName(row.country, language);
  return pickText(row.name, language);
}

interface FocalPointRequest {
  slug: string;
  delegationId: string;
  input: InviteFocalPointInput;
}

/**
 * The person made the delegation's focal point, with an account if they have none
 * (audited as `account.created`); a focal point of another delegation is refused.
 */
async function nameFocalPoint({ tx, event, actor }: EventScope, request: FocalPointRequest) {
  const { input } = request;
  const delegation = await repo.findDelegation(tx, event.id, request.delegationId);
  if (!delegation) throw notFound('delegation');
  const { account, isNew } = await ensureAccount(tx, {
    email: input.email,
    name: input.name,
    language: input.language,
    eventId: event.id,
    actorId: actor.accountId,
    onMissingName: () =>
      invalidField('name', 'field.required', 'is required for a person with no account yet', 'role.name_required'),
  });
  const current = await findFocalDelegationId(tx, event.id, account.id);
  if (current && current !== delegation.id) {
    throw new AppError('delegation.focal_point_elsewhere', 'This person is the focal point of another delegation.', [
      { field: 'email', code: 'field.taken', message: 'is the focal point of another delegation' },
    ]);
  }
  await upsertFocalPoint(tx, { eventId: event.id, accountId: account.id, delegationId: delegation.id });
  return { account, isNew, delegation };
}

const operationOf = (options: FocalPointRequest & { db: Db; actor: Actor }) => ({
  db: options.db,
  actor: options.actor,
  slug: options.slug,
  may: DELEGATION_POLICY.inviteFocalPoint,
  params: { id: options.delegationId },
});

/**
 * Makes the person the delegation's focal point (with an account if they have none)
 * and mails them, in their language: a sign-in link to the delegation's page when the
 * account is new, else a notice that sends them to the sign-in page.
 */
export async function inviteFocalPoint(options: FocalPointRequest & { db: Db; actor: Actor; publicUrl: string }) {
  const { input } = options;
  return eventOperation(operationOf(options), async (scope) => {
    const { event } = scope;
    const { account, isNew: isNewAccount, delegation } = await nameFocalPoint(scope, options);
    const language = input.language ?? (account.language === 'id' ? 'id' : 'en');
    const next = pagePath('focalPoint', { slug: event.slug });
    const common = {
      name: account.name,
      delegation: delegationName(delegation, language),
      event: pickText(event.name, language) || event.slug,
    };
    // An account that existed gets no credential: the staff who named the address are not its owner.
    const to = { to: account.email, language, eventId: event.id };
    if (isNewAccount) {
      const link = await issueMagicLink(scope.tx, {
        accountId: account.id,
        publicUrl: options.publicUrl,
        minutes: INVITATION_MINUTES,
        redirectTo: next,
      });
      const days = INVITATION_MINUTES / (24 * 60);
      await enqueueMail(scope.tx, { ...to, template: delegationFocalPoint, params: { ...common, link, days } });
    } else {
      const signInPage = `${options.publicUrl}/sign-in?${new URLSearchParams({ next })}`;
      await enqueueMail(scope.tx, { ...to, template: delegationFocalPointNotice, params: { ...common, signInPage } });
    }
    await scope.audit({
      action: 'delegation.focal_point_invited',
      entityType: 'delegation',
      entityId: delegation.id,
      summary: { accountId: account.id },
    });
    return { accountId: account.id, email: account.email, name: account.name };
  });
}

/**
 * The focal point named without a mail: they sign in by themselves with their address
 * (the demo's focal point, whose address reaches no one).
 */
export async function appointFocalPoint(options: FocalPointRequest & { db: Db; actor: Actor }) {
  return eventOperation(operationOf(options), async (scope) => {
    const { account, delegation } = await nameFocalPoint(scope, options);
    await scope.audit({
      action: 'delegation.focal_point_appointed',
      entityType: 'delegation',
      entityId: delegation.id,
      summary: { accountId: account.id },
    });
    return { accountId: account.id };
  });
}
