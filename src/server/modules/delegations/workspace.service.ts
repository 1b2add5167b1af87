import type { DelegationWorkspace, EndorseMemberInput, SubmitStatementInput } from '../../../shared/delegations.js';
import { DELEGATION_POLICY, STAFF_ROLES } from '../../../shared/policies.js';
import { recordAudit } from '../../core/audit/audit.js';
import { type Actor, hasEventRole, requireEventRole, requireSignedIn } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import type { EventRow } from '../events/events.repo.js';
import { findEvent } from '../events/events.service.js';
import * as repo from './delegations.repo.js';
import { isPastDeadline, loadBook, presentDelegation } from './delegations.view.js';

type WorkspaceRoles = (typeof DELEGATION_POLICY)['readWorkspace'];

/**
 * The event and the delegation, once the actor is known to act for it: the event's staff,
 * or the focal point of this delegation (a focal point of another one gets 403).
 */
async function authorise(
  tx: Queryable,
  options: { actor: Actor; slug: string; delegationId: string; roles: WorkspaceRoles; isWrite?: boolean },
) {
  const { actor } = options;
  const event = await findEvent(tx, options.slug);
  requireEventRole(actor, event.id, options.roles);
  const isStaff = hasEventRole(actor, event.id, STAFF_ROLES);
  if (!isStaff) {
    requireSignedIn(actor);
    const own = await repo.findFocalDelegationId(tx, event.id, actor.accountId);
    if (own !== options.delegationId) throw forbidden('You are not the focal point of this delegation.');
  }
  const delegation = await repo.findDelegation(tx, event.id, options.delegationId, options.isWrite ?? true);
  if (!delegation) throw notFound('delegation');
  return { event, delegation };
}

async function workspaceOf(
  db: Queryable,
  event: EventRow,
  delegation: repo.DelegationRow,
): Promise<DelegationWorkspace> {
  const book = await loadBook(db, event.id);
  const entry = book.ordered.find((e) => e.row.id === delegation.id);
  if (!entry) throw notFound('delegation');
  const candidates = await repo.listCandidates(db, event.id, entry.row);
  return {
    delegation: presentDelegation(book, entry),
    settings: book.settings,
    themes: book.themes,
    isLocked: isPastDeadline(book),
    candidates,
  };
}

/** Signed in: the delegation the person is focal point of, in this event. */
export async function findMyDelegation({ db, actor, slug }: { db: Db; actor: Actor; slug: string }) {
  requireSignedIn(actor);
  const event = await findEvent(db, slug);
  const delegationId = await repo.findFocalDelegationId(db, event.id, actor.accountId);
  if (!delegationId)
    throw new AppError('delegation.not_focal_point', 'You are not the focal point of a delegation of this event.');
  return { delegationId };
}

export async function readWorkspace(options: { db: Db; actor: Actor; slug: string; delegationId: string }) {
  const { event, delegation } = await authorise(options.db, {
    ...options,
    roles: DELEGATION_POLICY.readWorkspace,
    isWrite: false,
  });
  return workspaceOf(options.db, event, delegation);
}

const statementLocked = () =>
  new AppError(
    'delegation.statement_locked',
    'The deadline for statements has passed: the statement and theme no longer change.',
  );

async function requireOpen(tx: Queryable, eventId: string) {
  const settings = await repo.lockSettings(tx, eventId);
  if (isPastDeadline({ deadline: settings.statementDeadline })) throw statementLocked();
  return settings;
}

/** The statement's theme, within the theme's quota (counting the other delegations), before the deadline. */
export async function chooseTheme(options: {
  db: Db;
  actor: Actor;
  slug: string;
  delegationId: string;
  themeId: string;
}) {
  const { db, actor, themeId } = options;
  return db.transaction(async (tx) => {
    const { event, delegation } = await authorise(tx, { ...options, roles: DELEGATION_POLICY.chooseTheme });
    const settings = await requireOpen(tx, event.id);
    const themes = await repo.listThemes(tx, event.id);
    if (!themes.some((t) => t.id === themeId)) {
      throw new AppError('delegation.theme_unknown', "This is not one of the event's themes.", [
        { field: 'themeId', code: 'field.not_found', message: "is not one of the event's themes" },
      ]);
    }
    const quota = settings.themeQuotas[themeId];
    if (quota !== undefined && delegation.themeId !== themeId) {
      const taken = await repo.countThemeTakers(tx, event.id, themeId, delegation.id);
      if (taken >= quota) {
        throw new AppError(
          'delegation.theme_full',
          'This theme has as many delegations as it may take; choose another.',
          [{ field: 'themeId', code: 'field.full', message: `is full (${quota} delegations)` }],
        );
      }
    }
    const row = await repo.updateDelegation(tx, delegation.id, { themeId, themeChosenAt: new Date() });
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
      action: 'delegation.theme_chosen',
      entityType: 'delegation',
      entityId: delegation.id,
      summary: { from: delegation.themeId, themeId },
    });
    return workspaceOf(tx, event, row);
  });
}

export async function submitStatement(options: {
  db: Db;
  actor: Actor;
  slug: string;
  delegationId: string;
  input: SubmitStatementInput;
}) {
  const { db, actor, input } = options;
  return db.transaction(async (tx) => {
    const { event, delegation } = await authorise(tx, { ...options, roles: DELEGATION_POLICY.submitStatement });
    await requireOpen(tx, event.id);
    const statement = Object.fromEntries(Object.entries(input.statement).filter(([, text]) => Boolean(text)));
    const row = await repo.updateDelegation(tx, delegation.id, {
      statement,
      statementVideoUrl: input.videoUrl ?? null,
      statementSubmittedAt: new Date(),
    });
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
      action: 'delegation.statement_submitted',
      entityType: 'delegation',
      entityId: delegation.id,
      summary: { languages: Object.keys(statement), hasVideo: Boolean(input.videoUrl) },
    });
    return workspaceOf(tx, event, row);
  });
}

/**
 * Endorses a delegate registration of the delegation's country as a member (or changes its
 * role). At most one head; endorsing the head confirms the delegation's participation.
 */
export async function endorseMember(options: {
  db: Db;
  actor: Actor;
  slug: string;
  delegationId: string;
  input: EndorseMemberInput;
}) {
  const { db, actor, input } = options;
  return db.transaction(async (tx) => {
    const { event, delegation } = await authorise(tx, { ...options, roles: DELEGATION_POLICY.endorseMember });
    const existing = await repo.findMemberByRegistration(tx, input.registrationId);
    if (existing && existing.delegationId !== delegation.id) {
      throw new AppError('delegation.member_elsewhere', 'This person is a member of another delegation.', [
        { field: 'registrationId', code: 'field.taken', message: 'is a member of another delegation' },
      ]);
    }
    if (!existing && !(await repo.isCandidate(tx, event.id, delegation, input.registrationId))) {
      throw new AppError(
        'delegation.not_a_candidate',
        "This is not a delegate registration of the delegation's country.",
        [
          {
            field: 'registrationId',
            code: 'field.not_found',
            message: "is not a delegate registration of the delegation's country",
          },
        ],
      );
    }
    if (input.role === 'head') {
      const members = await repo.listMembers(tx, [delegation.id]);
      const head = members.find((m) => m.member.role === 'head' && m.member.registrationId !== input.registrationId);
      if (head) {
        throw new AppError('delegation.head_taken', 'The delegation has a head already; change their role first.', [
          { field: 'role', code: 'field.taken', message: 'the delegation has a head already' },
        ]);
      }
    }
    const member = await repo.upsertMember(tx, {
      delegationId: delegation.id,
      registrationId: input.registrationId,
      role: input.role,
      rank: input.rank ?? null,
      endorsedAt: new Date(),
      endorsedBy: actor.accountId,
    });
    const isConfirming = input.role === 'head' && delegation.confirmedAt === null;
    const row = isConfirming ? await repo.updateDelegation(tx, delegation.id, { confirmedAt: new Date() }) : delegation;
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
      action: 'delegation.member_endorsed',
      entityType: 'delegation',
      entityId: delegation.id,
      summary: {
        memberId: member.id,
        registrationId: member.registrationId,
        role: member.role,
        rank: member.rank,
        isConfirming,
      },
    });
    return workspaceOf(tx, event, row);
  });
}

export async function removeMember(options: {
  db: Db;
  actor: Actor;
  slug: string;
  delegationId: string;
  memberId: string;
}) {
  const { db, actor } = options;
  return db.transaction(async (tx) => {
    const { event, delegation } = await authorise(tx, { ...options, roles: DELEGATION_POLICY.removeMember });
    const member = await repo.findMember(tx, delegation.id, options.memberId);
    if (!member) throw notFound('member', 'delegation.member_not_found');
    await repo.deleteMember(tx, member.id);
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
      action: 'delegation.member_removed',
      entityType: 'delegation',
      entityId: delegation.id,
      summary: { memberId: member.id, registrationId: member.registrationId, role: member.role },
    });
    return workspaceOf(tx, event, delegation);
  });
}
